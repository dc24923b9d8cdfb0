/**
 * `--changed-since <ref>`: the lines changed since a git ref, from `git diff --unified=0` (the ref
 * against the working tree, so staged and unstaged edits count) and untracked files (wholly new).
 */
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { parseUnifiedDiff, type LineRanges } from '../core/changed-lines.js';
import { UsageError } from './errors.js';

function git(args: string[], cwd: string): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  if (r.error !== undefined) throw new UsageError(`--changed-since needs git: ${r.error.message}`);
  if (r.status !== 0) {
    const why = (r.stderr || r.stdout).trim().split('\n')[0] ?? '';
    throw new UsageError(`--changed-since: git ${args.find((a) => !a.startsWith('-') && !a.includes('=')) ?? ''} failed: ${why}`);
  }
  return r.stdout;
}

/** Everything of a file counts as changed. */
export const WHOLE_FILE: LineRanges = [[1, Number.MAX_SAFE_INTEGER]];

/**
 * Changed lines by real absolute path, for the repository that holds `cwd`.
 * @throws UsageError outside a repository or for a ref git does not know
 */
export function changedLinesSince(ref: string, cwd: string): Map<string, LineRanges> {
  if (ref.startsWith('-')) throw new UsageError(`--changed-since takes a git ref, not \`${ref}\``);
  const top = git(['rev-parse', '--show-toplevel'], cwd).trim();
  const known = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: top, encoding: 'utf8' });
  if (known.status !== 0) throw new UsageError(`--changed-since: \`${ref}\` is not a commit in this repository (a branch, tag or commit, e.g. origin/main)`);
  const diff = git(['-c', 'core.quotePath=false', 'diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-renames', ref, '--'], top);
  const changed = new Map<string, LineRanges>();
  for (const [path, ranges] of parseUnifiedDiff(diff)) changed.set(join(top, path), ranges);
  for (const path of git(['ls-files', '--others', '--exclude-standard', '-z'], top).split('\0')) {
    if (path !== '') changed.set(join(top, path), WHOLE_FILE);
  }
  return changed;
}

/** The real absolute path of a file (symlinks resolved), as keys of {@link changedLinesSince}. */
export function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
