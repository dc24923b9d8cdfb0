/**
 * Plain text (`.txt` and anything without a known extension): the file is its own prose.
 */
import { ProseMap } from '../core/prose-map.js';
import type { ProseView } from './prose-view.js';

/** The prose view of a plain-text file: every offset maps to itself. */
export function plainTextProse(text: string): ProseView {
  return { format: 'text', prose: text, map: ProseMap.identity(text), excluded: [], furniture: [], blocks: [] };
}
