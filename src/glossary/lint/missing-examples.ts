/** Warns about an entry without examples: they are its tests (`mtqa glossary lint` runs them). */
import { positionIn, type GlossaryLintRule, type LintReport } from './lint-rule.js';

export const missingExamples: GlossaryLintRule = {
  id: 'missing-examples',
  description: 'An entry with no flag or no pass examples.',
  severity: 'warning',
  check(ctx) {
    const reports: LintReport[] = [];
    for (const subject of ctx.applicable) {
      const { flag, pass } = subject.entry.examples;
      const at = positionIn(subject, ['id']);
      if (flag.length === 0 && pass.length === 0) {
        reports.push({ at, message: 'no examples: add `examples.flag` (sentences this entry must flag) and `examples.pass` (near misses no entry may flag)' });
      } else if (flag.length === 0) {
        reports.push({ at, message: 'no `examples.flag`: add a sentence this entry must flag' });
      } else if (pass.length === 0) {
        reports.push({ at, message: 'no `examples.pass`: add a near-miss sentence that no entry may flag' });
      }
    }
    return reports;
  },
};
