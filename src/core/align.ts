/**
 * Aligning one expanded pattern with the tokens a match covers: which tokens each step took.
 *
 * The phrase index reports only where a match begins and ends. Context (`< >`) and gap captures
 * (`$1` in replacements) need to know which tokens the context and each gap took; this walks the
 * pattern's sequences again over those few tokens, so the cost is paid only for findings that use
 * these features.
 */
import { LEXICON } from './lexicon.js';
import type { Step } from './pattern.js';
import type { Tokens } from './tokens.js';

/** For each step, the tokens it took: `[first, end)` token indices (a gap may take none). */
export type StepSpans = [number, number][];

/**
 * Finds how `steps` cover exactly tokens `first..last` (inclusive), or null when they do not.
 * Gaps are tried shortest first, so the alignment is deterministic.
 */
export function alignSteps(steps: readonly Step[], tokens: Tokens, first: number, last: number): StepSpans | null {
  // A token's word keys, from the lexicon that already knows its word and inflection key.
  const keysOf = (t: number): [string, string] => {
    const word = tokens.word[t] as number;
    return [LEXICON.inflectionKey(word), `=${LEXICON.word(word)}`];
  };
  const spans: StepSpans = [];
  const walk = (i: number, t: number): boolean => {
    if (i === steps.length) return t === last + 1;
    const step = steps[i] as Step;
    if (step.kind === 'word') {
      if (t > last) return false;
      const [key, exact] = keysOf(t);
      if (step.key !== key && step.key !== exact) return false;
      spans[i] = [t, t + 1];
      return walk(i + 1, t + 1);
    }
    for (let k = step.min; k <= step.max && t + k <= last + 1; k++) {
      spans[i] = [t, t + k];
      if (walk(i + 1, t + k)) return true;
    }
    return false;
  };
  return walk(0, first) ? spans : null;
}

/** The text each gap took, in order (`$1` is the first); an empty gap gives ''. */
export function gapCaptures(steps: readonly Step[], spans: StepSpans, text: string, tokens: Tokens): string[] {
  const captures: string[] = [];
  steps.forEach((step, i) => {
    if (step.kind !== 'gap') return;
    const [a, b] = spans[i] as [number, number];
    captures.push(a === b ? '' : text.slice(tokens.starts[a], tokens.ends[b - 1]));
  });
  return captures;
}

/** Fills `$1`…`$9` in a replacement and tidies the spaces an empty capture leaves. */
export function fillCaptures(replacement: string, captures: readonly string[]): string {
  if (!replacement.includes('$')) return replacement;
  return replacement
    .replace(/\$(\d)/g, (_m, n: string) => captures[Number(n) - 1] ?? '')
    .replace(/ {2,}/g, ' ')
    .trim();
}
