/**
 * Content hashes that tie a review report and an editor's decisions to the exact article text.
 */
import { createHash } from 'node:crypto';

/**
 * `sha256:<64 hex digits>` of a text encoded as UTF-8. The text is the decoded article without
 * its byte-order mark ({@link SourceText.text}), so re-encoding a file does not change it but any
 * edit to its characters, line ends included, does.
 */
export function contentHash(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}
