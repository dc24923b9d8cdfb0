/**
 * Which lines of which files changed, from `git diff --unified=0` output, and whether a finding
 * touches one of them (`--changed-since`). Pure: the CLI runs git.
 */
import type { Finding } from './finding.js';

/** Changed lines of one file as inclusive 1-based `[first, last]` ranges, sorted. */
export type LineRanges = [number, number][];

function unquote(path: string): string {
  if (!path.startsWith('"')) return path;
  // git's C-style quoting: octal escapes are UTF-8 bytes.
  const bytes: number[] = [];
  const body = path.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = body[++i] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(({ n: 10, t: 9, '"': 34, '\\': 92 } as Record<string, number>)[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * Parses a unified diff with zero context into the added or changed lines of each new-side file
 * (paths as git prints them after `b/`, relative to the repository root). Pure deletions change
 * no line of the new file and are left out.
 */
export function parseUnifiedDiff(diff: string): Map<string, LineRanges> {
  const files = new Map<string, LineRanges>();
  let current: LineRanges | null = null;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = line.slice(4).replace(/\t.*$/, '');
      if (target === '/dev/null') {
        current = null;
        continue;
      }
      const path = unquote(target).replace(/^b\//, '');
      current = files.get(path) ?? [];
      files.set(path, current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk !== null && current !== null) {
      const first = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      if (count > 0) current.push([first, first + count - 1]);
    }
  }
  for (const ranges of files.values()) ranges.sort((a, b) => a[0] - b[0]);
  return files;
}

/** Whether any line a finding spans is among the changed lines. */
export function touchesChangedLines(finding: Pick<Finding, 'line' | 'endLine'>, ranges: LineRanges): boolean {
  return ranges.some(([first, last]) => finding.line <= last && finding.endLine >= first);
}
