/**
 * mtqa in CI, end to end through the built CLI: formats and exit codes, --output, the
 * configuration file, baselines, --changed-since, shards, parallel runs and standard input.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HATS_AND_WEAK_FILE } from '../helpers.js';
import { CLI, ROOT, runCli, useWorkspaces } from './run-cli.js';

const GLOSSARY = HATS_AND_WEAK_FILE;

const workspace = useWorkspaces('mtqa-ci-');

const FORMATS = ['text', 'json', 'sarif', 'junit', 'github', 'codeclimate', 'jsonl'];

describe('formats and exit codes', () => {
  it('exit 0 / 1 / 2 in every format', () => {
    const dir = workspace({ 'g/t.yaml': GLOSSARY, 'bad.txt': 'They took off their hats.\n', 'ok.txt': 'All is well.\n', 'weak.txt': 'A weak point.\n' });
    for (const format of FORMATS) {
      expect(runCli(['check', 'bad.txt', '--glossary', 'g', '--format', format], { cwd: dir }).code).toBe(1);
      expect(runCli(['check', 'ok.txt', 'weak.txt', '--glossary', 'g', '--format', format], { cwd: dir }).code).toBe(0);
      expect(runCli(['check', 'weak.txt', '--glossary', 'g', '--format', format, '--fail-on', 'warning'], { cwd: dir }).code).toBe(1);
      const missing = runCli(['check', 'ok.txt', 'nope.txt', '--glossary', 'g', '--format', format], { cwd: dir });
      expect(missing.code).toBe(2);
    }
  });

  it('--output writes the chosen format to a file while the terminal gets the text report', () => {
    const dir = workspace({ 'g/t.yaml': GLOSSARY, 'a.txt': 'They took off their hats.\n' });
    const r = runCli(['check', 'a.txt', '--glossary', 'g', '--format', 'sarif', '--output', 'out/mtqa.sarif'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^a\.txt:1:6 {2}error/);
    expect(r.stdout).toContain('wrote out/mtqa.sarif');
    const log = JSON.parse(readFileSync(join(dir, 'out/mtqa.sarif'), 'utf8'));
    expect(log.runs[0].results[0].ruleId).toBe('glossary/hats');
    // the format follows from the extension when --format is not given
    runCli(['check', 'a.txt', '--glossary', 'g', '--output', 'report.xml'], { cwd: dir });
    expect(readFileSync(join(dir, 'report.xml'), 'utf8')).toMatch(/^<\?xml/);
  });

  it('appends a Markdown summary to $GITHUB_STEP_SUMMARY with the github format only', () => {
    const dir = workspace({ 'g/t.yaml': GLOSSARY, 'a.txt': 'They took off their hats.\n', 'summary.md': '# earlier step\n' });
    const env = { GITHUB_STEP_SUMMARY: join(dir, 'summary.md') };
    const r = runCli(['check', 'a.txt', '--glossary', 'g', '--format', 'github'], { cwd: dir, env });
    expect(r.stdout).toMatch(/^::error file=a\.txt,line=1,col=6,/);
    const summary = readFileSync(join(dir, 'summary.md'), 'utf8');
    expect(summary).toMatch(/^# earlier step\n## mtqa\n/);
    expect(summary).toContain('| a.txt | 1 | error | `glossary/hats` |');
    runCli(['check', 'a.txt', '--glossary', 'g', '--format', 'json'], { cwd: dir, env });
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toBe(summary);
  });
});

describe('the configuration file', () => {
  const CONFIG = `glossaries: [g]
include: ["articles/**/*.txt"]
exclude: ["articles/archive/**"]
rules:
  glossary/weak: error
  number-format: off
failOn: warning
outputs:
  - format: codeclimate
    file: reports/gl-code-quality.json
