/**
 * Input formats by file extension. Each format's module (and its parser) is loaded only when a
 * file of that format is read, so checking `.txt` files never loads parse5, micromark or saxes.
 */
import type { FormatName, ProseView } from './prose-view.js';

/** Extensions mtqa reads, and their format. Anything else is read as plain text. */
export const FORMAT_EXTENSIONS: Readonly<Record<string, FormatName>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xlf': 'xliff',
  '.xliff': 'xliff',
  '.po': 'po',
};

/** The format of a file, by its extension (case-insensitive); plain text when unknown. */
export function formatOfPath(path: string): FormatName {
  const dot = path.lastIndexOf('.');
  const ext = dot < 0 ? '' : path.slice(dot).toLowerCase();
  return FORMAT_EXTENSIONS[ext] ?? 'text';
}

/** Whether a format holds its own Chinese source (so `--source` makes no sense for it). */
export function isBilingual(format: FormatName): boolean {
  return format === 'xliff' || format === 'po' || format === 'aligned-text';
}

/**
 * The prose view of a file's text in the given format.
 * @throws FormatError when the file is malformed (XLIFF, PO) or an aligned pair does not align
 */
export async function proseView(format: FormatName, text: string, pair?: { source: string; targetName: string; sourceName: string }): Promise<ProseView> {
  switch (format) {
    case 'text':
      if (pair !== undefined) return (await import('./aligned-text.js')).alignedTextProse(text, pair.source, pair.targetName, pair.sourceName);
      return (await import('./plain-text.js')).plainTextProse(text);
    case 'aligned-text':
      if (pair === undefined) throw new TypeError('an aligned pair needs its source text');
      return (await import('./aligned-text.js')).alignedTextProse(text, pair.source, pair.targetName, pair.sourceName);
    case 'markdown':
      return (await import('./markdown.js')).markdownProse(text);
    case 'html':
      return (await import('./html.js')).htmlProse(text);
    case 'xliff':
      return (await import('./xliff.js')).xliffProse(text);
    case 'po':
      return (await import('./po.js')).poProse(text);
  }
}

export { FormatError } from './prose-view.js';
export type { FormatName, ProseView, Segment } from './prose-view.js';
