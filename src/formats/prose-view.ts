/**
 * What an input format hands the linter: the prose of a file, the map back to the file as
 * written, what not to check, and for bilingual formats the segments with their Chinese source.
 */
import type { ProseMap } from '../core/prose-map.js';
import type { Segment } from '../core/segment.js';

export type { Segment } from '../core/segment.js';

/** A `[start, end)` range of 0-based UTF-16 offsets. */
export interface OffsetRange {
  start: number;
  end: number;
}

/** The input formats mtqa reads. */
export type FormatName = 'text' | 'html' | 'markdown' | 'xliff' | 'po' | 'aligned-text';

/** An element that the page's structure marks as furniture (nav, footer, comment section). */
export interface FurnitureRegion {
  /** The element's prose range. */
  prose: OffsetRange;
  /** What it is, for the message: `navigation (<nav>)`, `comment section (class="comments")`. */
  kind: string;
}

/** A block of prose (one line of the view) and the element of the file that holds just it. */
export interface ProseBlock {
  prose: OffsetRange;
  /** The element's whole range in the file, start tag to end tag. */
  file: OffsetRange;
}

export interface ProseView {
  format: FormatName;
  /** The prose the checks read: text only, blocks separated by blank lines. */
  prose: string;
  /** Prose offsets → file offsets. */
  map: ProseMap;
  /** Prose ranges that are not prose after all (code spans, URLs); no finding may lie inside one. */
  excluded: OffsetRange[];
  /** Page furniture recognised by structure (HTML). */
  furniture: FurnitureRegion[];
  /** Blocks whose element can be deleted whole (HTML), for fixes that delete a line. */
  blocks: ProseBlock[];
  /** Translation units, for bilingual formats; absent for monolingual ones. */
  segments?: Segment[];
}

/** A file the format's parser cannot read; line and column are 1-based (column in UTF-16 code units). */
export class FormatError extends Error {
  override name = 'FormatError';
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/** Line and column (1-based) of a 0-based offset, for format errors raised before a SourceText exists. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
