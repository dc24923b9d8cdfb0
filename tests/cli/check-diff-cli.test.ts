import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from './run-cli.js';

it('mtqa check --format diff prints the safe fixes as a patch that git apply and patch -p1 apply', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mtqa-format-diff-'));
  mkdirSync(join(dir, 'g'));
  writeFileSync(join(dir, 'g/t.yaml'), 'glossary: t\nversion: 1\nentries:\n  - id: hats\n    category: term\n    severity: error\n    preferred: [left the poverty list]\n    avoid: ["take off [their|its] hat"]\n    note: n\n');
  const original = '\ufeffThey took off their hats.\r\nIts 16000 people.';
  writeFileSync(join(dir, 'a.txt'), original);
  writeFileSync(join(dir, 'b.txt'), original);
  const r = runCli(['check', 'a.txt', '--glossary', 'g', '--format', 'diff'], { cwd: dir });
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('--- a/a.txt\n+++ b/a.txt\n@@ -1,2 +1,2 @@\n-\ufeffThey took off their hats.\r\n-Its 16000 people.\n\\ No newline at end of file\n+\ufeffThey left the poverty list.\r\n+Its 16,000 people.\n\\ No newline at end of file\n');
  const fixed = '\ufeffThey left the poverty list.\r\nIts 16,000 people.';
  expect(spawnSync('git', ['init', '-q'], { cwd: dir }).status).toBe(0);
  expect(spawnSync('git', ['apply', '-'], { cwd: dir, input: r.stdout, encoding: 'utf8' }).stderr).toBe('');
  expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(fixed);
  expect(spawnSync('patch', ['-p1', '--quiet', '--batch'], { cwd: dir, input: r.stdout.replace(/a\.txt/g, 'b.txt') }).status).toBe(0);
  expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe(fixed);
});
