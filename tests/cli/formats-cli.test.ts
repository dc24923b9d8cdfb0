import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixInPasses } from '../../src/core/fix-passes.js';
import { applyEdits } from '../../src/core/edits.js';
import type { Finding } from '../../src/core/finding.js';
import { locateSpans, score, type GoldSpanYaml } from '../../src/eval/gold.js';
import { formatOfPath, proseView } from '../../src/formats/index.js';
import { SourceText } from '../../src/core/source-text.js';
import { lintDocument } from '../../src/linter.js';
import { shippedGlossary } from '../helpers.js';
import { ROOT, runCli, useWorkspaces } from './run-cli.js';

const workspace = useWorkspaces('mtqa-formats-');

const SAMPLES = ['000_3d0ec830b14a6b06.txt', '000_3d0ec830b14a6b06.html', '000_3d0ec830b14a6b06.md', 'poverty-briefing.xlf', 'poverty-briefing.po'];
const GOLD = parse(readFileSync(join(ROOT, 'tests/fixtures/seed-article.gold.yaml'), 'utf8')) as { spans: GoldSpanYaml[]; neutral: GoldSpanYaml[] };

describe('mtqa check on every format', () => {
  const dir = workspace({});
  const r = runCli(['check', 'samples', '--format', 'json', '--fix', '--out', dir, '--fail-on', 'never']);
  const report = JSON.parse(r.stdout) as { files: { path: string; findings: Finding[] }[] };

  it('picks up every format in a directory', () => {
    expect(r.code).toBe(0);
    expect(report.files.map((f) => f.path).sort()).toEqual(SAMPLES.map((s) => `samples/${s}`).sort());
  });

  it.each(SAMPLES)('%s: offsets slice the file as written', (name) => {
    const text = readFileSync(join(ROOT, 'samples', name), 'utf8');
    const file = report.files.find((f) => f.path === `samples/${name}`);
    expect(file?.findings.length).toBeGreaterThan(5);
    const source = new SourceText(text);
    for (const f of file?.findings ?? []) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(source.positionAt(f.start)).toEqual({ line: f.line, column: f.column });
    }
  });

  it.each(SAMPLES)('%s: --fix writes a file its own parser reads back, changed only in the fixed spans', async (name) => {
    const text = readFileSync(join(ROOT, 'samples', name), 'utf8');
    const file = report.files.find((f) => f.path === `samples/${name}`);
    const ext = name.slice(name.lastIndexOf('.'));
    const stem = name.slice(0, name.lastIndexOf('.'));
    const fixedName = name.startsWith('000_') ? `${stem}-${ext.slice(1)}.fixed${ext}` : `${stem}-${ext.slice(1)}.fixed${ext}`;
    const fixed = readFileSync(join(dir, fixedName), 'utf8');
    const { output, applied } = applyEdits(text, (file?.findings ?? []).flatMap((f) => (f.fix === null ? [] : [f.fix])));
    expect(applied.length).toBeGreaterThan(1);
    // Outside the first pass's edits nothing changed: rebuild from the original between them.
    let cursor = 0;
    let rebuilt = '';
    for (const e of applied) {
      rebuilt += text.slice(cursor, e.start) + e.text;
      cursor = e.end;
    }
    expect(rebuilt + text.slice(cursor)).toBe(output);
    // Later passes apply the fixes the first pass skipped for overlapping, re-checking each time.
    const recheck = async (t: string) => lintDocument(new SourceText(t), await proseView(formatOfPath(name), t), shippedGlossary());
    expect(fixed).toBe((await fixInPasses(text, recheck)).output);
    const view = await proseView(formatOfPath(name), fixed);
    expect(view.prose.length).toBeGreaterThan(100);
    // Re-checking the fixed file finds none of the fixed glossary findings again.
    const again = lintDocument(new SourceText(fixed), view, shippedGlossary());
    const fixedTexts = new Set((file?.findings ?? []).filter((f) => f.fix !== null && f.ruleId.startsWith('glossary/')).map((f) => f.fix?.text));
    expect(again.filter((f) => f.ruleId.startsWith('glossary/') && fixedTexts.has(f.text))).toEqual([]);
  });
});

