/**
 * The CSV layout of a glossary: one row per avoided rendering. Rows with the same `id` form one
 * entry; the entry's own columns may be left empty on its later rows (the export fills them on
 * the first row only) but must not disagree. Cells that hold several values (`preferred`,
 * `avoid_unless`, `unless`, `flag_examples`, `pass_examples`) put one value per line.
 */

/** The columns, in the order `export` writes them. */
export const CSV_COLUMNS = [
  'id',
  'source',
  'category',
  'severity',
  'status',
  'owner',
  'preferred',
  'avoid',
  'replacement',
  'avoid_unless',
  'unless',
  'fixable',
  'note',
  'flag_examples',
  'pass_examples',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Columns that belong to one avoided rendering (the others belong to the entry). */
export const AVOID_COLUMNS: readonly CsvColumn[] = ['avoid', 'replacement', 'avoid_unless'];

/** The values of a multi-value cell, one per line. */
export function cellValues(cell: string): string[] {
  return cell
    .split(/\r?\n/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}
