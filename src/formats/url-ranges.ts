/**
 * URLs and e-mail addresses written in prose: never checked as words.
 */
import type { OffsetRange } from './prose-view.js';

const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'）)]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/giu;

/** Ranges of the URLs and e-mail addresses in a text. */
export function urlRanges(text: string): OffsetRange[] {
  return Array.from(text.matchAll(URL), (m) => ({ start: m.index, end: m.index + m[0].length }));
}
