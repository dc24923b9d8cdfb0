import { describe, expect, it } from 'vitest';
import { SourceText } from '../../src/core/source-text.js';
import { parseDirectives } from '../../src/core/suppressions.js';
import { proseView } from '../../src/formats/index.js';
import { plainTextProse } from '../../src/formats/plain-text.js';
import { lintFile } from '../../src/lint-file.js';
import { glossaryFromYaml, HATS_AND_WEAK } from '../helpers.js';

const glossary = glossaryFromYaml(HATS_AND_WEAK);

const HATS = 'They took off their hats.';
const WEAK = 'A weak point.';

function brief(text: string, plainTextComments = false): string[] {
  return lintFile(new SourceText(text), plainTextProse(text), glossary, { suppressions: { plainTextComments } }).map((f) => `${f.line} ${f.ruleId}${f.ruleId === 'unused-suppression' ? `: ${f.message}` : ''}`);
}

describe('suppressions in the text', () => {
  it('disable-next-line suppresses the next line only, for the rules named or all', () => {
    expect(brief(`<!-- mtqa-disable-next-line glossary/hats -->\n${HATS} ${WEAK}\n${HATS}`)).toEqual(['2 glossary/weak', '3 glossary/hats']);
    expect(brief(`<!-- mtqa-disable-next-line -->\n${HATS} ${WEAK}\n${HATS}`)).toEqual(['3 glossary/hats']);
    expect(brief(`<!-- mtqa-disable-next-line glossary/* -->\n${HATS} ${WEAK}`)).toEqual([]);
    expect(brief(`<!-- mtqa-disable-next-line glossary/weak, glossary/hats -->\r\n${HATS} ${WEAK}`)).toEqual([]);
  });

  it('disable … enable suppresses the block; without enable to the end of the file', () => {
    expect(brief(`${HATS}\n<!-- mtqa-disable glossary/hats -->\n${HATS}\n${HATS}\n<!-- mtqa-enable -->\n${HATS}`)).toEqual(['1 glossary/hats', '6 glossary/hats']);
    expect(brief(`${WEAK}\n<!-- mtqa-disable -->\n${HATS}\n${WEAK}`)).toEqual(['1 glossary/weak']);
    expect(brief(`<!-- mtqa-disable glossary/hats glossary/weak -->\n${HATS} ${WEAK}\n<!-- mtqa-enable glossary/weak -->\n${HATS} ${WEAK}`)).toEqual(['4 glossary/weak']);
  });

  it('reports a suppression that suppressed nothing, and a rule of it that matched nothing', () => {
    expect(brief(`<!-- mtqa-disable-next-line glossary/hats -->\n${WEAK}`)).toEqual(['1 unused-suppression: Suppression `mtqa-disable-next-line glossary/hats` suppressed nothing: remove it.', '2 glossary/weak']);
    expect(brief(`<!-- mtqa-disable glossary/hats number-format -->\n${HATS}\n<!-- mtqa-enable -->`)).toEqual([
      '1 unused-suppression: Suppression `mtqa-disable glossary/hats number-format` suppressed nothing for `number-format`: remove that rule from it.',
    ]);
    expect(brief(`${HATS}\n<!-- mtqa-enable -->`)).toEqual(['1 glossary/hats', '2 unused-suppression: Suppression `mtqa-enable` ends no `mtqa-disable` block: remove it.']);
    expect(brief('<!-- mtqa-disable-next-line -->')).toEqual(['1 unused-suppression: Suppression `mtqa-disable-next-line` suppressed nothing: remove it.']);
  });

  it('accepts # and // lines in plain text only when enabled', () => {
    const text = `# mtqa-disable-next-line glossary/hats\n${HATS}\n  // mtqa-disable-next-line\n${WEAK}`;
    expect(brief(text, false)).toEqual(['2 glossary/hats', '4 glossary/weak']);
    expect(brief(text, true)).toEqual([]);
    expect(parseDirectives('Text # mtqa-disable here', { plainTextComments: true })).toEqual([]);
    expect(parseDirectives('# mtqa-disabled\n<!-- mtqa-enabler -->', { plainTextComments: true })).toEqual([]);
  });

  it('takes a reason after --, and never flags the words inside a suppression comment', () => {
    expect(brief(`<!-- mtqa-disable-next-line glossary/weak -- a weak point is quoted -->\n${WEAK}`)).toEqual([]);
    expect(brief(`# mtqa-disable-next-line glossary/weak -- a weak point is quoted\n${WEAK}`, true)).toEqual([]);
  });

  it('honours disabled rules and severity overrides for unused-suppression', () => {
    const source = new SourceText('<!-- mtqa-disable-next-line -->\nClean.');
    expect(lintFile(source, plainTextProse(source.text), glossary, { disabledRules: new Set(['unused-suppression']) })).toEqual([]);
    expect(lintFile(source, plainTextProse(source.text), glossary, { severityOverrides: new Map([['unused-suppression', 'error']]) }).map((f) => f.severity)).toEqual(['error']);
  });

  it('works in Markdown and HTML, where the comments are markup, not prose', async () => {
    const check = async (format: 'markdown' | 'html', text: string): Promise<string[]> =>
      lintFile(new SourceText(text), await proseView(format, text), glossary).map((f) => `${f.line} ${f.ruleId}`);
    const md = `# Title\n\n<!-- mtqa-disable-next-line glossary/hats -->\n${HATS}\n\n${HATS}\n\n<!-- mtqa-disable-next-line glossary/weak -->\nClean.\n`;
    expect(await check('markdown', md)).toEqual(['6 glossary/hats', '8 unused-suppression']);
    const html = `<html><body>\n<p>${HATS}</p>\n<!-- mtqa-disable glossary/* -->\n<p>${HATS} ${WEAK}</p>\n<!-- mtqa-enable -->\n<p>${WEAK}</p>\n</body></html>\n`;
    expect(await check('html', html)).toEqual(['2 glossary/hats', '6 glossary/weak']);
  });
});
