/**
 * The unified diffs must apply with `git apply` and `patch -p1` and give the fixed file byte for
 * byte: CRLF, lone CR, a missing final newline, a byte-order mark, paths with spaces and non-ASCII
 * names, and random texts and edits.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/edits.js';
import { unifiedDiff } from '../../src/reporters/diff.js';

interface Case {
  path: string;
  original: string;
  fixed: string;
  bom?: boolean;
}

function run(cmd: string, args: string[], cwd: string, input?: string): void {
  const r = spawnSync(cmd, args, { cwd, input, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}${r.stdout}`);
}

/** Writes the originals into a git repository and a plain directory, applies one combined patch with each tool, and returns the results. */
function applyWithBothTools(cases: readonly Case[]): { git: string[]; patch: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'mtqa-diff-'));
  try {
    const patch = cases.map((c) => unifiedDiff(c.path, c.original, c.fixed, { bom: c.bom === true })).join('');
    for (const tool of ['git', 'patch']) {
      for (const c of cases) {
        mkdirSync(dirname(join(root, tool, c.path)), { recursive: true });
        writeFileSync(join(root, tool, c.path), (c.bom === true ? '\ufeff' : '') + c.original);
      }
    }
    run('git', ['init', '-q'], join(root, 'git'));
    run('git', ['apply', '-'], join(root, 'git'), patch);
    run('patch', ['-p1', '--quiet', '--batch'], join(root, 'patch'), patch);
    const read = (tool: string): string[] => cases.map((c) => readFileSync(join(root, tool, c.path), 'utf8'));
    return { git: read('git'), patch: read('patch') };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('unifiedDiff', () => {
  it('writes a/ and b/ headers, and nothing for equal texts', () => {
    expect(unifiedDiff('./dir\\a.txt', 'x\n', 'y\n')).toBe('--- a/dir/a.txt\n+++ b/dir/a.txt\n@@ -1,1 +1,1 @@\n-x\n+y\n');
    expect(unifiedDiff('a.txt', 'same', 'same')).toBe('');
    expect(unifiedDiff('my "file".txt', 'x', 'y').split('\n')[0]).toBe('--- "a/my \\"file\\".txt"');
  });

  it('applies with git apply and patch -p1: CRLF, lone CR, no final newline, BOM, spaces and non-ASCII in paths', () => {
    const cases: Case[] = [
      { path: 'crlf.txt', original: 'one\r\ntwo\r\nthree\r\n', fixed: 'one\r\n2\r\nthree\r\n' },
      { path: 'no-eol.txt', original: 'a\nb\nc', fixed: 'a\nb\nC' },
      { path: 'add-eol.txt', original: 'a\nb', fixed: 'a\nb\n' },
      { path: 'drop-eol.txt', original: 'a\nb\n', fixed: 'a\nb' },
      { path: 'crlf-no-eol.txt', original: 'a\r\nb\r\nc', fixed: 'A\r\nb\r\nc' },
      { path: 'lone-cr.txt', original: 'a\rb\nc\r\n', fixed: 'a\rB\nc\r\n' },
      { path: 'bom.txt', original: 'first line\nsecond\n', fixed: 'First line\nsecond\n', bom: true },
      { path: 'sub dir/with space.txt', original: 'x\ny\n', fixed: 'x\nz\n' },
      { path: '新闻/稿件.txt', original: '16000 people\n', fixed: '16,000 people\n' },
      { path: 'delete-line.txt', original: 'keep\nFriendly Links\n\nkeep too\n', fixed: 'keep\nkeep too\n' },
      { path: 'far.txt', original: Array.from({ length: 40 }, (_, i) => `line ${i}`).join('\n'), fixed: Array.from({ length: 40 }, (_, i) => (i === 3 || i === 35 ? `LINE ${i}` : `line ${i}`)).join('\n') },
    ];
    const got = applyWithBothTools(cases);
    const want = cases.map((c) => (c.bom === true ? '\ufeff' : '') + c.fixed);
    expect(got.git).toEqual(want);
    expect(got.patch).toEqual(want);
  });

  it('applies for random texts and edits (both tools)', () => {
    const line = fc.stringMatching(/^[a-c ]{0,6}$/);
    const eol = fc.constantFrom('\n', '\r\n', '\r\n', '\n');
    const textArb = fc.array(fc.tuple(line, eol), { minLength: 1, maxLength: 12 }).chain((lines) =>
      fc.boolean().map((finalEol) => {
        const t = lines.map(([l, e]) => l + e).join('');
        return finalEol ? t : t.replace(/\r?\n$/, '');
      }),
    );
    const caseArb = textArb.chain((text) =>
      fc
        .array(fc.tuple(fc.nat(text.length), fc.nat(4), fc.constantFrom('', 'x', 'yy\n', 'z\r\n', 'Q')), { minLength: 1, maxLength: 4 })
        .map((raw) => ({ text, edits: raw.map(([start, len, t]) => ({ start, end: Math.min(text.length, start + len), text: t })) })),
    );
    const samples = fc.sample(caseArb, { numRuns: 60, seed: 3 });
    const cases: Case[] = samples
      .map((s, i) => {
        const fixed = applyEdits(s.text, s.edits).output;
        // A lone CR left at a line's end by an edit is not a line break for patch tools; keep to real files.
        return { path: `r/${i}.txt`, original: s.text, fixed };
      })
      .filter((c) => c.fixed !== c.original && !/\r(?!\n)/.test(c.fixed + c.original));
    expect(cases.length).toBeGreaterThan(20);
    const got = applyWithBothTools(cases);
    expect(got.git).toEqual(cases.map((c) => c.fixed));
    expect(got.patch).toEqual(cases.map((c) => c.fixed));
  });
});
