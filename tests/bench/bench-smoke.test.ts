/**
 * A tiny run of the benchmark (npm run bench -- --smoke), so the harness cannot rot. No timing
 * is asserted (machines are noisy); the hit counts are: every tool must find what was planted for
 * it, and on the literal-only subset mtqa must find exactly what the Aho–Corasick baseline finds.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run-cli.js';

interface Row {
  tool: string;
  entries: number | null;
  bytes: number;
  seconds: number | null;
  timedOut: boolean;
  hits: number | null;
  expected: number | null;
}

const dir = mkdtempSync(join(tmpdir(), 'mtqa-bench-smoke-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('benchmark smoke run', () => {
  it('runs every tool on tiny inputs, finds what was planted and writes the report', () => {
    const out = join(dir, 'bench.md');
    const run = spawnSync(process.execPath, ['bench/run.mjs', '--smoke', '--out', out, '--data', join(dir, 'data')], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toContain('wrote');
    expect(run.status).toBe(0);
    const result = JSON.parse(readFileSync(join(dir, 'bench.json'), 'utf8')) as {
      rows: Row[];
      extras: {
        literal: { mtqa: number; ac: number; planted: number; same: boolean };
        startup: { node: number; mtqa: number };
        jobs: { available: boolean; hitsOne: number; hitsTwo: number; hitsApart: number; coresOne: number; ceiling: { arithmetic: number; lookups: number } };
      };
    };
    const tools = new Set(result.rows.map((r) => r.tool));
    expect([...tools].sort()).toEqual(['ac', 'floor', 'mtqa', 'regexp', 'textlint']);
    for (const r of result.rows) {
      if (r.tool === 'floor' || r.timedOut) continue;
      expect(r.hits, `${r.tool} on ${r.entries} entries × ${r.bytes} bytes`).toBe(r.expected);
    }
    // mtqa finds forms the literal tools cannot (inflections, gaps), so its count differs from theirs.
    expect(result.rows.some((r) => r.tool === 'mtqa' && r.hits !== result.rows.find((a) => a.tool === 'ac' && a.entries === r.entries && a.bytes === r.bytes)?.hits)).toBe(true);
    const { literal } = result.extras;
    expect(literal.planted).toBeGreaterThan(0);
    expect(literal).toMatchObject({ mtqa: literal.planted, ac: literal.planted, same: true });
    expect(result.extras.startup.mtqa).toBeGreaterThan(0);
    // The many-files runs check the same articles whatever the split: one pool, two jobs, two processes.
    const { jobs } = result.extras;
    expect(jobs.available).toBe(true);
    expect(jobs.hitsOne).toBeGreaterThan(0);
    expect([jobs.hitsTwo, jobs.hitsApart]).toEqual([jobs.hitsOne, jobs.hitsOne]);
    expect(jobs.coresOne).toBeGreaterThan(0.5);
    expect(jobs.ceiling.arithmetic).toBeGreaterThan(0);
    expect(jobs.ceiling.lookups).toBeGreaterThan(0);
    const report = readFileSync(out, 'utf8');
    expect(report).toMatch(/^# mtqa benchmark \(smoke run\)/);
    expect(report).toContain('| entries | text | tool | time (s) | runs | MB/s | peak RSS (MiB) | hits | planted |');
    expect(report).toContain('## Targets');
  }, 300_000);

  it('a baseline over the time limit is not run on bigger inputs, and the report says so', () => {
    // textlint cannot even start in 50 ms: its first cell times out, the three bigger ones are skipped.
    const out = join(dir, 'limit.md');
    const run = spawnSync(process.execPath, ['bench/run.mjs', '--smoke', '--tools', 'textlint', '--timeout', '0.05', '--out', out, '--data', join(dir, 'limit')], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const rows = (JSON.parse(readFileSync(join(dir, 'limit.json'), 'utf8')) as { rows: (Row & { skipped?: boolean })[] }).rows;
    expect(rows.map((r) => [r.entries, r.bytes > 30_000 ? 'big' : 'small', r.timedOut, r.skipped === true])).toEqual([
      [20, 'small', true, false],
      [60, 'small', true, true],
      [20, 'big', true, true],
      [60, 'big', true, true],
    ]);
    expect(readFileSync(out, 'utf8')).toContain('over 0.05 s (not run: a smaller input was)');
  }, 60_000);
});
