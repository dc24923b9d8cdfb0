/**
 * An avoided rendering's own `replacement` that the glossary itself flags: applying the fix would
 * produce a new finding, a fix loop. (Preferred renderings cannot be flagged on their own: the
 * matcher never flags text inside an approved rendering.)
 */
import { describeFinding, glossaryFindings } from './glossary-findings.js';
import { positionIn, type GlossaryLintRule, type LintReport } from './lint-rule.js';

export const replacementFlagged: GlossaryLintRule = {
  id: 'replacement-flagged',
  description: 'A replacement that the glossary itself would flag.',
  severity: 'error',
  check(ctx) {
    const reports: LintReport[] = [];
    for (const subject of ctx.applicable) {
      subject.entry.avoid.forEach((avoid, a) => {
        if (avoid.replacement === undefined || avoid.replacement.trim() === '') return;
        for (const finding of glossaryFindings(avoid.replacement, ctx.compiled)) {
          reports.push({
            at: positionIn(subject, ['avoid', a, 'replacement']),
            message: `the replacement \`${avoid.replacement}\` is itself flagged by ${describeFinding(finding)}: the fix would loop; change the replacement or narrow that entry's pattern`,
          });
        }
      });
    }
    return reports;
  },
};
