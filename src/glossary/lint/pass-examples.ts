/** Every `examples.pass` sentence must be flagged by no entry at all. */
import { describeFinding, glossaryFindings } from './glossary-findings.js';
import { positionIn, type GlossaryLintRule, type LintReport } from './lint-rule.js';

export const passExamples: GlossaryLintRule = {
  id: 'pass-examples',
  description: 'A pass example that some entry flags.',
  severity: 'error',
  check(ctx) {
    const reports: LintReport[] = [];
    for (const subject of ctx.applicable) {
      subject.entry.examples.pass.forEach((sentence, k) => {
        for (const f of glossaryFindings(sentence, ctx.compiled)) {
          reports.push({
            at: positionIn(subject, ['examples', 'pass', k]),
            message: `this pass example is flagged by ${describeFinding(f)}; narrow that pattern, add an \`unless\` context, or change the example`,
          });
        }
      });
    }
    return reports;
  },
};
