/**
 * A translation unit with no target, or an empty one: nothing was translated.
 */
import type { RawFinding } from '../core/finding.js';
import type { Check, CheckContext } from './check.js';
import { targetRange } from './segment-range.js';

/** The source shortened for a message. */
export function shortSource(source: string): string {
  const flat = source.replace(/\s+/g, ' ').trim();
  return flat.length > 30 ? `${flat.slice(0, 29)}…` : flat;
}

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
      findings.push({
        ruleId: 'missing-target',
        severity: 'error',
        category: 'untranslated',
        start: range.start,
        end: range.end,
        message: `${segment.missing ? 'Missing' : 'Empty'} target for unit ${segment.id}: translate \`${shortSource(segment.source)}\`.`,
        suggestions: [],
        fix: null,
        source: segment.source,
        origin: 'check',
      });
    }
    return findings;
  },
};