`;

  it('is found from the working directory upward; paths in it are relative to it', () => {
    const dir = workspace({
      '.mtqa.yaml': CONFIG,
      'g/t.yaml': GLOSSARY,
      'articles/a.txt': 'A weak point of 160000 people.\n',
      'articles/archive/old.txt': 'They took off their hats.\n',
      'sub/deeper/.keep': '',
    });
    const r = runCli(['check', '--format', 'jsonl'], { cwd: join(dir, 'sub/deeper') });
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.path, l.ruleId, l.severity])).toEqual([['../../articles/a.txt', 'glossary/weak', 'error']]);
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'reports/gl-code-quality.json'), 'utf8'))[0].check_name).toBe('glossary/weak');
  });

  it('loses to command-line flags', () => {
    const dir = workspace({ '.mtqa.yaml': CONFIG.replace('glossary/weak: error', 'glossary/weak: warning'), 'g/t.yaml': GLOSSARY, 'articles/a.txt': 'A weak point.\n' });
    expect(runCli(['check'], { cwd: dir }).code).toBe(1);
    expect(runCli(['check', '--fail-on', 'error'], { cwd: dir }).code).toBe(0);
    const other = runCli(['check', 'other.txt', '--format', 'json'], { cwd: dir });
    expect(other.code).toBe(2);
    writeFileSync(join(dir, 'other.txt'), 'A weak point.\n');
    expect(JSON.parse(runCli(['check', 'other.txt', '--format', 'json', '--fail-on', 'never'], { cwd: dir }).stdout).files[0].path).toBe('other.txt');
    expect(existsSync(join(dir, 'reports/gl-code-quality.json'))).toBe(true);
  });

  it('--config names one; plainTextComments turns on # suppressions', () => {
    const dir = workspace({ 'ci/mtqa.yaml': 'glossaries: [../g]\nsuppressions:\n  plainTextComments: true\n', 'g/t.yaml': GLOSSARY, 'a.txt': '# mtqa-disable-next-line glossary/hats\nThey took off their hats.\n# mtqa-disable-next-line\nAll fine.\n' });
    const r = runCli(['check', 'a.txt', '--config', 'ci/mtqa.yaml', '--format', 'jsonl'], { cwd: dir });
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).ruleId)).toEqual(['unused-suppression']);
    expect(r.code).toBe(0);
    const without = runCli(['check', 'a.txt', '--glossary', 'g', '--format', 'jsonl'], { cwd: dir });
    expect(without.stdout.trim().split('\n').map((l) => JSON.parse(l).ruleId)).toEqual(['glossary/hats']);
  });

  const bad: [string, string, RegExp][] = [
    ['an unknown key', 'glossaries: [g]\nrules:\n  number-format: off\ncolour: red\n', /^\.mtqa\.yaml:4:1 error unknown key `colour`: remove it or fix its spelling$/m],
    ['an unknown nested key', 'outputs:\n  - format: sarif\n    file: x.sarif\n    flie: y\n', /^\.mtqa\.yaml:4:5 error unknown key `flie`/m],
    ['a bad severity', 'rules:\n  number-format: loud\n', /^\.mtqa\.yaml:2:18 error `number-format` must be one of off, error, warning, info$/m],
    ['an unknown format', 'format: pdf\n', /^\.mtqa\.yaml:1:9 error `format` must be one of text, json/m],
    ['malformed YAML', 'rules: [a\n', /^\.mtqa\.yaml:\d+:\d+ error YAML syntax error/m],
  ];
  it.each(bad)('%s → exit 2 with file:line:col', (_name, config, message) => {
    const dir = workspace({ '.mtqa.yaml': config, 'g/t.yaml': GLOSSARY, 'a.txt': 'x\n' });
    const r = runCli(['check', 'a.txt', '--glossary', 'g'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/the configuration has \d+ problems?; fix them and run again/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('baselines', () => {
  const ARTICLE = 'Poor counties took off their hats in 2019.\nIts weak point remains.\nOthers took off their hats too.\n';

  it('round trip: only new findings are reported, with lines inserted above the old ones', () => {
    const dir = workspace({ 'g/t.yaml': GLOSSARY, 'news/a.txt': ARTICLE, 'news/b.txt': 'They took off their hats.\n' });
    const written = runCli(['baseline', 'news', '--glossary', 'g'], { cwd: dir });
    expect(written.stdout).toBe('wrote .mtqa-baseline.json: 4 findings from 2 files\n');
    expect(written.code).toBe(0);
    const baseline = JSON.parse(readFileSync(join(dir, '.mtqa-baseline.json'), 'utf8'));
    expect(baseline.entries.map((e: { path: string; line: number }) => `${e.path}:${e.line}`)).toEqual(['news/a.txt:1', 'news/a.txt:2', 'news/a.txt:3', 'news/b.txt:1']);

    writeFileSync(join(dir, 'news/a.txt'), `Headline\n\nA new lead paragraph.\n${ARTICLE}`);
    const same = runCli(['check', 'news', '--glossary', 'g', '--baseline', '.mtqa-baseline.json'], { cwd: dir });
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('0 findings in 0 files of 2 checked');
    expect(same.stderr).toBe('mtqa: baseline .mtqa-baseline.json: 4 known findings suppressed, 0 baseline entries no longer occur\n');

    writeFileSync(join(dir, 'news/a.txt'), `New: they took off its hat.\n${ARTICLE.replace('Others took off their hats too.', 'Others were removed from the list.')}`);
    const fresh = runCli(['check', 'news', '--glossary', 'g', '--baseline', '.mtqa-baseline.json', '--format', 'jsonl'], { cwd: dir });
    expect(fresh.code).toBe(1);
    expect(fresh.stdout.trim().split('\n').map((l) => JSON.parse(l).text)).toEqual(['took off its hat']);
    expect(fresh.stderr).toBe('mtqa: baseline .mtqa-baseline.json: 3 known findings suppressed, 1 baseline entry no longer occurs\n');
  });

  it('a malformed or missing baseline → exit 2 with a clear message', () => {
    const dir = workspace({ 'g/t.yaml': GLOSSARY, 'a.txt': 'x\n', 'broken.json': '{"version": 1, "entries": [', 'old.json': '{"version": 7, "entries": []}' });
    const cases: [string, RegExp][] = [
      ['broken.json', /^mtqa: broken\.json: the baseline is not valid JSON \(.*\); write it again with `mtqa baseline`$/m],
      ['old.json', /^mtqa: old\.json: unsupported baseline version 7/m],
      ['none.json', /^mtqa: none\.json: baseline not found; write one with `mtqa baseline`$/m],
    ];
    for (const [file, message] of cases) {
      const r = runCli(['check', 'a.txt', '--glossary', 'g', '--baseline', file], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});

describe('--changed-since', () => {
  it('reports only findings on lines changed since the ref, including untracked files', () => {
    const dir = workspace({ 'g/t.yaml': GLOSSARY, 'a.txt': 'They took off their hats.\nClean line.\nAnother clean line.\n', 'b.txt': 'They took off their hats.\n' });
    const git = (...args: string[]): string => execFileSync('git', ['-c', 'user.name=mtqa', '-c', 'user.email=mtqa@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'base');
    writeFileSync(join(dir, 'a.txt'), 'They took off their hats.\nA weak point here.\nAnother clean line.\nThey took off its hat.\n');
    writeFileSync(join(dir, 'c.txt'), 'New file: they took off their hats.\n');
    const r = runCli(['check', '.', '--glossary', 'g', '--changed-since', 'HEAD', '--format', 'jsonl'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n').map((l) => { const f = JSON.parse(l); return `${f.path}:${f.line} ${f.ruleId}`; })).toEqual(['a.txt:2 glossary/weak', 'a.txt:4 glossary/hats', 'c.txt:1 glossary/hats']);
    expect(r.code).toBe(1);
    const unknown = runCli(['check', '.', '--glossary', 'g', '--changed-since', 'no-such-branch'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^mtqa: --changed-since: `no-such-branch` is not a commit in this repository/);
  });

  it('outside a git repository → exit 2', () => {
    const dir = workspace({ 'g/t.yaml': GLOSSARY, 'a.txt': 'x\n' });
    const r = runCli(['check', 'a.txt', '--glossary', 'g', '--changed-since', 'HEAD'], { cwd: dir, env: { GIT_CEILING_DIRECTORIES: join(dir, '..') } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^mtqa: --changed-since: /);
  });
});

describe('many files', () => {
  const files: Record<string, string> = { 'g/t.yaml': GLOSSARY };
  for (let i = 0; i < 14; i++) files[`set-${i % 3}/article-${String(i).padStart(2, '0')}.txt`] = `Article ${i}.\n${'Filler words here. '.repeat(i)}They took off their hats.\n${i % 2 === 0 ? 'A weak point.\n' : ''}`;

  it('prints the same output in input order for any --jobs', () => {
    const dir = workspace(files);
    for (const format of ['text', 'json', 'sarif', 'jsonl']) {
      const one = runCli(['check', '.', '--glossary', 'g', '--format', format, '--jobs', '1'], { cwd: dir });
      const three = runCli(['check', '.', '--glossary', 'g', '--format', format, '--jobs', '3'], { cwd: dir });
      expect(three.stderr).toBe('');
      expect(three.code).toBe(one.code);
      expect(three.stdout).toBe(one.stdout);
    }
    const paths = JSON.parse(runCli(['check', '.', '--glossary', 'g', '--format', 'json', '--jobs', '2'], { cwd: dir }).stdout).files.map((f: { path: string }) => f.path);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toHaveLength(14);
  });

  it('a file a worker cannot read is reported and the run exits 2, the others still checked', () => {
    const dir = workspace({ ...files, 'set-1/binary.txt': 'ab\u0000cd' });
    const r = runCli(['check', '.', '--glossary', 'g', '--format', 'json', '--jobs', '2'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mtqa: set-1/binary.txt: binary file (it contains NUL bytes); mtqa checks text files\n');
    expect(JSON.parse(r.stdout).files).toHaveLength(14);
  });

  it('--shard k/n: the shards cover every file exactly once', () => {
    const dir = workspace(files);
    const all = JSON.parse(runCli(['check', '.', '--glossary', 'g', '--format', 'json'], { cwd: dir }).stdout).files.map((f: { path: string }) => f.path);
    const seen: string[] = [];
    for (let k = 1; k <= 3; k++) {
      const r = runCli(['check', '.', '--glossary', 'g', '--format', 'json', '--shard', `${k}/3`], { cwd: dir });
      seen.push(...JSON.parse(r.stdout).files.map((f: { path: string }) => f.path));
    }
    expect([...seen].sort()).toEqual([...all].sort());
  });

  it('stops quietly when the reader of a stream closes early (jsonl | head)', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" check samples --format jsonl --jobs 1 | head -c 100 >/dev/null`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
  });

  it('a slow reader still gets the whole report: mtqa exits only once its output is flushed', () => {
    const whole = runCli(['check', 'samples', '--format', 'json', '--fail-on', 'never']).stdout;
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" check samples --format json --fail-on never | (sleep 0.5; wc -c)`], { cwd: ROOT, encoding: 'utf8' });
    expect(Number(r.stdout.trim())).toBe(Buffer.byteLength(whole));
  });

  it('--stdin reads one article, reported under --stdin-filename', () => {
    const dir = workspace({ 'g/t.yaml': GLOSSARY });
    const r = runCli(['check', '--stdin', '--stdin-filename', 'news/x.txt', '--glossary', 'g', '--format', 'jsonl'], { cwd: dir, input: 'Line.\nThey took off their hats.\n' });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ path: 'news/x.txt', line: 2, ruleId: 'glossary/hats' });
  });

  const badArgs: [string, string[], RegExp][] = [
    ['--shard 3/2', ['--shard', '3/2'], /^mtqa: --shard must be k\/n with 1 ≤ k ≤ n \(e\.g\. 2\/4\), not `3\/2`$/m],
    ['an unknown format', ['--format', 'pdf'], /^mtqa: --format must be one of text, json, sarif, junit, github, codeclimate, jsonl, diff, not `pdf`$/m],
    ['--jobs 0', ['--jobs', '0'], /^mtqa: --jobs must be a whole number of at least 1, not `0`$/m],
    ['--stdin with paths', ['--stdin'], /^mtqa: --stdin reads one article from standard input: give no paths with it$/m],
    ['a missing --config', ['--config', 'nope.yaml'], /^nope\.yaml:1:1 error configuration file not found/m],
  ];
  it.each(badArgs)('%s → exit 2', (_name, args, message) => {
    const dir = workspace({ 'g/t.yaml': GLOSSARY, 'a.txt': 'x\n' });
    const r = runCli(['check', 'a.txt', '--glossary', 'g', ...args], { cwd: dir, input: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
