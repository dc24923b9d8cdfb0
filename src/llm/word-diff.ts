/**
 * The real difference between a sentence and its revision, word by word (jsdiff's `diffArrays`
 * over word and punctuation tokens), as hunks that say which words of the original changed.
 */
import { diffArrays } from 'diff';

/** A word or punctuation token: `[start, end)` in 0-based UTF-16 offsets of its string. */
export interface WordToken {
  text: string;
  start: number;
  end: number;
}

/** One changed region: original tokens `[first, last)` became `to`. */
export interface DiffHunk {
  /** Index of the first original token replaced (for a pure insertion: the token it goes before). */
  first: number;
  /** Index just past the last original token replaced (`first` for a pure insertion). */
  last: number;
  /** The original text replaced (empty for an insertion). */
  from: string;
  /** The new text (empty for a deletion). */
  to: string;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['\u2019.,][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/** Word and punctuation tokens of a text; whitespace separates tokens and is not one. */
export function wordTokens(text: string): WordToken[] {
  return Array.from(text.matchAll(TOKEN), (m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

function slice(text: string, tokens: readonly WordToken[], first: number, last: number): string {
  if (last <= first) return '';
  return text.slice((tokens[first] as WordToken).start, (tokens[last - 1] as WordToken).end);
}

/** The hunks that turn `original` into `revised`, in order. Whitespace-only changes are not hunks. */
export function wordDiff(original: string, revised: string): DiffHunk[] {
  const a = wordTokens(original);
  const b = wordTokens(revised);
  const parts = diffArrays(
    a.map((t) => t.text),
    b.map((t) => t.text),
  );
  const hunks: DiffHunk[] = [];
  let i = 0;
  let j = 0;
  let open: { first: number; last: number; bFirst: number; bLast: number } | null = null;
  const close = (): void => {
    if (open === null) return;
    hunks.push({ first: open.first, last: open.last, from: slice(original, a, open.first, open.last), to: slice(revised, b, open.bFirst, open.bLast) });
    open = null;
  };
  for (const part of parts) {
    if (!part.added && !part.removed) {
      close();
      i += part.count;
      j += part.count;
      continue;
    }
    open ??= { first: i, last: i, bFirst: j, bLast: j };
    if (part.removed) {
      i += part.count;
      open.last = i;
    } else {
      j += part.count;
      open.bLast = j;
    }
  }
  close();
  return hunks;
}
