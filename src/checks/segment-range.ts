/**
 * The target of a segment without the white space around it: where segment-level findings point.
 */
import type { Segment } from '../core/segment.js';
import type { Range } from './check.js';

/** A segment's target range, trimmed of white space (empty targets stay where they are). */
export function targetRange(text: string, segment: Segment): Range {
  let { start, end } = segment.target;
  while (start < end && /\s/u.test(text[start] as string)) start++;
  while (end > start && /\s/u.test(text[end - 1] as string)) end--;
  return start < end ? { start, end } : { start: segment.target.start, end: segment.target.start };
}
