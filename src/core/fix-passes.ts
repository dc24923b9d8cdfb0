/**
 * Fixing in passes, as ESLint's `--fix` does: apply every safe fix that does not overlap another,
 * re-check the result, and repeat until a pass changes nothing (at most {@link MAX_FIX_PASSES}).
 * A fix skipped for overlapping in one pass is recomputed on the new text and applied in the next,
 * so fixing the fixed text changes nothing.
 */
import { applyEdits } from './edits.js';
import type { Finding } from './finding.js';

/** Most passes before fixing stops (a glossary whose fixes keep re-triggering would loop). */
export const MAX_FIX_PASSES = 10;

export interface FixPassesResult {
  /** The text after the last pass. */
  output: string;
  /** Passes that changed the text. */
  passes: number;
  /** Fixes applied, over all passes. */
  applied: number;
}

/**
 * Runs fix passes with a checker that may be synchronous or asynchronous.
 * @param first the findings of `text` when the caller already has them
 */
export async function fixInPasses(text: string, check: (text: string) => readonly Finding[] | Promise<readonly Finding[]>, first?: readonly Finding[]): Promise<FixPassesResult> {
  let output = text;
  let findings = first ?? (await check(text));
  let passes = 0;
  let applied = 0;
  while (passes < MAX_FIX_PASSES) {
    const edits = findings.flatMap((f) => (f.fix === null ? [] : [f.fix]));
    if (edits.length === 0) break;
    const result = applyEdits(output, edits);
    if (result.output === output) break;
    output = result.output;
    applied += result.applied.length;
    passes++;
    findings = await check(output);
  }
  return { output, passes, applied };
}
