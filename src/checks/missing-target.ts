/**
 * A translation unit with no target, or an empty one: nothing was translated.
 */
import type { RawFinding } from '../core/finding.js';
import type { Check, CheckContext } from './check.js';
import { shortSource, targetRange, unitFinding } from './segment-range.js';

export const missingTarget: Check = {
  id: 'missing-target',
  description: 'A bilingual unit whose target is missing or empty.',
  category: 'untranslated',
  defaultSeverity: 'error',
  fixable: false,
  check(ctx: CheckContext): RawFinding[] {
    const text = ctx.source.text;
    const findings: RawFinding[] = [];
    for (const segment of ctx.segments ?? []) {
      if (segment.source.trim() === '') continue;
      const range = targetRange(text, segment);
      if (range.end > range.start) continue;
      const message = `${segment.missing ? 'Missing' : 'Empty'} target for unit ${segment.id}: translate \`${shortSource(segment.source)}\`.`;
      findings.push(unitFinding('missing-target', 'untranslated', range, message, segment.source));
    }
    return findings;
  },
};
