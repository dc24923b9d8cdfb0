/**
 * Avoid patterns that claim the same renderings: two patterns matching exactly the same phrases,
 * one pattern whose every phrase another also matches (it is shadowed), or two patterns sharing
 * some phrase. Across entries these compete for the same text (the longest match wins, then the
 * earlier entry), so one entry silently never fires; within one entry the extra pattern is dead
 * weight (a warning).
 */
import { firstWordBases, patternCovers, shareSequence } from '../pattern-overlap.js';
import { avoidPath, positionIn, where, type GlossaryLintRule, type LintReport, type LintSubject } from './lint-rule.js';

interface AvoidRef {
  subject: LintSubject;
  avoid: number;
  order: number;
}

function label(ref: AvoidRef): string {
  return `\`${ref.subject.entry.avoid[ref.avoid]?.pattern ?? ''}\``;
}

function describeOther(ref: AvoidRef, same: boolean): string {
  return same ? `${label(ref)} of this entry` : `${label(ref)} of entry \`${ref.subject.entry.id}\` (${where(positionIn(ref.subject, avoidPath(ref.subject, ref.avoid)))})`;
}

export const overlappingPatterns: GlossaryLintRule = {
  id: 'overlapping-patterns',
  description: 'Two avoid patterns claiming the same rendering, or one fully covered by another.',
  severity: 'error',
  check(ctx) {
    const refs: AvoidRef[] = [];
    for (const subject of ctx.applicable) subject.entry.avoid.forEach((_, avoid) => refs.push({ subject, avoid, order: refs.length }));
    const buckets = new Map<string, AvoidRef[]>();
    for (const ref of refs) {
      for (const base of firstWordBases(ref.subject.avoidSteps[ref.avoid] ?? [])) {
        const list = buckets.get(base);
        if (list === undefined) buckets.set(base, [ref]);
        else list.push(ref);
      }
    }
    const compared = new Set<string>();
    const reports: LintReport[] = [];
    for (const list of buckets.values()) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i] as AvoidRef;
          const b = list[j] as AvoidRef;
          const pair = `${a.order}:${b.order}`;
          if (compared.has(pair)) continue;
          compared.add(pair);
          const report = compare(a, b);
          if (report !== undefined) reports.push(report);
        }
      }
    }
    return reports;
  },
};

/** Compares two avoid patterns (`a` written first); reports at the one to change. */
function compare(a: AvoidRef, b: AvoidRef): LintReport | undefined {
  const stepsA = a.subject.avoidSteps[a.avoid] ?? [];
  const stepsB = b.subject.avoidSteps[b.avoid] ?? [];
  const same = a.subject === b.subject;
  const severity = same ? 'warning' : 'error';
  const at = (ref: AvoidRef) => positionIn(ref.subject, avoidPath(ref.subject, ref.avoid));
  const bInA = patternCovers(stepsA, stepsB);
  const aInB = patternCovers(stepsB, stepsA);
  if (aInB && bInA) {
    const message = same
      ? `${label(b)} matches the same phrases as ${label(a)} of this entry; remove one`
      : `${label(b)} matches the same phrases as ${describeOther(a, false)}: two entries claim the same rendering; keep it in one entry`;
    return { at: at(b), message, severity };
  }
  if (bInA || aInB) {
    const [inner, outer] = bInA ? [b, a] : [a, b];
    const message = same
      ? `${label(inner)} is shadowed: every phrase it matches is also matched by ${describeOther(outer, true)}; remove it`
      : `${label(inner)} is shadowed: every phrase it matches is also matched by ${describeOther(outer, false)}, so the two entries compete for the same text; remove it or narrow the other pattern`;
    return { at: at(inner), message, severity };
  }
  if (shareSequence(stepsA, stepsB)) {
    const message = same
      ? `${label(b)} and ${label(a)} of this entry share a phrase; remove the overlap`
      : `${label(b)} and ${describeOther(a, false)} both match some of the same phrases: two entries claim one rendering; split the alternatives so each phrase belongs to one entry`;
    return { at: at(b), message, severity };
  }
  return undefined;
}
