/**
 * Turning foreign terms into mtqa entries: ids from text, patterns from plain terms, and a note
 * when the source format has none.
 */
import { expandPattern, PatternError } from '../../core/pattern.js';
import { words } from '../../core/tokens.js';

/** mtqa's entry categories (the schema's enum). */
export const CATEGORIES = ['term', 'idiom', 'name', 'meaning', 'fluency', 'style', 'number', 'boilerplate'] as const;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A unique kebab-case id: `wanted` when it already is one, else built from the words of `text`
 * (ASCII letters and digits, at most six words), with `-2`, `-3`… on a clash. Records it in `taken`.
 */
export function uniqueId(wanted: string | undefined, text: string, taken: Set<string>): string {
  let base = wanted !== undefined && KEBAB.test(wanted) ? wanted : '';
  if (base === '') {
    const ascii = words(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
      .map((w) => w.replace(/[^a-z0-9]/g, ''))
      .filter((w) => w !== '');
    base = ascii.slice(0, 6).join('-') || 'entry';
  }
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Whether a text is a valid pattern in mtqa's pattern language. */
export function isValidPattern(text: string): boolean {
  try {
    expandPattern(text);
    return true;
  } catch (error) {
    if (error instanceof PatternError) return false;
    throw error;
  }
}

/**
 * A pattern for a term from another tool: the term itself when it is already a valid pattern
 * (mtqa's own exports), else its words (brackets, `|` and `=` would otherwise be read as syntax).
 * Returns undefined when the term has no words at all.
 */
export function patternFromTerm(term: string): string | undefined {
  const trimmed = term.trim().replace(/\s+/g, ' ');
  if (isValidPattern(trimmed)) return trimmed;
  const plain = words(trimmed).join(' ');
  return plain === '' ? undefined : plain;
}

/** A note built from the terms, for formats that carry none. */
export function defaultNote(source: string | undefined, preferred: string, avoided: string): string {
  return `${source === undefined ? '' : `${source}: `}use “${preferred}”, not “${avoided}” (imported without a note).`;
}
