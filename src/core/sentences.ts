/**
 * Sentence segmentation of an article, for the LLM stage (one revision per sentence).
 *
 * A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it) when
 * whitespace and then a capital letter, a digit or an opening quote follow, and always at a line
 * break: headlines and subheads are lines of their own. A full stop does not end a sentence after
 * a known abbreviation (`Mr.`, `No.`, `U.S.`), after a single capital letter (an initial), or
 * inside a number (`1.749`). Chinese full stops end a sentence too.
 */

/** One sentence: `[start, end)` in 0-based UTF-16 offsets, trimmed of surrounding whitespace. */
export interface Sentence {
  start: number;
  end: number;
}

/** Words after which a full stop does not end the sentence (lower case, without the stop). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'nos', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'gov', 'gen', 'col', 'lt', 'sgt', 'rep', 'sen', 'inc', 'ltd', 'co', 'corp',
  'approx', 'dept', 'est', 'fig', 'jr', 'sr', 'mt', 'ft',
]);

const TERMINATOR = /[.!?\u2026\u3002\uff01\uff1f]/;
const CLOSER = /["'\u201d\u2019)\]\u300d\u300f]/;
const OPENER = /[\p{Lu}\p{N}"'\u201c\u2018(\[\u300c\u300e]/u;

/** Whether the full stop at `dot` follows an abbreviation, an initial or an acronym (`U.S.`). */
function abbreviationBefore(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1] as string)) s--;
  const word = text.slice(s, dot);
  if (word.length === 0) return false;
  if (/^\p{Lu}$/u.test(word)) return true;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Pushes the trimmed `[start, end)` when it holds anything but whitespace. */
function pushTrimmed(text: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  if (end > start) out.push({ start, end });
}

/** Splits a text into sentences, in order; the ranges never overlap and never cross a line break. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\n' || c === '\r') {
      pushTrimmed(text, start, i, out);
      start = i + 1;
      continue;
    }
    if (!TERMINATOR.test(c)) continue;
    if (c === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
    let end = i + 1;
    while (end < text.length && (TERMINATOR.test(text[end] as string) || CLOSER.test(text[end] as string))) end++;
    const cjk = c === '\u3002' || c === '\uff01' || c === '\uff1f';
    let next = end;
    while (next < text.length && (text[next] === ' ' || text[next] === '\t')) next++;
    const atLineEnd = next >= text.length || text[next] === '\n' || text[next] === '\r';
    const followedByStart = next > end && OPENER.test(text[next] ?? '');
    if (!(cjk || atLineEnd || followedByStart)) continue;
    if (c === '.' && end === i + 1 && abbreviationBefore(text, i) && !atLineEnd) continue;
    pushTrimmed(text, start, end, out);
    start = end;
    i = end - 1;
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}
