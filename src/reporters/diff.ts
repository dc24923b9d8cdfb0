/**
 * Unified diffs between a file and its fixed version that `git apply` and `patch -p1` apply.
 *
 * The texts are compared as the file holds them: a byte-order mark is put back in front (else the
 * first line would not match), CRLF and lone CR stay inside their lines (both tools split lines
 * at LF only), and a last line without a line break gets "\ No newline at end of file". A path
 * with spaces, quotes, backslashes or control characters is written C-quoted, as git does.
 */
import { createTwoFilesPatch } from 'diff';
import { applyEdits } from '../core/edits.js';
import type { Reporter } from './types.js';

const C_ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** `a/path` as a diff header writes it: plain, or C-quoted when the path needs it. */
function headerPath(prefix: 'a/' | 'b/', path: string): string {
  const full = prefix + path;
  if (!/[\s"\\\u0000-\u001f\u007f]/.test(full)) return full;
  return `"${full.replace(/["\\\t\n\r]|[\u0000-\u001f\u007f]/g, (c) => C_ESCAPES[c] ?? `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`)}"`;
}

export interface DiffOptions {
  /** The file starts with a byte-order mark (not part of `original` or `fixed`). */
  bom?: boolean;
  /** Lines of context around each change (default 3). */
  context?: number;
}

/**
 * @param path the file's path relative to the directory the patch is applied in, used in the
 *   `a/` and `b/` headers (so `patch -p1` and `git apply` find it)
 * @param original the text as checked (without its byte-order mark)
 * @param fixed the text after the edits
 * @returns the diff, or `''` when the texts are equal
 */
export function unifiedDiff(path: string, original: string, fixed: string, options: DiffOptions = {}): string {
  if (original === fixed) return '';
  const clean = path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
  const bom = options.bom === true ? '\ufeff' : '';
  const patch = createTwoFilesPatch(clean, clean, bom + original, bom + fixed, undefined, undefined, { context: options.context ?? 3 });
  // jsdiff starts with "Index:" and "====" lines and writes the names unquoted; patch tools want
  // plain `--- a/` and `+++ b/` headers.
  const body = patch.slice(patch.indexOf('\n@@') + 1);
  return `--- ${headerPath('a/', clean)}\n+++ ${headerPath('b/', clean)}\n${body}`;
}

/** The diff of every file's safe fixes, one file after another: `mtqa check --format diff`. */
export const diffReporter: Reporter = (results) =>
  results
    .map((r) => {
      const fixed = applyEdits(r.text, r.findings.flatMap((f) => (f.fix === null ? [] : [f.fix]))).output;
      return unifiedDiff(r.path, r.text, fixed, { bom: r.bom === true });
    })
    .join('');
