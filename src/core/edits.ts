/**
 * Fixes are data (`Edit`), applied in exactly one place.
 *
 * Rule for overlaps, as ESLint's SourceCodeFixer: edits are sorted by start (then end); an edit
 * whose range overlaps the range of an edit already applied is skipped. Two insertions at the same
 * offset, or an insertion at the boundary of a replacement, do not overlap. Nothing outside the
 * applied ranges changes.
 */
import type { Edit } from './finding.js';

export interface ApplyResult<E extends Edit> {
  /** The text with every applied edit. */
  output: string;
  /** Edits that were applied, in text order. */
  applied: E[];
  /** Edits that were not applied because they overlapped an applied edit. */
  skipped: E[];
}

/** Whether two edits' ranges overlap (touching ranges and insertions at a boundary do not). */
export function editsOverlap(a: Edit, b: Edit): boolean {
  if (a.start === a.end || b.start === b.end) return a.start > b.start && a.start < b.end || b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/**
 * Applies non-overlapping edits to a text.
 * @throws RangeError when an edit lies outside the text or has end < start
 */
export function applyEdits<E extends Edit>(text: string, edits: readonly E[]): ApplyResult<E> {
  for (const e of edits) {
    if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && 0 <= e.start && e.start <= e.end && e.end <= text.length)) {
      throw new RangeError(`edit [${e.start}, ${e.end}) is outside the text (0..${text.length})`);
    }
  }
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: E[] = [];
  const skipped: E[] = [];
  const parts: string[] = [];
  let cursor = 0;
  let last: E | undefined;
  for (const e of sorted) {
    if (last !== undefined && (editsOverlap(last, e) || e.start < cursor)) {
      skipped.push(e);
      continue;
    }
    parts.push(text.slice(cursor, e.start), e.text);
    cursor = e.end;
    applied.push(e);
    last = e;
  }
  parts.push(text.slice(cursor));
  return { output: parts.join(''), applied, skipped };
}

/**
 * Gives a replacement the case of the text it replaces: a capitalised original gets a
 * capitalised replacement ("Taking off hats" → "Leaving the poverty list"), an all-capitals
 * original of more than one letter an all-capitals replacement; otherwise the replacement is kept
 * as the glossary wrote it (so names keep their capitals).
 */
export function matchCase(original: string, replacement: string): string {
  if (replacement.length === 0) return replacement;
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return replacement.toUpperCase();
  const first = letters[0];
  if (first !== undefined && first !== first.toLowerCase()) {
    const cp = replacement.codePointAt(0) as number;
    const head = String.fromCodePoint(cp);
    return head.toUpperCase() + replacement.slice(head.length);
  }
  return replacement;
}
