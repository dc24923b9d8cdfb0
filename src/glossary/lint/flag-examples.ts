/**
 * Every `examples.flag` sentence must be flagged by its own entry (not only by another one), and
 * applying the fixes must neither leave that entry's finding behind nor create a new finding.
 */
import { applyEdits } from '../../core/edits.js';
import { describeFinding, findingEntryId, glossaryFindings } from './glossary-findings.js';
import { positionIn, type GlossaryLintRule, type LintReport } from './lint-rule.js';

export const flagExamples: GlossaryLintRule = {
  id: 'flag-examples',
  description: 'A flag example that its entry does not flag, or whose fix leaves or creates a finding.',
  severity: 'error',
  check(ctx) {
    const reports: LintReport[] = [];
    for (const subject of ctx.applicable) {
      const id = subject.entry.id;
      subject.entry.examples.flag.forEach((sentence, k) => {
        const at = positionIn(subject, ['examples', 'flag', k]);
        const findings = glossaryFindings(sentence, ctx.compiled);
        if (!findings.some((f) => findingEntryId(f) === id)) {
          const others = findings.map(describeFinding);
          const instead = others.length === 0 ? '' : `; ${others.join(', ')} matched instead (the longest match wins)`;
          reports.push({ at, message: `this flag example is not flagged by entry \`${id}\`${instead}; widen a pattern or fix the example` });
          return;
        }
        const fixes = findings.flatMap((f) => (f.fix === null ? [] : [f.fix]));
        if (fixes.length === 0) return;
        const fixed = applyEdits(sentence, fixes).output;
        const before = new Set(findings.filter((f) => f.fix === null).map((f) => `${f.ruleId}\u0000${f.text}`));
        for (const f of glossaryFindings(fixed, ctx.compiled)) {
          if (before.has(`${f.ruleId}\u0000${f.text}`)) continue;
          const what = findingEntryId(f) === id ? `leaves \`${f.text}\` flagged by this entry` : `creates a finding of ${describeFinding(f)}`;
          reports.push({ at, message: `fixing this flag example gives "${fixed}", which ${what}: a fix loop; change the replacement or the patterns` });
        }
      });
    }
    return reports;
  },
};
