/**
 * Comparing expanded patterns: whether one pattern matches every phrase another matches, and
 * whether a pattern matches a whole phrase. Works on the word/gap steps of `expandPattern`, so it
 * sees exactly what the matcher sees (inflection keys, exact forms, gaps).
 */
import { wordKey, type Step } from '../core/pattern.js';
import { inflectionKey } from '../core/inflection.js';
import { words } from '../core/tokens.js';

/** Whether a pattern word `outer` matches every token that pattern word `inner` matches. */
export function keyCovers(outer: string, inner: string): boolean {
  if (outer === inner) return true;
  // `hat` (any inflection) covers the exact form `=hats`, not the other way round.
  return !outer.startsWith('=') && inner.startsWith('=') && inflectionKey(inner.slice(1)) === outer;
}

/**
 * Whether the sequence `outer` matches every token span `inner` matches, over the same span.
 * A gap of `outer` may absorb words and gaps of `inner` whose length range lies within its own.
 */
export function sequenceCovers(outer: readonly Step[], inner: readonly Step[]): boolean {
  const memo = new Map<number, boolean>();
  const go = (i: number, j: number): boolean => {
    if (j === outer.length) return i === inner.length;
    const id = i * 64 + j;
    const known = memo.get(id);
    if (known !== undefined) return known;
    const o = outer[j] as Step;
    let result = false;
    if (o.kind === 'word') {
      const n = inner[i];
      result = n !== undefined && n.kind === 'word' && keyCovers(o.key, n.key) && go(i + 1, j + 1);
    } else {
      let min = 0;
      let max = 0;
      for (let k = i; ; k++) {
        if (min >= o.min && max <= o.max && go(k, j + 1)) {
          result = true;
          break;
        }
        const n = inner[k];
        if (n === undefined) break;
        min += n.kind === 'word' ? 1 : n.min;
        max += n.kind === 'word' ? 1 : n.max;
        if (min > o.max) break;
      }
    }
    memo.set(id, result);
    return result;
  };
  return go(0, 0);
}

/** Whether every sequence of `inner` is covered by some sequence of `outer`. */
export function patternCovers(outer: readonly Step[][], inner: readonly Step[][]): boolean {
  return inner.every((a) => outer.some((b) => sequenceCovers(b, a)));
}

/** A string that is equal for equal sequences. */
export function sequenceSignature(steps: readonly Step[]): string {
  return steps.map((s) => (s.kind === 'word' ? s.key : `{${s.min},${s.max}}`)).join(' ');
}

/** Whether two patterns share at least one identical expanded sequence. */
export function shareSequence(a: readonly Step[][], b: readonly Step[][]): boolean {
  const signatures = new Set(a.map(sequenceSignature));
  return b.some((s) => signatures.has(sequenceSignature(s)));
}

/** A literal phrase as steps of exact word forms (what a text containing it would hold). */
export function literalSteps(phrase: string): Step[] {
  return words(phrase).map((w) => ({ kind: 'word', key: wordKey(w, true) }));
}

/** The inflection key a pattern's sequences can start with (for bucketing comparisons). */
export function firstWordBases(sequences: readonly Step[][]): Set<string> {
  const out = new Set<string>();
  for (const s of sequences) {
    const first = s[0];
    if (first?.kind === 'word') out.add(first.key.startsWith('=') ? inflectionKey(first.key.slice(1)) : first.key);
  }
  return out;
}
