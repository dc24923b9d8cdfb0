import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/core/content-hash.js';
import type { Decision } from '../../src/core/decisions.js';
import { runCli } from './run-cli.js';

const ARTICLE = '\ufeffThey took off their hats.\r\nIts 16000 weak points remain.\r\n';
const TEXT = ARTICLE.slice(1);

function decisionsFile(decisions: Decision[], text = TEXT): string {
  return JSON.stringify({ format: 'mtqa-decisions', version: 1, article: 'a.txt', articleHash: contentHash(text), report: 'sha256:0', decisions });
}

const at = (s: string): { start: number; end: number; text: string } => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, text: s });
const ACCEPT: Decision = { finding: 0, ruleId: 'glossary/hats', ...at('took off their hats'), action: 'accept', replacement: 'left the poverty list', choice: 'suggestion', origin: 'glossary' };
const CUSTOM: Decision = { finding: 2, ruleId: 'glossary/weak', ...at('weak points'), action: 'accept', replacement: 'weak links', choice: 'custom' };
const REJECT: Decision = { finding: 1, ruleId: 'number-format', ...at('16000'), action: 'reject' };

function workspace(decisions: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mtqa-apply-'));
  writeFileSync(join(dir, 'a.txt'), ARTICLE);
  writeFileSync(join(dir, 'd.json'), decisions);
  return dir;
}

describe('mtqa apply', () => {
  const EXPECTED = '\ufeffThey left the poverty list.\r\nIts 16000 weak links remain.\r\n';

  it('prints the final text, keeping BOM and CRLF; the article is untouched', () => {
    const dir = workspace(decisionsFile([ACCEPT, REJECT, CUSTOM]));
    const r = runCli(['apply', 'a.txt', '--decisions', 'd.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(EXPECTED.slice(1));
    expect(r.stderr).toBe('mtqa: applied 2 accepted decisions (1 rejected)\n');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(ARTICLE);
  });

  it('--out writes the final text and prints a diff that git apply and patch -p1 apply', () => {
    const dir = workspace(decisionsFile([ACCEPT, REJECT, CUSTOM]));
    const r = runCli(['apply', 'a.txt', '--decisions', 'd.json', '--out', 'final.txt', '--diff', 'a.diff'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'final.txt'), 'utf8')).toBe(EXPECTED);
    expect(readFileSync(join(dir, 'a.diff'), 'utf8')).toBe(r.stdout);
    expect(spawnSync('git', ['init', '-q'], { cwd: dir }).status).toBe(0);
    expect(spawnSync('git', ['apply', 'a.diff'], { cwd: dir, encoding: 'utf8' }).stderr).toBe('');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(EXPECTED);
    expect(spawnSync('patch', ['-p1', '-R', '--quiet', '-i', 'a.diff'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(ARTICLE);
  });

  it('--write changes the article', () => {
    const dir = workspace(decisionsFile([ACCEPT, CUSTOM]));
    expect(runCli(['apply', 'a.txt', '--decisions', 'd.json', '--write'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(EXPECTED);
  });

  const refusals: [string, string, RegExp][] = [
    ['a changed article', decisionsFile([ACCEPT], `${TEXT} `), /a\.txt: the article changed since the report was made .*; check it again and review the new report$/m],
    ['overlapping decisions', decisionsFile([ACCEPT, { ...ACCEPT, finding: 5, ...at('their hats'), replacement: 'x' }]), /decisions overlap: finding 1 \(glossary\/hats, \[5, 24\)\) and finding 6 .* keep one of them/],
    ['a range whose text differs', decisionsFile([{ ...ACCEPT, text: 'took off his hats' }]), /finding 1 .*: the article has "took off their hats" there, the decision expects "took off his hats"/],
    ['not a decisions file', '{"files": []}', /d\.json: not an mtqa decisions file/],
    ['broken JSON', '{', /d\.json: not JSON/],
    ['an accept without replacement', decisionsFile([{ ...ACCEPT, replacement: undefined }]), /decision 1: an accepted decision needs a `replacement` string/],
  ];
  it.each(refusals)('refuses %s with exit 2 and one clear line', (_name, decisions, message) => {
    const dir = workspace(decisions);
    const r = runCli(['apply', 'a.txt', '--decisions', 'd.json', '--out', 'final.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  it('usage errors', () => {
    const dir = workspace(decisionsFile([]));
    expect(runCli(['apply', 'a.txt'], { cwd: dir }).stderr).toMatch(/apply: give an article and --decisions/);
    expect(runCli(['apply', 'a.txt', '--decisions', 'd.json', '--out', 'x', '--write'], { cwd: dir }).code).toBe(2);
    expect(runCli(['apply', 'a.txt', '--decisions', 'nope.json'], { cwd: dir }).stderr).toMatch(/nope\.json: no such file/);
  });
});
