/**
 * A translation unit of a bilingual input (XLIFF unit, PO entry, aligned paragraph), as the
 * source-aware checks see it.
 */

export interface Segment {
  /** The unit's id (XLIFF `id`, PO context and line, paragraph number), for messages. */
  id: string;
  /** The Chinese source text, decoded. */
  source: string;
  /**
   * The target's `[start, end)` range in the checked text (0-based UTF-16 offsets). Empty when
   * the target is empty or missing; it then lies where a target would be written.
   */
  target: { start: number; end: number };
  /** Whether the file has no target element at all (XLIFF without `<target>`). */
  missing: boolean;
  /**
   * The plural form (PO `msgstr[n]`), when the unit has several: the forms of one entry share a
   * source and differ on purpose.
   */
  pluralForm?: number;
}
