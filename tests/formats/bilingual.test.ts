import { readFileSync } from 'node:fs';
import { diffLines } from 'diff';
import { describe, expect, it } from 'vitest';
import { alignedTextProse } from '../../src/formats/aligned-text.js';
import { FormatError } from '../../src/formats/prose-view.js';
import { poProse } from '../../src/formats/po.js';
import { xliffProse } from '../../src/formats/xliff.js';
import { glossaryFromYaml } from '../helpers.js';
import { expectSlices, fixAll, lintAs } from './format-helpers.js';

const glossary = glossaryFromYaml(`
  - id: hats
    source: 摘帽
    category: term
    severity: error
    preferred: [removed from the poverty list, lifted out of poverty]
    avoid: ["take off [their|its] hat"]
    note: n
  - id: worries
    source: 两不愁三保障
    category: term
    severity: error
    preferred: [two assurances and three guarantees]
    avoid: [two worries and three guarantees]
    note: n
`);

const XLF = readFileSync(new URL('../../samples/poverty-briefing.xlf', import.meta.url), 'utf8');
const PO = readFileSync(new URL('../../samples/poverty-briefing.po', import.meta.url), 'utf8');

function errorOf(f: () => unknown): FormatError {
  try {
    f();
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error('no FormatError');
}

describe('XLIFF 2.0', () => {
  it('reads units, sources and targets (inline codes, references, CDATA)', () => {
    const view = xliffProse(XLF);
    expect(view.segments?.map((s) => s.id)).toEqual(['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9', 'u10']);
    const target = (i: number): string => {
      const s = view.segments?.[i];
      return s === undefined ? '' : view.prose.slice(s.target.start, s.target.end);
    };
    expect(target(3)).toBe('The outstanding problems of “two worries and three guarantees” have basically been solved.');
    expect(view.segments?.[3]?.source).toBe('“两不愁三保障”突出问题基本解决。');
    expect(target(4)).toContain('the R&D centre');
    expect(target(9)).toBe('Forty per cent of the poor work in poverty alleviation workshops.');
    expect(view.segments?.[6]).toMatchObject({ missing: false, target: { start: expect.any(Number) } });
    expect(target(6)).toBe('');
    expect(view.segments?.[7]?.missing).toBe(true);
  });

  it('finds the source-aware problems, pointing into the targets', async () => {
    const findings = await lintAs('xliff', XLF, glossary);
    expectSlices(XLF, findings, expect);
    expect(findings.map((f) => `${f.ruleId} ${f.text}`)).toEqual([
      'key-term The county shed its label this year.',
      'source-number The water project\'s total investment is 1.749 billion yuan.',
      'glossary/worries two worries</pc> and three guarantees',
      'number-format 16000',
      'untranslated-cjk 贫困发生率降至',
      'untranslated-segment 贫困发生率降至0.5%。',
      'missing-target ',
      'missing-target ',
      'consistency The county was removed from the poverty list this year.',
    ]);
    const missing = findings.filter((f) => f.ruleId === 'missing-target');
    expect(XLF.slice(missing[0]?.start, (missing[0]?.start ?? 0) + 9)).toBe('</target>');
    expect(XLF.slice((missing[1]?.start ?? 0) - 9, missing[1]?.start)).toBe('</source>');
  });

  it('writes fixes back into the targets only; the result parses back with only those spans changed', async () => {
    const findings = await lintAs('xliff', XLF, glossary);
    const fixed = fixAll(XLF, findings);
    const changes = diffLines(XLF, fixed).filter((c) => c.added === true || c.removed === true);
    expect(changes.map((c) => c.value.trim())).toEqual([
      XLF.split('\n').find((l) => l.includes('two worries'))?.trim(),
      XLF.split('\n').find((l) => l.includes('two worries'))?.trim().replace('two worries', 'two assurances'),
      XLF.split('\n').find((l) => l.includes('16000'))?.trim(),
      XLF.split('\n').find((l) => l.includes('16000'))?.trim().replace('16000', '16,000'),
    ]);
    const again = xliffProse(fixed);
    expect(again.segments?.map((s) => s.source)).toEqual(xliffProse(XLF).segments?.map((s) => s.source));
  });

  it('reports malformed XML with line and column', () => {
    const e = errorOf(() => xliffProse('<xliff version="2.0">\n  <file>\n    <unit id="1"><source>a</target>\n'));
    expect([e.line, e.column]).toEqual([3, 35]);
    expect(e.message).toMatch(/malformed XML/);
    expect(errorOf(() => xliffProse('<html></html>')).message).toMatch(/not an XLIFF file/);
  });

  it('reads XLIFF 1.2 trans-units', () => {
    const view = xliffProse('<xliff version="1.2"><file><body><trans-unit id="t1"><source>摘帽</source><target>They took <g id="1">off</g> their hats &amp; left</target></trans-unit></body></file></xliff>');
    expect(view.segments?.[0]).toMatchObject({ id: 't1', source: '摘帽' });
    expect(view.prose.trim()).toBe('They took off their hats & left');
  });
});

describe('PO', () => {
  it('reads entries, multi-line strings, escapes and plural forms; skips the header and obsolete entries', () => {
    const view = poProse(PO);
    expect(view.segments?.length).toBe(10);
    expect(view.prose).not.toContain('obsolete');
    expect(view.prose).not.toContain('Project-Id-Version');
    const third = view.segments?.[2];
    expect(view.prose.slice(third?.target.start, third?.target.end)).toBe("The water project's total investment is 1.749 billion yuan.");
    expect(view.prose).toContain('"two worries and three guarantees"');
    expect(view.segments?.[9]?.pluralForm).toBe(1);
  });

  it('finds problems in msgstr and writes fixes back escaped', async () => {
    const findings = await lintAs('po', PO, glossary);
    expectSlices(PO, findings, expect);
    expect(findings.map((f) => f.ruleId)).toEqual(['key-term', 'source-number', 'glossary/worries', 'number-format', 'untranslated-cjk', 'untranslated-segment', 'missing-target', 'consistency']);
    const fixed = fixAll(PO, findings);
    const changes = diffLines(PO, fixed).filter((c) => c.added === true || c.removed === true).map((c) => c.value);
    expect(changes).toEqual([
      'msgstr "The outstanding problems of \\"two worries and three guarantees\\" have basically been solved."\n',
      'msgstr "The outstanding problems of \\"two assurances and three guarantees\\" have basically been solved."\n',
      'msgstr "More than 16000 poor households now live in safe housing."\n',
      'msgstr "More than 16,000 poor households now live in safe housing."\n',
    ]);
    expect(poProse(fixed).segments?.length).toBe(10);
  });

  it('escapes quotes in replacements', async () => {
    const g = glossaryFromYaml(`
  - id: q
    category: style
    severity: warning
    preferred: ['the "final push"']
    avoid: [final sprint]
    note: n
`);
    const po = 'msgid "冲刺"\nmsgstr "the final sprint"\n';
    const fixed = fixAll(po, await lintAs('po', po, g));
    expect(fixed).toBe('msgid "冲刺"\nmsgstr "the the \\"final push\\""\n');
    expect(poProse(fixed).prose.trim()).toBe('the the "final push"');
  });

  it.each([
    ['msgid "a"\nmsgstr "b\n', 2, 10, /unterminated string/],
    ['msgid "a"\nmsgstr "b\\q"\n', 2, 10, /unknown escape/],
    ['msgid "a"\nmsgtxt "b"\n', 2, 1, /unknown keyword `msgtxt`/],
    ['msgid "a"\n"b"\nmsgstr "c" x\n', 3, 11, /unexpected text/],
    ['"a"\n', 1, 1, /string without a keyword/],
    ['msgid "a"\n\n', 1, 1, /entry without msgstr/],
  ])('reports malformed PO with line and column: %j', (po, line, column, message) => {
    const e = errorOf(() => poProse(po));
    expect(e.message).toMatch(message);
    expect([e.line, e.column]).toEqual([line, column]);
  });
});

describe('aligned plain text', () => {
  it('pairs paragraphs and runs the source-aware checks', async () => {
    const view = alignedTextProse('Line one took off their hats.\r\n\r\nSome 42,100 people.\n', '该县摘帽。\n\n4.21万人。\n', 'en.txt', 'zh.txt');
    expect(view.segments?.map((s) => s.source)).toEqual(['该县摘帽。', '4.21万人。']);
  });

  it('refuses mismatched paragraph counts, naming both files', () => {
    const e = errorOf(() => alignedTextProse('One.\n\nTwo.\n\nThree.\n', '一。\n\n二。\n', 'en.txt', 'zh.txt'));
    expect(e.message).toMatch(/^en\.txt has 3 paragraphs but zh\.txt has 2; .*line 5 of en\.txt/);
  });
});
