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
import { HASH_SEED, hashStep, LEXICON } from './lexicon.js';

export interface Tokens {
  /** Number of tokens. */
  readonly count: number;
  /** 0-based UTF-16 offset of each token's first code unit. */
  readonly starts: Int32Array;
  /** 0-based UTF-16 offset just past each token (exclusive). */
  readonly ends: Int32Array;
  /** 1 where a hard break separates token i from token i-1 (always 1 for token 0). */
  readonly breakBefore: Uint8Array;
  /** Id of each token's lower-cased form in the {@link LEXICON}: equal ids, equal words (case aside). */
  readonly word: Int32Array;
}

/** The token grammar, as a regular expression; {@link tokenize} implements it by hand (same tokens, no allocation per token). */
export const WORD = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['\u2019][\p{L}\p{M}]+)*/gu;

const NUMBER = /^\p{N}$/u;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/** Character classes, as bits: a number (`\p{N}`), a letter or mark (`\p{L}`, `\p{M}`). */
const IS_NUMBER = 1;
const IS_LETTER = 2;
/** Classes of the ASCII characters. */
const ASCII = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c++) ASCII[c] = IS_NUMBER;
for (let c = 0x41; c <= 0x5a; c++) ASCII[c] = IS_LETTER;
for (let c = 0x61; c <= 0x7a; c++) ASCII[c] = IS_LETTER;
/** Classes of code points above ASCII, computed once each (texts use few distinct ones). */
const wideClasses = new Map<number, number>();

/**
 * The class of the code point at `at` (a surrogate pair counts as one code point when both halves
 * lie before `to`) in the low two bits, and its width in code units (1 or 2) above them.
 */
function classAt(text: string, at: number, to: number): number {
  let cp = text.charCodeAt(at);
  if (cp < 0x80) return 4 | (ASCII[cp] as number);
  let width = 1;
  if (cp >= 0xd800 && cp <= 0xdbff && at + 1 < to) {
    const low = text.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      cp = ((cp - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
      width = 2;
    }
  }
  let c = wideClasses.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = NUMBER.test(ch) ? IS_NUMBER : LETTER_OR_MARK.test(ch) ? IS_LETTER : 0;
    wideClasses.set(cp, c);
  }
  return (width << 2) | c;
}

/** End of the run of characters of the given classes that starts at `at`. */
function runEnd(text: string, at: number, to: number, classes: number): number {
  let j = at;
  while (j < to) {
    const c = text.charCodeAt(j);
    if (c < 0x80) {
      if (((ASCII[c] as number) & classes) === 0) break;
      j++;
      continue;
    }
    const k = classAt(text, j, to);
    if ((k & classes) === 0) break;
    j += k >> 2;
  }
  return j;
}

/** Whether `text[from, to)` (the characters between two tokens) holds a hard break. */
function hardBreakIn(text: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
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
        if (i + 1 < to && text.charCodeAt(i + 1) === 0x2d) return true;
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

/** Whether the characters between two tokens (`gap`) hold a hard break. */
export function isHardBreak(gap: string): boolean {
  return hardBreakIn(gap, 0, gap.length);
}

/**
 * Splits `text[from, to)` into tokens (the whole text by default): the matches of {@link WORD},
 * found by a hand-written scan so that no string or match object is made per token. Each token's
 * word is interned in the {@link LEXICON}; a token of ASCII letters and digits only (most of an
 * English text) is hashed while it is scanned, so its characters are read once more only to
 * confirm the lexicon's entry.
 */
export function tokenize(text: string, from = 0, to = text.length): Tokens {
  let capacity = Math.max(16, (to - from) >> 2);
  let starts: Int32Array = new Int32Array(capacity);
  let ends: Int32Array = new Int32Array(capacity);
  let word: Int32Array = new Int32Array(capacity);
  let breaks = new Uint8Array(capacity);
  let count = 0;
  let previousEnd = from;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const k = c < 0x80 ? 4 | (ASCII[c] as number) : classAt(text, i, to);
    const cls = k & 3;
    if (cls === 0) {
      i += k >> 2;
      continue;
    }
    // Fast path: the ASCII letters and digits at the token's start, hashed as they are read.
    let hash = HASH_SEED;
    let ascii = i;
    const classes = cls === IS_NUMBER ? IS_NUMBER : IS_NUMBER | IS_LETTER;
    for (; ascii < to; ascii++) {
      const a = text.charCodeAt(ascii);
      if (a >= 0x80 || ((ASCII[a] as number) & classes) === 0) break;
      hash = hashStep(hash, a >= 0x41 && a <= 0x5a ? a | 0x20 : a);
    }
    let end = ascii < to && text.charCodeAt(ascii) >= 0x80 ? runEnd(text, ascii, to, classes) : ascii;
    if (cls === IS_NUMBER) {
      // \p{N}+ (?:[.,]\p{N}+)*
      for (;;) {
        const p = end + 1 < to ? text.charCodeAt(end) : 0;
        if ((p !== 0x2e && p !== 0x2c) || (classAt(text, end + 1, to) & 3) !== IS_NUMBER) break;
        end = runEnd(text, end + 1, to, IS_NUMBER);
      }
    } else {
      // [\p{L}\p{M}\p{N}]+ (?:['\u2019][\p{L}\p{M}]+)*
      for (;;) {
        const p = end + 1 < to ? text.charCodeAt(end) : 0;
        if ((p !== 0x27 && p !== 0x2019) || (classAt(text, end + 1, to) & 3) !== IS_LETTER) break;
        end = runEnd(text, end + 1, to, IS_LETTER);
      }
    }
    if (count === capacity) {
      capacity *= 2;
      starts = grow(starts, capacity);
      ends = grow(ends, capacity);
      word = grow(word, capacity);
      const b = new Uint8Array(capacity);
      b.set(breaks);
      breaks = b;
    }
    starts[count] = i;
    ends[count] = end;
    word[count] = end === ascii ? LEXICON.idOfAscii(text, i, end, hash) : LEXICON.idOf(text, i, end);
    // Most gaps are one space: no break, and no need to look.
    breaks[count] = count === 0 || ((i - previousEnd !== 1 || text.charCodeAt(previousEnd) !== 0x20) && hardBreakIn(text, previousEnd, i)) ? 1 : 0;
    previousEnd = end;
    count++;
    i = end;
  }
  return { count, starts: starts.subarray(0, count), ends: ends.subarray(0, count), breakBefore: breaks.subarray(0, count), word: word.subarray(0, count) };
}

function grow(array: Int32Array, capacity: number): Int32Array {
  const next = new Int32Array(capacity);
  next.set(array);
  return next;
}

/** The words of a short phrase, lower-cased, e.g. for building keys from a glossary pattern. */
export function words(phrase: string): string[] {
  const t = tokenize(phrase);
  const out: string[] = [];
  for (let i = 0; i < t.count; i++) out.push(LEXICON.word(t.word[i] as number));
  return out;
}
