/**
 * An avoid pattern that matches a whole preferred rendering (of its own entry or of any entry):
 * the glossary would ban its own approved wording, and a fix to that wording would be flagged
 * again. (An avoid pattern matching only part of a preferred rendering is fine: the matcher never
 * flags text inside an approved rendering.)
 */
import { firstWordBases, literalSteps, patternCovers } from '../pattern-overlap.js';
import { avoidPath, positionIn, where, type GlossaryLintRule, type LintReport, type LintSubject } from './lint-rule.js';

interface PreferredRef {
  subject: LintSubject;
  index: number;
  steps: ReturnType<typeof literalSteps>;
}

export const avoidMatchesPreferred: GlossaryLintRule = {
  id: 'avoid-matches-preferred',
  description: 'An avoid pattern that matches a preferred rendering (a fix loop).',
  severity: 'error',
  check(ctx) {
    const byFirst = new Map<string, PreferredRef[]>();
    for (const subject of ctx.applicable) {
      subject.entry.preferred.forEach((p, index) => {
        const steps = literalSteps(p);
        for (const base of firstWordBases([steps])) {
          const list = byFirst.get(base) ?? [];
          list.push({ subject, index, steps });
          byFirst.set(base, list);
        }
      });
    }
    const reports: LintReport[] = [];
    for (const subject of ctx.applicable) {
      subject.avoidSteps.forEach((steps, a) => {
        const pattern = subject.entry.avoid[a]?.pattern ?? '';
        for (const base of firstWordBases(steps)) {
          for (const ref of byFirst.get(base) ?? []) {
            if (!patternCovers(steps, [ref.steps])) continue;
            const preferred = ref.subject.entry.preferred[ref.index] ?? '';
            const message =
              ref.subject === subject
                ? `avoid pattern \`${pattern}\` matches this entry's own preferred rendering \`${preferred}\`: the approved wording would be flagged and the fix would loop; narrow the pattern (an exact form \`=word\`, more words) or remove it`
                : `avoid pattern \`${pattern}\` matches \`${preferred}\`, a preferred rendering of entry \`${ref.subject.entry.id}\` (${where(positionIn(ref.subject, ['preferred', ref.index]))}): that entry's fix would be flagged by this one; narrow the pattern or add an \`unless\``;
            reports.push({ at: positionIn(subject, avoidPath(subject, a)), message });
          }
        }
      });
    }
    return reports;
  },
};
