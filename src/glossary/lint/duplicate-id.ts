/**
 * Two entries of one layer (one command-line argument: a file, or every file of a directory) with
 * the same id. Within one file the loader already reports it; this rule covers ids repeated across
 * the files of a directory. A later layer reusing an id is an override, not a mistake.
 */
import type { GlossaryLintRule, LintReport } from './lint-rule.js';
import { positionIn, where } from './lint-rule.js';

export const duplicateId: GlossaryLintRule = {
  id: 'duplicate-id',
  description: 'An id used twice in one layer (across the files of a directory).',
  severity: 'error',
  check(ctx) {
    const reports: LintReport[] = [];
    const first = new Map<string, (typeof ctx.subjects)[number]>();
    for (const s of ctx.subjects) {
      const key = `${s.layer}\u0000${s.entry.id}`;
      const seen = first.get(key);
      if (seen === undefined) {
        first.set(key, s);
        continue;
      }
      if (seen.parsed === s.parsed) continue; // reported by the loader
      reports.push({ at: positionIn(s, ['id']), message: `duplicate id \`${s.entry.id}\`, first defined at ${where(positionIn(seen, ['id']))}; rename one` });
    }
    return reports;
  },
};
