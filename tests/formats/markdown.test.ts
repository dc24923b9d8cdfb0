import { diffLines } from 'diff';
import { describe, expect, it } from 'vitest';
import { markdownProse } from '../../src/formats/markdown.js';
import { glossaryFromYaml } from '../helpers.js';
import { expectSlices, fixAll, lintAs } from './format-helpers.js';

const glossary = glossaryFromYaml(`
  - id: hats
    category: term
    severity: error
    preferred: [removed from the poverty list]
    avoid: ["take off [their|its] hat"]
    note: n
`);

const DOC = [
  '---',
  'title: They took off their hats',
  '---',
  '',
  '# Counties took off their hats',
  '',
  'Text with `took off their hats` in code, a [link that took off its hats](https://x.org/took-off-their-hats "took off their hats")',
  'and <https://example.org/take-off-their-hat>. Escaped \\*stars\\* and &amp; too; they took',
  '  off their hats.',
  '',
  '<!-- took off their hats -->',
  '',
  '```',
  'took off their hats',
  '```',
  '',
  '    took off their hats (indented code)',
  '',
  '| County | Note |',
  '|---|---|',
  '| A | took off its hats |',
  '',
  '- item: took off their hats',
  '',
  '![They took off their hats](a.png)',
  '',
].join('\n');

describe('Markdown input', () => {
  it('checks headings, paragraphs, link text, table cells, list items and alt text only', async () => {
    const findings = await lintAs('markdown', DOC, glossary);
    expectSlices(DOC, findings, expect);
    expect(findings.map((f) => `${f.line}:${f.column} ${f.text}`)).toEqual([
      '5:12 took off their hats',
      '7:55 took off its hats',
      '8:85 took\n  off their hats',
      '21:7 took off its hats',
      '23:9 took off their hats',
      '25:8 took off their hats',
    ]);
  });

  it('reads escapes and references as characters and keeps them in the file', () => {
    const view = markdownProse('A \\*b\\* &amp; c\n');
    expect(view.prose.trim()).toBe('A *b* & c');
    const r = view.map.toFile(2, 7);
    expect('A \\*b\\* &amp; c\n'.slice(r.start, r.end)).toBe('\\*b\\* &amp;');
  });

  it('fixes in place and leaves the rest of the file alone', async () => {
    const findings = await lintAs('markdown', DOC, glossary);
    const fixed = fixAll(DOC, findings);
    const removed = diffLines(DOC, fixed).filter((c) => c.removed === true).map((c) => c.value);
    expect(removed.join('').split('\n').filter((l) => l !== '')).toEqual([DOC.split('\n')[4], DOC.split('\n')[6], DOC.split('\n')[7], DOC.split('\n')[8], DOC.split('\n')[20], DOC.split('\n')[22], DOC.split('\n')[24]]);
    expect(fixed).toContain('title: They took off their hats');
    expect(fixed).toContain('| A | removed from the poverty list |');
    expect(await lintAs('markdown', fixed, glossary)).toEqual([]);
  });
});
