/**
 * Word tokens of a text, with the boundaries a phrase may not cross.
 *
 * A token is a run of letters and digits, with apostrophes allowed inside a word (`China's`) and
 * `.`/`,` allowed between digits (`1.749`, `42,100`). Everything else (spaces, line breaks,
 * hyphens, quotes, brackets, punctuation) separates tokens, so `public-service` and
 * `public service` tokenise alike. A *hard break* stands between two tokens when the characters
 * between them contain sentence or clause punctuation (`. ! ? ; :`), a dash used as punctuation
 * (`—`, `–`, ` -- `), or a blank line; glossary patterns never match across one.
 */
export interface Tokens {
  /** Number of tokens. */
  readonly count: number;
  /** 0-based UTF-16 offset of each token's first code unit. */
  readonly starts: Int32Array;
  /** 0-based UTF-16 offset just past each token (exclusive). */
  readonly ends: Int32Array;
  /** 1 where a hard break separates token i from token i-1 (always 1 for token 0). */
  readonly breakBefore: Uint8Array;
}

const WORD = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['\u2019][\p{L}\p{M}]+)*/gu;

/** Whether the characters between two tokens (`gap`) hold a hard break. */
export function isHardBreak(gap: string): boolean {
  if (gap.length === 0) return false;
  let newlines = 0;
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    switch (c) {
      case 0x2e: // .
      case 0x21: // !
      case 0x3f: // ?
      case 0x3b: // ;
      case 0x3a: // :
      case 0x2014: // em dash
      case 0x2013: // en dash
      case 0x2026: // ellipsis
      case 0x3002: // ideographic full stop
      case 0xff01:
      case 0xff1f:
      case 0xff1b:
      case 0xff1a:
        return true;
      case 0x2d: // a double hyphen stands for a dash
        if (gap.charCodeAt(i + 1) === 0x2d) return true;
        break;
      case 0x0a:
        if (++newlines >= 2) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

/** Splits `text[from, to)` into tokens (the whole text by default). */
export function tokenize(text: string, from = 0, to = text.length): Tokens {
  const re = new RegExp(WORD.source, 'gu');
  re.lastIndex = from;
  const slice = to === text.length ? text : text.slice(0, to);
  let capacity = Math.max(16, (to - from) >> 2);
  let starts: Int32Array = new Int32Array(capacity);
  let ends: Int32Array = new Int32Array(capacity);
  let breaks = new Uint8Array(capacity);
  let count = 0;
  let previousEnd = from;
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    if (count === capacity) {
      capacity *= 2;
      starts = grow(starts, capacity);
      ends = grow(ends, capacity);
      const b = new Uint8Array(capacity);
      b.set(breaks);
      breaks = b;
    }
    const start = m.index;
    const end = start + m[0].length;
    starts[count] = start;
    ends[count] = end;
    breaks[count] = count === 0 || isHardBreak(slice.slice(previousEnd, start)) ? 1 : 0;
    previousEnd = end;
    count++;
  }
  return { count, starts: starts.subarray(0, count), ends: ends.subarray(0, count), breakBefore: breaks.subarray(0, count) };
}

function grow(array: Int32Array, capacity: number): Int32Array {
  const next = new Int32Array(capacity);
  next.set(array);
  return next;
}

/** The words of a short phrase, lower-cased, e.g. for building keys from a glossary pattern. */
export function words(phrase: string): string[] {
  // matchAll clones the (already compiled) regex, so one module-level instance serves every call.
  return Array.from(phrase.matchAll(WORD), (m) => m[0].toLowerCase());
}
