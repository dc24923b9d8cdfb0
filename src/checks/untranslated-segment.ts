/**
 * A target that is its source copied unchanged (CJK left in a target is `untranslated-cjk`).
 */
import type { RawFinding } from '../core/finding.js';
import type { Check, CheckContext } from './check.js';
import { shortSource, targetRange, unitFinding } from './segment-range.js';

export const untranslatedSegment: Check = {
  id: 'untranslated-segment',
  description: 'A bilingual unit whose target is identical to its source.',
  category: 'untranslated',
  defaultSeverity: 'error',
  fixable: false,
  check(ctx: CheckContext): RawFinding[] {
    const text = ctx.source.text;
    const findings: RawFinding[] = [];
    for (const segment of ctx.segments ?? []) {
      const range = targetRange(text, segment);
      const target = text.slice(range.start, range.end);
      // Numbers, codes and names written alike in both languages are not untranslated.
      if (target === '' || target !== segment.source.trim() || !/[\p{L}]{2}/u.test(target)) continue;
      const message = `Untranslated unit ${segment.id}: the target is the source \`${shortSource(segment.source)}\` copied unchanged.`;
      findings.push(unitFinding('untranslated-segment', 'untranslated', range, message, segment.source));
    }
    return findings;
  },
};
