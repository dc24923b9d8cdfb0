import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import { jsonForScript } from '../../src/reporters/html/escape.js';
import { htmlIndex } from '../../src/reporters/html/html-index.js';
import { htmlReport } from '../../src/reporters/html/html-report.js';
import { ROOT, runCli } from '../cli/run-cli.js';

const CONTEXT = { color: false, glossaryVersion: 'test', toolVersion: '0.0.0' };
const TEXT = 'They took off their hats.\r\nIts 16000 people.\n';
const base = { line: 1, column: 1, endLine: 1, endColumn: 1, category: 'term' };
const FINDINGS: Finding[] = [
  { ...base, ruleId: 'glossary/hats', severity: 'error', start: 5, end: 24, text: 'took off their hats', message: 'Literal.', suggestions: ['left the poverty list'], fix: { start: 5, end: 24, text: 'left the poverty list' }, source: '摘帽', note: 'n', origin: 'glossary' },
  { ...base, ruleId: 'llm/revision', severity: 'warning', start: 5, end: 24, text: 'took off their hats', message: 'LLM.', suggestions: ['exited poverty', 'shed the label'], fix: null, origin: 'llm', llm: { kind: 'revision', model: 'm', status: 'accepted', sentence: 's' } },
  { ...base, ruleId: 'llm/other', severity: 'info', start: 31, end: 36, text: '16000', message: 'LLM 2.', suggestions: ['16,000'], fix: null, origin: 'llm' },
  { ...base, ruleId: 'llm/revision', severity: 'info', start: 31, end: 36, text: '16000', message: 'LLM 3.', suggestions: [], fix: null, origin: 'llm', llm: { kind: 'revision', model: 'm', status: 'rejected', reason: 'changed a number <b>', sentence: 's', revision: 'Its 17000 people.' } },
];

function scriptsOf(html: string): { inline: string; data: string } {
  const inline = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  const data = /<script type="application\/json" id="mtqa-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  return { inline, data };
}

describe('HTML review report', () => {
  const html = htmlReport({ path: 'a.txt', text: TEXT, findings: FINDINGS }, CONTEXT, { name: 'a' });

  it('is deterministic', () => {
    expect(htmlReport({ path: 'a.txt', text: TEXT, findings: structuredClone(FINDINGS) }, CONTEXT, { name: 'a' })).toBe(html);
  });

  it('allows exactly its own script and style by hash, nothing remote, no inline handlers', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    const hash = (s: string): string => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(csp).toBe(`default-src 'none'; script-src ${hash(scriptsOf(html).inline)}; style-src ${hash(style)}; img-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'`);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    expect(html.match(/<script/g)).toHaveLength(2);
  });

  it('embeds the data so JSON.parse gives the text back, with <, >, &, U+2028 escaped', () => {
    const tricky = 'a </script><!-- & \u2028 \u2029 >';
    expect(jsonForScript(tricky)).toBe('"a \\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028 \\u2029 \\u003e"');
    expect(JSON.parse(jsonForScript(tricky))).toBe(tricky);
    const data = JSON.parse(scriptsOf(html).data);
    expect(data.text).toBe(TEXT);
    expect(data.findings[0].options).toEqual([{ text: 'left the poverty list', start: 5, end: 24, origin: 'glossary', safe: true }]);
  });

  it('marks LLM suggestions with their verification, beside the glossary ones', () => {
    expect(html).toContain('<span class="badge origin-glossary">glossary</span> <span class="replacement">left the poverty list</span> <span class="safe">safe fix</span>');
    expect(html).toContain('<span class="badge origin-llm verification-passed">LLM, verified</span> <span class="replacement">exited poverty</span>');
    expect(html).toContain('<span class="badge origin-llm verification-none">LLM, not verified</span> <span class="replacement">16,000</span>');
    expect(html).toContain('<p class="llm-rejected"><span class="badge origin-llm verification-failed">LLM, failed verification</span> <span class="label">Revision not offered (changed a number &lt;b&gt;):</span> Its 17000 people.</p>');
  });

  it('highlights overlapping findings once, with the most severe class, anchors and numbered links', () => {
    expect(html).toContain('They <span class="anchor" id="f-1"></span><span class="anchor" id="f-2"></span><mark class="hl sev-error" data-f="0 1">took off their hats</mark><a class="ref sev-error" href="#item-1" aria-label="finding 1, error">✖1</a><a class="ref sev-warning" href="#item-2" aria-label="finding 2, warning">▲2</a>.');
  });

  it('the index links each file report', () => {
    const index = htmlIndex([{ path: 'x/a b.txt', text: TEXT, findings: FINDINGS }, { path: 'c.txt', text: '', findings: [] }], ['a b', 'c'], CONTEXT);
    expect(index).toContain('<tr><td><a href="a%20b.html">x/a b.txt</a></td><td>4</td><td>1</td><td>1</td><td>2</td><td>1</td></tr>');
    expect(index).toContain("script-src 'none'");
  });
});

describe('mtqa check writes the review reports', () => {
  it('the sample report stays under 200 KB and is byte-identical across runs', () => {
    const out = mkdtempSync(join(tmpdir(), 'mtqa-html-'));
    try {
      for (const run of ['1', '2']) expect(runCli(['check', 'samples', '--out', join(out, run), '--fail-on', 'never']).code).toBe(0);
      const file = '000_3d0ec830b14a6b06-txt.html';
      const size = statSync(join(out, '1', file)).size;
      console.log(`sample report: ${(size / 1024).toFixed(1)} KB`);
      expect(size).toBeLessThan(200 * 1024);
      expect(readFileSync(join(out, '1', file))).toEqual(readFileSync(join(out, '2', file)));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('writes index.html for several files; without --out it never loads the HTML reporter', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mtqa-lazy-'));
    try {
      // A copy of mtqa without its HTML reporter: printing a report still works, writing one cannot.
      cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
      cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
      // The bundled CLI keeps the HTML reporter in its own chunk (loaded by write-html-reports).
      const chunk = readdirSync(join(dir, 'dist/cli')).find((f) => /^write-html-reports-\w+\.js$/.test(f));
      expect(chunk).toBeDefined();
      rmSync(join(dir, 'dist/cli', chunk as string));
      const copy = (args: string[]) => spawnSync(process.execPath, [join(dir, 'dist/cli/main.js'), ...args, '--fail-on', 'never'], { cwd: ROOT, encoding: 'utf8' });
      expect(copy(['check', 'samples', '--format', 'json']).status).toBe(0);
      expect(copy(['check', 'samples']).status).toBe(0);
      const written = copy(['check', 'samples', '--out', join(dir, 'out')]);
      expect(written.status).toBe(2);
      expect(written.stderr).toMatch(/write-html-reports/);

      writeFileSync(join(dir, 'b.txt'), 'They took off their hats.\n');
      const two = runCli(['check', 'samples', join(dir, 'b.txt'), '--out', join(dir, 'both'), '--fail-on', 'never']);
      expect(two.stdout).toMatch(/both\/index\.html/);
      expect(readFileSync(join(dir, 'both/index.html'), 'utf8')).toContain('<a href="b.html">');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