describe('HTML version of the sample article', () => {
  it('scores within 0.03 of the plain-text sample (recall and precision)', async () => {
    const glossary = shippedGlossary();
    const measure = async (name: string, extraNeutral: GoldSpanYaml[]) => {
      const text = readFileSync(join(ROOT, 'samples', name), 'utf8');
      const view = await proseView(formatOfPath(name), text);
      const prose = view.prose.replace(/\s/g, ' ');
      const toFile = (spans: GoldSpanYaml[]) => locateSpans(prose, spans).map((s) => ({ ...s, ...view.map.toFile(s.start, s.end) }));
      for (const s of toFile(GOLD.spans)) expect(text.slice(s.start, s.end).replace(/<[^>]*>|&\w+;|\s+/g, ' ').replace(/ +/g, ' ')).toContain(s.text.replace(/"/g, ' ').split(' ')[0] as string);
      return score({ spans: toFile(GOLD.spans), neutral: toFile([...GOLD.neutral, ...extraNeutral]) }, lintDocument(new SourceText(text), view, glossary));
    };
    const txt = await measure('000_3d0ec830b14a6b06.txt', []);
    // Page furniture the scraped text does not have (site navigation, share bar, link list) is
    // furniture all the same: counted neither way.
    const htmlOnly = ['Home', 'News', 'Poverty Alleviation', 'Share to: WeChat Weibo QQ Space', 'Xinhua', "People's Daily"].map((text) => ({ text }));
    const html = await measure('000_3d0ec830b14a6b06.html', htmlOnly);
    expect(Math.abs(html.recall - txt.recall)).toBeLessThanOrEqual(0.03);
    expect(Math.abs(html.precision - txt.precision), JSON.stringify(html.falseAlarms.map((f) => f.text))).toBeLessThanOrEqual(0.03);
    expect(html.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('mtqa eval accepts an .html article', () => {
    const r = runCli(['eval', 'samples/000_3d0ec830b14a6b06.html', '--gold', 'tests/fixtures/seed-article.gold.yaml', '--format', 'json']);
    expect(r.stderr).toBe('');
    const result = JSON.parse(r.stdout) as { recall: number; spans: number };
    expect(result.spans).toBe(GOLD.spans.length);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
  });
});

describe('plain text encodings', () => {
  it('reads UTF-16 with a byte-order mark, offsets in UTF-16 code units of the text without the mark', () => {
    const text = 'Line one.\r\nThey took off their hats in 16000 villages.\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    const dir = workspace({ 'le.txt': le, 'be.txt': be });
    for (const name of ['le.txt', 'be.txt']) {
      const r = runCli(['check', name, '--format', 'json', '--fail-on', 'never', '--fix', '--out', 'out'], { cwd: dir });
      const f = (JSON.parse(r.stdout) as { files: { findings: Finding[] }[] }).files[0]?.findings.find((x) => x.ruleId === 'number-format');
      expect(f).toMatchObject({ start: 39, end: 44, line: 2, column: 29, text: '16000' });
      expect(text.slice(f?.start, f?.end)).toBe('16000');
      const written = readFileSync(join(dir, 'out', name.replace('.txt', '.fixed.txt')));
      expect(written.subarray(0, 2)).toEqual(name === 'le.txt' ? Buffer.from([0xff, 0xfe]) : Buffer.from([0xfe, 0xff]));
    }
  });
});

describe('bilingual plain text (--source)', () => {
  it('checks an article against its aligned Chinese source', () => {
    const dir = workspace({ 'en.txt': 'The county shed its label.\n\nInvestment was 1.749 billion yuan.\n', 'zh.txt': '该县摘帽。\n\n投资1.749亿元。\n' });
    const r = runCli(['check', 'en.txt', '--source', 'zh.txt'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('en.txt:1:1  error    Key term 摘帽 in the source');
    expect(r.stdout).toContain('en.txt:3:1  error    Number `1.749亿` of the source (174,900,000 (174.9 million))');
  });
});

describe('bad input: one clear line, exit 2', () => {
  const cases: [string, Record<string, string | Buffer>, string[], RegExp][] = [
    ['mismatched paragraph counts', { 'en.txt': 'One.\n\nTwo.\n', 'zh.txt': '一。\n' }, ['check', 'en.txt', '--source', 'zh.txt'], /^mtqa: en\.txt has 2 paragraphs but zh\.txt has 1/],
    ['--source with an XLIFF file', { 'a.xlf': '<xliff/>', 'zh.txt': '一' }, ['check', 'a.xlf', '--source', 'zh.txt'], /--source pairs a plain-text article/],
    ['malformed XLIFF', { 'a.xlf': '<xliff version="2.0">\n<file><unit id="1"><source>a</source>\n<target>b</source></unit></file></xliff>' }, ['check', 'a.xlf'], /^mtqa: a\.xlf:3:18: malformed XML: unexpected close tag/],
    ['malformed PO', { 'a.po': 'msgid "a"\nmsgstr "b\n' }, ['check', 'a.po'], /^mtqa: a\.po:2:10: unterminated string/],
    ['a file over 50 MB', { 'big.html': Buffer.alloc(50 * 1024 * 1024 + 1, 0x61) }, ['check', 'big.html'], /big\.html: 50 MB is over the 50 MB limit; split the file/],
  ];
  it.each(cases)('%s', (_name, files, args, message) => {
    const r = runCli(args, { cwd: workspace(files) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('malformed HTML is read leniently, as browsers do', () => {
    const dir = workspace({ 'a.html': '<p>1 < 2 <b>and 16000 <i>people\n<div>unclosed <p>x' });
    const r = runCli(['check', 'a.html', '--format', 'json', '--fail-on', 'never'], { cwd: dir });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { files: { findings: Finding[] }[] }).files[0]?.findings.map((f) => f.text)).toEqual(['16000']);
  });
});
