/**
 * A finding's fingerprint: what identifies "the same problem" across edits of the file, for
 * baselines and SARIF `partialFingerprints`. It hashes the rule id, the matched text and the words
 * around it on the same line — never line numbers or offsets — so inserting or removing lines
 * elsewhere leaves it unchanged, while rewording the sentence around the finding changes it.
 */
import type { Finding } from './finding.js';
import { hashString } from './hash.js';

/** Words taken on each side of the match. */
export const CONTEXT_WORDS = 3;

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

function lineBounds(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && text[from - 1] !== '\n' && text[from - 1] !== '\r') from--;
  let to = end;
  while (to < text.length && text[to] !== '\n' && text[to] !== '\r') to++;
  return [from, to];
}

function normalize(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The words around `[start, end)`: up to {@link CONTEXT_WORDS} before and after, lower-cased,
 * from the lines the range touches.
 */
export function contextWords(text: string, start: number, end: number): { before: string[]; after: string[] } {
  const [from, to] = lineBounds(text, start, end);
  const before = (text.slice(from, start).match(WORD) ?? []).slice(-CONTEXT_WORDS);
  const after = (text.slice(end, to).match(WORD) ?? []).slice(0, CONTEXT_WORDS);
  return { before: before.map((w) => w.toLowerCase()), after: after.map((w) => w.toLowerCase()) };
}

/** The fingerprint of a finding in `text` (the text its offsets point into): 28 hex digits. */
export function findingFingerprint(text: string, finding: Pick<Finding, 'ruleId' | 'start' | 'end'>): string {
  const { before, after } = contextWords(text, finding.start, finding.end);
  return hashString([finding.ruleId, normalize(text.slice(finding.start, finding.end)), before.join(' '), after.join(' ')].join('\u0000'));
}
