/**
 * The target of a segment without the white space around it: where segment-level findings point.
 */
import type { RawFinding } from '../core/finding.js';
import type { Segment } from '../core/segment.js';
import type { Range } from './check.js';

/** A segment's target range, trimmed of white space (empty targets stay where they are). */
export function targetRange(text: string, segment: Segment): Range {
  let { start, end } = segment.target;
  while (start < end && /\s/u.test(text[start] as string)) start++;
  while (end > start && /\s/u.test(text[end - 1] as string)) end--;
  return start < end ? { start, end } : { start: segment.target.start, end: segment.target.start };
}

/**
 * A finding on a unit's whole target, as the unit-level checks report it (no fix: a person must
 * translate or correct the unit). `source` is the source text the finding is about.
 */
export function unitFinding(ruleId: string, category: string, range: Range, message: string, source: string): RawFinding {
  return { ruleId, severity: 'error', category, start: range.start, end: range.end, message, suggestions: [], fix: null, source, origin: 'check' };
}

/** The source shortened for a message: white space folded, at most 30 characters. */
export function shortSource(source: string): string {
  const flat = source.replace(/\s+/g, ' ').trim();
  return flat.length > 30 ? `${flat.slice(0, 29)}…` : flat;
}
