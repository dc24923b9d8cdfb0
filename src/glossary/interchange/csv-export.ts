/** CSV export in the layout `csv-columns.ts` describes; `importCsv` reads it back to an equal glossary. */
import { stringify } from 'csv-stringify/sync';
import type { EntryData } from '../entry-data.js';
import { CSV_COLUMNS, type CsvColumn } from './csv-columns.js';

/** Writes entries as CSV, one row per avoided rendering, entry columns on each entry's first row. */
export function exportCsv(entries: readonly EntryData[]): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const entry of entries) {
    entry.avoid.forEach((avoid, a) => {
      const cells: Partial<Record<CsvColumn, string>> = { id: entry.id };
      if (a === 0) {
        cells.source = entry.source ?? '';
        cells.category = entry.category;
        cells.severity = entry.severity;
        cells.status = entry.status ?? '';
        cells.owner = entry.owner ?? '';
        cells.preferred = entry.preferred.join('\n');
        cells.unless = (entry.unless ?? []).join('\n');
        cells.fixable = entry.fixable === false ? 'no' : '';
        cells.note = entry.note;
        cells.flag_examples = (entry.examples?.flag ?? []).join('\n');
        cells.pass_examples = (entry.examples?.pass ?? []).join('\n');
      }
      if (typeof avoid === 'string') {
        cells.avoid = avoid;
      } else {
        cells.avoid = avoid.pattern;
        cells.replacement = avoid.replacement ?? '';
        cells.avoid_unless = (avoid.unless ?? []).join('\n');
      }
      rows.push(CSV_COLUMNS.map((c) => cells[c] ?? ''));
    });
  }
  return stringify(rows, { record_delimiter: 'unix' });
}
