/**
 * Warns about a note too short to help an editor. (A missing note is a schema error: every entry
 * must say what its source means.)
 */
import { words } from '../../core/tokens.js';
import { positionIn, type GlossaryLintRule } from './lint-rule.js';

/** Fewest words a note should have. */
export const MIN_NOTE_WORDS = 4;

export const thinNote: GlossaryLintRule = {
  id: 'thin-note',
  description: `A note of fewer than ${MIN_NOTE_WORDS} words.`,
  severity: 'warning',
  check(ctx) {
    return ctx.applicable
      .filter((s) => words(s.entry.note).length < MIN_NOTE_WORDS)
      .map((s) => ({
        at: positionIn(s, ['note']),
        message: `the note is too short to help editors (under ${MIN_NOTE_WORDS} words): say what the source means and why the avoided renderings mislead`,
      }));
  },
};
