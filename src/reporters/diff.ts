/**
 * A unified diff between a text and its fixed version, for `patch -p1` and `git apply`.
 */
import { createTwoFilesPatch } from 'diff';

/**
 * @param path the file's path relative to the repository root, used in the `a/` and `b/` headers
 */
export function unifiedDiff(path: string, original: string, fixed: string): string {
  if (original === fixed) return '';
  const clean = path.replace(/\\/g, '/').replace(/^\.\//, '');
  const patch = createTwoFilesPatch(`a/${clean}`, `b/${clean}`, original, fixed, undefined, undefined, { context: 3 });
  // Drop the "Index:"/"====" preamble: plain `--- a/` `+++ b/` headers are what patch tools expect.
  return patch.replace(/^(?:Index:[^\n]*\n)?=+\n/, '');
}
