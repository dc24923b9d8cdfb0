/**
 * A pair of aligned plain-text files: the English target checked as plain text, and its Chinese
 * source (`mtqa check en.txt --source zh.txt`). Paragraphs are separated by blank lines; the n-th
 * paragraph of one is the translation of the n-th of the other.
 */
import { ProseMap } from '../core/prose-map.js';
import { FormatError, lineColumn, type OffsetRange, type ProseView } from './prose-view.js';

/** The non-blank paragraphs of a text, with their ranges (trimmed). */
export function paragraphs(text: string): OffsetRange[] {
  const out: OffsetRange[] = [];
  const separator = /(?:\r?\n|\r)[ \t\u3000]*(?:(?:\r?\n|\r)[ \t\u3000]*)+/g;
  let from = 0;
  const push = (start: number, end: number): void => {
    const chunk = text.slice(start, end);
    const trimmedStart = start + (chunk.length - chunk.trimStart().length);
    const trimmedEnd = end - (chunk.length - chunk.trimEnd().length);
    if (trimmedEnd > trimmedStart) out.push({ start: trimmedStart, end: trimmedEnd });
  };
  for (const m of text.matchAll(separator)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

/**
 * The prose view of an English text aligned paragraph by paragraph with its Chinese source.
 * @param targetName and sourceName name the files in the message when the counts differ
 * @throws FormatError when the two have different numbers of paragraphs
 */
export function alignedTextProse(target: string, source: string, targetName: string, sourceName: string): ProseView {
  const targets = paragraphs(target);
  const sources = paragraphs(source);
  if (targets.length !== sources.length) {
    const longer = targets.length > sources.length ? target : source;
    const extra = (targets.length > sources.length ? targets : sources)[Math.min(targets.length, sources.length)] as OffsetRange;
    const at = lineColumn(longer, extra.start);
    throw new FormatError(
      `${targetName} has ${targets.length} paragraphs but ${sourceName} has ${sources.length}; they must align one to one (paragraphs are separated by blank lines; the first without a partner starts at line ${at.line} of ${targets.length > sources.length ? targetName : sourceName})`,
      at.line,
      at.column,
    );
  }
  const segments = targets.map((t, i) => {
    const s = sources[i] as OffsetRange;
    return { id: `paragraph ${i + 1}`, source: source.slice(s.start, s.end), target: t, missing: false };
  });
  return { format: 'aligned-text', prose: target, map: ProseMap.identity(target), excluded: [], furniture: [], blocks: [], segments };
}
