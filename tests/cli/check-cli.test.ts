import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HATS_AND_WEAK_FILE } from '../helpers.js';
import { ROOT, runCli, useWorkspaces } from './run-cli.js';

const SAMPLE = 'samples/000_3d0ec830b14a6b06.txt';
const workspace = useWorkspaces('mtqa-cli-');
const GLOSSARY = HATS_AND_WEAK_FILE;

describe('mtqa check', () => {
  it('prints findings in file:line:col layout and exits 1 on errors', () => {
    const dir = workspace({ 'g/t.yaml': GLOSSARY, 'a.txt': 'Line one.\nThey took off their hats.\n' });
    const r = runCli(['check', 'a.txt', '--glossary', 'g'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe('a.txt:2:6  error    Literal rendering `took off their hats`: use `removed from the poverty list` (摘帽).  glossary/hats');
    expect(r.stdout).toContain('1 finding in 1 file of 1 checked (1 error, 0 warnings, 0 infos; 1 fixable finding)');
  });

  it('exits 0 when nothing reaches --fail-on, 1 when something does', () => {
    const dir = workspace({ 'g/t.yaml': GLOSSARY, 'a.txt': 'Its weak points remain.\n' });
    expect(runCli(['check', 'a.txt', '--glossary', 'g'], { cwd: dir }).code).toBe(0);
    expect(runCli(['check', 'a.txt', '--glossary', 'g', '--fail-on', 'warning'], { cwd: dir }).code).toBe(1);
    expect(runCli(['check', 'a.txt', '--glossary', 'g', '--fail-on', 'never'], { cwd: dir }).code).toBe(0);
  });

  it('writes the JSON contract', () => {
    const dir = workspace({ 'g/t.yaml': GLOSSARY, 'a.txt': '\ufeffThey took off their hats.\r\n' });
    const r = runCli(['check', 'a.txt', '--glossary', 'g', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(Object.keys(report.files[0].findings[0]).slice(0, 13)).toEqual([
      'ruleId', 'severity', 'category', 'start', 'end', 'line', 'column', 'endLine', 'endColumn', 'text', 'message', 'suggestions', 'fix',
    ]);
    expect(report.files[0].findings[0]).toMatchObject({ ruleId: 'glossary/hats', start: 5, end: 24, line: 1, column: 6, endLine: 1, endColumn: 25, text: 'took off their hats', fix: { start: 5, end: 24, text: 'removed from the poverty list' } });
    expect(report.summary).toMatchObject({ files: 1, findings: 1, bySeverity: { error: 1, warning: 0, info: 0 } });
  });

  it('--fix writes the fixed text and a diff without touching the input; --write changes the input', () => {
    const original = '\ufeffThey took off their hats.\r\nIts weak points remain.\r\n';
    const dir = workspace({ 'g/t.yaml': GLOSSARY, 'a.txt': original });
    const r = runCli(['check', 'a.txt', '--glossary', 'g', '--fix', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(original);
    expect(readFileSync(join(dir, 'out/a.fixed.txt'), 'utf8')).toBe('\ufeffThey removed from the poverty list.\r\nIts weak links remain.\r\n');
    expect(readFileSync(join(dir, 'out/a.diff'), 'utf8')).toContain('--- a/a.txt\n+++ b/a.txt\n');
    runCli(['check', 'a.txt', '--glossary', 'g', '--write', '--out', 'out'], { cwd: dir });
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('\ufeffThey removed from the poverty list.\r\nIts weak links remain.\r\n');
  });

  it('checks the bundled sample with the shipped glossary in both formats', () => {
    const text = runCli(['check', SAMPLE, '--fail-on', 'never']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^samples\/000_3d0ec830b14a6b06\.txt:\d+:\d+ {2}(error|warning|info)/m);
    const json = JSON.parse(runCli(['check', SAMPLE, '--format', 'json']).stdout);
    expect(json.files[0].findings.length).toBeGreaterThan(40);
    const sample = readFileSync(join(ROOT, SAMPLE), 'utf8');
    for (const f of json.files[0].findings) expect(sample.slice(f.start, f.end)).toBe(f.text);
  });

  describe('bad input: a clear message and exit 2, never a stack trace', () => {
    const cases: [string, Record<string, string | Buffer>, string[], RegExp][] = [
      ['a missing file', { 'g/t.yaml': GLOSSARY }, ['check', 'nope.txt', '--glossary', 'g'], /nope\.txt: no such file/],
      ['a directory with no text', { 'g/t.yaml': GLOSSARY, 'empty/x.bin': 'x' }, ['check', 'empty', '--glossary', 'g'], /empty: the directory holds no text files/],
      ['a binary file', { 'g/t.yaml': GLOSSARY, 'b.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]) }, ['check', 'b.txt', '--glossary', 'g'], /b\.txt: binary file/],
      ['invalid UTF-8', { 'g/t.yaml': GLOSSARY, 'c.txt': Buffer.from([0x61, 0x0a, 0x62, 0xff, 0xfe, 0x63]) }, ['check', 'c.txt', '--glossary', 'g'], /c\.txt: not valid UTF-8 \(byte 3, line 2\)/],
      ['malformed YAML', { 'g/t.yaml': 'glossary: t\nversion: 1\nentries:\n  - id: [x\n', 'a.txt': 'x' }, ['check', 'a.txt', '--glossary', 'g'], /^g\/t\.yaml:\d+:\d+ error YAML syntax error/m],
      ['an entry with a missing field', { 'g/t.yaml': GLOSSARY.replace('    note: n\n', ''), 'a.txt': 'x' }, ['check', 'a.txt', '--glossary', 'g'], /^g\/t\.yaml:11:5 error missing required field `note`: add it$/m],
      ['an unknown key', { 'g/t.yaml': GLOSSARY.replace('    note: n\n', '    note: n\n    colour: red\n'), 'a.txt': 'x' }, ['check', 'a.txt', '--glossary', 'g'], /^g\/t\.yaml:17:5 error unknown key `colour`/m],
      ['a duplicate id', { 'g/t.yaml': GLOSSARY.replace('id: weak', 'id: hats'), 'a.txt': 'x' }, ['check', 'a.txt', '--glossary', 'g'], /^g\/t\.yaml:11:9 error duplicate id `hats`, first defined at 4:9; rename one$/m],
      ['a duplicate id across files', { 'g/t.yaml': GLOSSARY, 'g/u.yaml': GLOSSARY.replace('glossary: t', 'glossary: u'), 'a.txt': 'x' }, ['check', 'a.txt', '--glossary', 'g'], /^g\/u\.yaml:4:9 error duplicate id `hats`, first defined at g\/t\.yaml:4:9; rename one$/m],
      ['an unknown option', { 'a.txt': 'x' }, ['check', 'a.txt', '--frobnicate'], /check: Unknown option '--frobnicate'/],
      ['an unknown format', { 'a.txt': 'x' }, ['check', 'a.txt', '--format', 'pdf'], /--format must be one of/],
      ['an unknown command', {}, ['chekc'], /unknown command `chekc`/],
    ];
    it.each(cases)('%s', (_name, files, args, message) => {
      const r = runCli(args, { cwd: workspace(files) });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  });
});

describe('mtqa eval', () => {
  it('reports a gold span or neutral span missing from the article with exit 2, not a stack trace', () => {
    for (const gold of ['spans:\n  - {text: "not in the article", category: term}\n', 'spans: []\nneutral:\n  - {text: "not in the article"}\n']) {
      const dir = workspace({ 'g/t.yaml': GLOSSARY, 'a.txt': 'They took off their hats.\n', 'a.gold.yaml': gold });
      const r = runCli(['eval', 'a.txt', '--gold', 'a.gold.yaml', '--glossary', 'g'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^mtqa: a\.gold\.yaml: gold span `not in the article` \(occurrence 1\) does not occur in the article$/m);
    }
  });
});
