/** The printable term list (Markdown, HTML with escaping) and glossary stats over a corpus. */
import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../../src/core/glossary.js';
import { normaliseEntryData, type EntryData } from '../../src/glossary/entry-data.js';
import { glossaryHtml, glossaryMarkdown } from '../../src/glossary/glossary-docs.js';
import { glossaryStats, statsText } from '../../src/glossary/glossary-stats.js';
import { glossaryFindings } from '../../src/glossary/lint/glossary-findings.js';
import { glossaryFromYaml } from '../helpers.js';

const entries: EntryData[] = [
  { id: 'zhaimao', source: '摘帽', category: 'term', severity: 'error', preferred: ['removed from the poverty list'], avoid: ['take off [its] poverty (hat|hats)'], note: 'A county left the <official> poverty list & more.' },
  { id: 'bones', source: '啃硬骨头', category: 'idiom', severity: 'warning', status: 'proposed', preferred: ['tackle the toughest problems'], avoid: ['gnaw {2} hard bone'], note: 'Take on the hardest tasks.' },
  { id: 'old', category: 'term', severity: 'info', status: 'deprecated', preferred: ['x'], avoid: ['y'], note: 'No longer applies.' },
  { id: 'script', source: '<script>', category: 'style', severity: 'info', preferred: ['"quoted" & \'single\''], avoid: ['a|b'], note: 'Escaping | pipes.' },
].map((e) => normaliseEntryData(e as EntryData));

describe('glossary docs', () => {
  it('writes Markdown grouped by category, escaping table syntax', () => {
    expect(glossaryMarkdown(entries, 'Desk glossary')).toMatchInlineSnapshot(`
      "# Desk glossary

      ## Terms

      | Source | Preferred | Avoid | Note |
      |---|---|---|---|
      | 摘帽 | removed from the poverty list | take off \\[its\\] poverty (hat\\|hats) | A county left the \\<official\\> poverty list & more. |

      ## Idioms and slogans

      | Source | Preferred | Avoid | Note |
      |---|---|---|---|
      | 啃硬骨头 | tackle the toughest problems (proposed) | gnaw {2} hard bone | Take on the hardest tasks. |

      ## Style

      | Source | Preferred | Avoid | Note |
      |---|---|---|---|
      | \\<script\\> | "quoted" & 'single' | a\\|b | Escaping \\| pipes. |
      "
    `);
  });

  it('writes HTML with every text escaped', () => {
    const html = glossaryHtml(entries, 'Desk <glossary>');
    expect(html).toContain('<title>Desk &lt;glossary&gt;</title>');
    expect(html).toContain('<td lang="zh">&lt;script&gt;</td><td><ul><li>&quot;quoted&quot; &amp; &#39;single&#39;</li></ul></td>');
    expect(html).toContain('<td>A county left the &lt;official&gt; poverty list &amp; more.</td>');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('No longer applies');
    expect(html.indexOf('<h2>Terms</h2>')).toBeLessThan(html.indexOf('<h2>Idioms and slogans</h2>'));
  });
});

describe('glossary stats', () => {
  const compiled = glossaryFromYaml(`  - id: zhaimao
    category: term
    severity: error
    preferred: [removed from the poverty list]
    avoid: ["take off [its] poverty (hat|hats)"]
    note: A county left the poverty list.
  - id: bones
    category: idiom
    severity: warning
    preferred: [tackle the toughest problems]
    avoid: ["gnaw {2} hard bone"]
    note: Take on the hardest tasks.
  - id: silent
    category: idiom
    severity: warning
    preferred: [never]
    avoid: [does not occur here]
    note: An entry that never fires.
`);
  const corpus = [
    'The county took off its poverty hat. Another took off its poverty hat too.',
    'They vowed to take off poverty hats and to gnaw the hard bones.',
  ].map((text, i) => ({ path: `a${i}.txt`, text, findings: glossaryFindings(text, compiled) }));
  const glossary = compileGlossary(compiled.glossary).glossary;
  const stats = glossaryStats(glossary.entries, glossary.entries.map((e) => e.id), corpus, 5);

  it('counts entries per category, severity and status', () => {
    expect(stats).toMatchObject({ entries: 3, byCategory: { idiom: 2, term: 1 }, bySeverity: { error: 1, warning: 2 }, byStatus: { approved: 3 } });
  });

  it('counts hits, lists silent entries and frequent findings with examples', () => {
    expect(stats.corpus?.hits).toEqual([
      { entry: 'zhaimao', count: 3 },
      { entry: 'bones', count: 1 },
      { entry: 'silent', count: 0 },
    ]);
    expect(stats.corpus?.silent).toEqual(['silent']);
    expect(stats.corpus?.frequent[0]).toEqual({
      entry: 'zhaimao',
      text: 'took off its poverty hat',
      count: 2,
      examples: [
        { path: 'a0.txt', line: 1, context: 'The county took off its poverty hat. Another took off its poverty hat too.' },
        { path: 'a0.txt', line: 1, context: '…ounty took off its poverty hat. Another took off its poverty hat too.' },
      ],
    });
    expect(statsText(stats)).toContain('corpus: 2 files; 2 of 3 applied entries fired');
  });
});
