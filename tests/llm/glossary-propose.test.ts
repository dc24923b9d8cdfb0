import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../cli/run-cli.js';

const GLOSSARY = 'glossary: t\nversion: 1\nentries:\n  - id: hats\n    category: term\n    severity: error\n    preferred: [removed from the poverty list]\n    avoid: ["take off [its] hat"]\n    note: n\n';
const SENTENCE = 'Cadres made unremitting efforts to win the decisive battle.';

function reviewFinding(text: string, suggestion: string, status: string, sentence = SENTENCE): object {
  const start = sentence.indexOf(text);
  return {
    ruleId: 'llm/fluency', severity: 'warning', category: 'fluency', start, end: start + text.length, line: 4, column: start + 1, endLine: 4, endColumn: start + text.length + 1,
    text, message: 'Stock phrase rendered word for word (major)', suggestions: status === 'accepted' ? [suggestion] : [], fix: null, origin: 'llm',
    llm: { kind: 'review', model: 'claude-sonnet-5-5', status, sentence, mqmSeverity: 'major' },
  };
}

function workspace(findings: object[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'mtqa-propose-'));
  mkdirSync(join(dir, 'g'));
  writeFileSync(join(dir, 'g/t.yaml'), GLOSSARY);
  writeFileSync(join(dir, 'report.json'), JSON.stringify({ version: 1, files: [{ path: 'a.txt', findings }] }));
  writeFileSync(join(dir, 'b.txt'), 'They made unremitting efforts again.\n');
  return dir;
}

describe('mtqa glossary propose', () => {
  it('writes verified review findings as proposed entries that mtqa check can load', () => {
    const dir = workspace([
      reviewFinding('unremitting efforts', 'sustained efforts', 'accepted'),
      reviewFinding('win the decisive battle', 'x', 'rejected'),
      reviewFinding('take off its hat', 'leave the list', 'accepted', 'The county will take off its hat soon.'),
    ]);
    const r = runCli(['glossary', 'propose', 'report.json', '--glossary', 'g'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('1 entry proposed, 1 finding skipped (already in the glossary or too long); 1 in proposed-glossary.yaml\n');
    const written = parse(readFileSync(join(dir, 'proposed-glossary.yaml'), 'utf8')) as { entries: Record<string, unknown>[] };
    expect(written.entries).toEqual([
      {
        id: 'unremitting-efforts', category: 'fluency', severity: 'warning', preferred: ['sustained efforts'], avoid: ['unremitting efforts'], fixable: false,
        note: 'Stock phrase rendered word for word. Proposed by claude-sonnet-5-5 from a.txt:4; review before approving.', examples: { flag: [SENTENCE] }, status: 'proposed',
      },
    ]);
    const check = runCli(['check', 'b.txt', '--glossary', 'g', '--glossary', 'proposed-glossary.yaml', '--include-proposed', '--fail-on', 'never'], { cwd: dir });
    expect(check.stdout).toContain('b.txt:1:11  warning  Unidiomatic phrasing `unremitting efforts`: use `sustained efforts`.  glossary/unremitting-efforts');
    const without = runCli(['check', 'b.txt', '--glossary', 'g', '--glossary', 'proposed-glossary.yaml', '--fail-on', 'never'], { cwd: dir });
    expect(without.stdout).not.toContain('unremitting');
  });

  it('merges a second run into the file without duplicating entries', () => {
    const dir = workspace([reviewFinding('unremitting efforts', 'sustained efforts', 'accepted')]);
    runCli(['glossary', 'propose', 'report.json', '--glossary', 'g'], { cwd: dir });
    const again = runCli(['glossary', 'propose', 'report.json', '--glossary', 'g'], { cwd: dir });
    expect(again.stdout).toMatch(/^0 entries proposed, .*; 1 in proposed-glossary\.yaml$/m);
  });

  it('refuses what is not a report, and unknown subcommands, with exit 2', () => {
    const dir = workspace([]);
    writeFileSync(join(dir, 'x.json'), '{"a":1}');
    expect(runCli(['glossary', 'propose', 'x.json'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'mtqa: x.json: not an mtqa JSON report (write one with `mtqa check --format json` or --out)\n' });
    expect(runCli(['glossary', 'frob'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'mtqa: unknown glossary subcommand `frob`; subcommands: lint, fmt, add, stats, import, export, docs, propose\n' });
  });
});
