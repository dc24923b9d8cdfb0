import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlProse } from '../../src/formats/html.js';
import { glossaryFromYaml, shippedGlossary } from '../helpers.js';
import { expectSlices, fixAll, lintAs } from './format-helpers.js';

const glossary = glossaryFromYaml(`
  - id: hats
    source: 摘帽
    category: term
    severity: error
    preferred: [removed from the poverty list]
    avoid: ["take off [their|its] hat"]
    note: n
  - id: worries
    source: 两不愁三保障
    category: term
    severity: error
    preferred: [two assurances and three guarantees]
    avoid: [two worries and three guarantees]
    note: n
  - id: rnd
    category: term
    severity: warning
    preferred: [R&D <centre>]
    avoid: [research and development center]
    note: n
`);

const SAMPLE = readFileSync(new URL('../../samples/000_3d0ec830b14a6b06.html', import.meta.url), 'utf8');

describe('HTML input', () => {
  it('matches through character references and inline tags; the span includes them', async () => {
    const html = '<p>The &ldquo;<strong>two worries</strong> and three&nbsp;guarantees&rdquo; remain.</p>';
    const findings = await lintAs('html', html, glossary);
    expect(findings.map((f) => f.text)).toEqual(['two worries</strong> and three&nbsp;guarantees']);
    expectSlices(html, findings, expect);
    // The fix keeps the tags: only the changed word is written, inside <strong>.
    expect(fixAll(html, findings)).toBe('<p>The &ldquo;<strong>two assurances</strong> and three&nbsp;guarantees&rdquo; remain.</p>');
  });

  it('downgrades a fix that would have to move markup to a suggestion', async () => {
    const html = '<p>They <em>took off</em> their hats.</p>';
    const [finding] = await lintAs('html', html, glossary);
    expect(finding?.text).toBe('took off</em> their hats');
    expect(finding?.fix).toBeNull();
    expect(finding?.suggestions[0]).toBe('removed from the poverty list');
  });

  it('escapes replacements written into HTML', async () => {
    const html = '<p>A research and development center opened.</p>';
    const findings = await lintAs('html', html, glossary);
    expect(fixAll(html, findings)).toBe('<p>A R&amp;D &lt;centre> opened.</p>');
    expect(htmlProse(fixAll(html, findings)).prose.trim()).toBe('A R&D <centre> opened.');
  });

  it('checks title and alt attributes, never scripts, styles, templates, comments or URLs', async () => {
    const html = [
      '<html><head><title>They took off their hats</title><script>var a = "took off their hats";</script>',
      '<style>p::after { content: "took off their hats" }</style></head><body>',
      '<!-- took off their hats -->',
      '<template><p>took off their hats</p></template>',
      '<p><a href="https://x.org/took-off-their-hats" title="County took off its hats">link</a></p>',
      '<img src="a.png" alt="They took off their hats">',
      '<p><code>took off their hats</code> https://example.org/take-off-their-hat</p>',
      '</body></html>',
    ].join('\n');
    const findings = await lintAs('html', html, glossary);
    expectSlices(html, findings, expect);
    expect(findings.map((f) => `${f.line}:${f.text}`)).toEqual(['5:took off its hats', '6:took off their hats']);
  });

  it('reports page furniture found by structure, and deletes its elements', async () => {
    const html = [
      '<body>',
      '<nav><ul><li><a href="/">Home</a></li></ul></nav>',
      '<p>Counties took off their hats.</p>',
      '<div class="share-tools">Share to: WeChat</div>',
      '<section id="comments"><p>Be the first to reply</p></section>',
      '<footer>',
      '  <p>Some footer text</p>',
      '</footer>',
      '</body>',
    ].join('\n');
    const findings = await lintAs('html', html, glossary);
    expect(findings.map((f) => `${f.ruleId} ${f.text}`)).toEqual([
      'page-furniture Home',
      'glossary/hats took off their hats',
      'page-furniture Share to: WeChat',
      'page-furniture Be the first to reply',
      'page-furniture Some footer text',
    ]);
    expect(findings[4]?.message).toContain('page footer (<footer>)');
    const fixed = fixAll(html, findings);
    expect(fixed).toBe(['<body>', '<nav><ul></ul></nav>', '<p>Counties removed from the poverty list.</p>', '<section id="comments"></section>', '<footer>', '</footer>', '</body>'].join('\n'));
  });

  it('reads malformed HTML as browsers do: unclosed tags, stray <, bare &', async () => {
    const html = '<div><p>1 < 2 & they took off their hats<p>AT&T said <b>two worries and three guarantees\n<li>x';
    const findings = await lintAs('html', html, glossary);
    expectSlices(html, findings, expect);
    expect(findings.map((f) => f.text)).toEqual(['took off their hats', 'two worries and three guarantees']);
  });

  it('never flags anything inside script, style or comments of the sample page', async () => {
    const findings = await lintAs('html', SAMPLE, shippedGlossary());
    expectSlices(SAMPLE, findings, expect);
    const forbidden: [number, number][] = [];
    for (const re of [/<script[\s\S]*?<\/script>/g, /<style[\s\S]*?<\/style>/g, /<!--[\s\S]*?-->/g, /<template[\s\S]*?<\/template>/g, /<head>[\s\S]*?<\/head>/g]) {
      for (const m of SAMPLE.matchAll(re)) forbidden.push([m.index, m.index + m[0].length]);
    }
    expect(forbidden.length).toBeGreaterThanOrEqual(6);
    for (const f of findings) for (const [s, e] of forbidden) expect(f.start < e && s < f.end, `${f.ruleId} ${f.text}`).toBe(false);
    // …while the same phrases in the body are found.
    expect(findings.some((f) => f.text === 'without hats')).toBe(true);
  });
});
