/** CSV import in the layout `csv-columns.ts` describes; mistakes are reported with their line. */
import { parse } from 'csv-parse/sync';
import type { Severity } from '../../core/finding.js';
import type { EntryStatus } from '../../core/glossary.js';
import { avoidData, examplesData, normaliseEntryData, type EntryData } from '../entry-data.js';
import { AVOID_COLUMNS, cellValues, CSV_COLUMNS, type CsvColumn } from './csv-columns.js';
import { CATEGORIES, defaultNote, patternFromTerm, uniqueId } from './imported-entry.js';
import { InterchangeError, type ImportDefaults, type ImportResult } from './interchange-error.js';

interface Row {
  cells: Partial<Record<CsvColumn, string>>;
  line: number;
}

function readRows(text: string): Row[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, info: true, skip_empty_lines: true, relax_column_count: false }) as unknown as typeof records;
  } catch (error) {
    const e = error as Error & { lines?: number };
    throw new InterchangeError(`invalid CSV: ${e.message.replace(/^Invalid [^:]*: /, '').replace(/\s*(?:at|on) line \d+.*$/s, '')}`, typeof e.lines === 'number' ? e.lines : 1);
  }
  const header = records[0];
  if (header === undefined) throw new InterchangeError('the CSV file is empty: it needs a header row naming its columns', 1);
  const names = header.record.map((h) => h.trim().toLowerCase());
  names.forEach((name, i) => {
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      throw new InterchangeError(`unknown column \`${name}\` (column ${i + 1}); the columns are ${CSV_COLUMNS.join(', ')}`, header.info.lines, i + 1);
    }
  });
  for (const required of ['preferred', 'avoid'] as const) {
    if (!names.includes(required)) throw new InterchangeError(`the header has no \`${required}\` column; it needs at least preferred and avoid`, header.info.lines);
  }
  return records.slice(1).map(({ record, info }) => {
    const cells: Partial<Record<CsvColumn, string>> = {};
    names.forEach((name, i) => {
      const value = (record[i] ?? '').trim();
      if (value !== '') cells[name as CsvColumn] = value;
    });
    return { cells, line: info.lines };
  });
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], column: string, line: number): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InterchangeError(`\`${column}\` must be one of ${allowed.join(', ')}, not \`${value}\``, line);
}

/** Reads a glossary CSV. @throws InterchangeError with the line of the mistake */
export function importCsv(text: string, defaults: ImportDefaults = {}): ImportResult {
  const rows = readRows(text);
  const groups = new Map<string, Row[]>();
  let anonymous = 0;
  for (const row of rows) {
    const key = row.cells.id ?? `\u0000${anonymous++}`;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [row]);
    else list.push(row);
  }
  const taken = new Set<string>();
  const entries: EntryData[] = [];
  for (const group of groups.values()) {
    const first = group[0] as Row;
    const entryCell = (column: CsvColumn): string | undefined => {
      let value: string | undefined;
      let from = first.line;
      for (const row of group) {
        const v = row.cells[column];
        if (v === undefined) continue;
        if (value !== undefined && v !== value) {
          throw new InterchangeError(`\`${column}\` differs from line ${from} for id \`${first.cells.id ?? ''}\`; fill it on one row or make the rows agree`, row.line);
        }
        if (value === undefined) from = row.line;
        value = v;
      }
      return value;
    };
    for (const column of CSV_COLUMNS) if (!AVOID_COLUMNS.includes(column)) entryCell(column);
    const preferred = cellValues(entryCell('preferred') ?? '');
    if (preferred.length === 0) throw new InterchangeError('no `preferred` rendering; fill the preferred cell', first.line);
    const avoid = group.map((row) => {
      const pattern = patternFromTerm(row.cells.avoid ?? '');
      if (pattern === undefined) throw new InterchangeError('no `avoid` pattern on this row; every row names one avoided rendering', row.line);
      return avoidData(pattern, row.cells.replacement, cellValues(row.cells.avoid_unless ?? ''));
    });
    const fixable = entryCell('fixable')?.toLowerCase();
    if (fixable !== undefined && !['yes', 'no', 'true', 'false'].includes(fixable)) {
      throw new InterchangeError(`\`fixable\` must be yes or no, not \`${fixable}\``, first.line);
    }
    const source = entryCell('source');
    const data: EntryData = {
      id: uniqueId(entryCell('id'), preferred[0] as string, taken),
      category: oneOf(entryCell('category'), CATEGORIES, 'category', first.line) ?? defaults.category ?? 'term',
      severity: oneOf<Severity>(entryCell('severity') as Severity | undefined, ['error', 'warning', 'info'], 'severity', first.line) ?? defaults.severity ?? 'warning',
      preferred,
      avoid,
      note: entryCell('note') ?? defaultNote(source, preferred[0] as string, typeof avoid[0] === 'string' ? avoid[0] : (avoid[0]?.pattern ?? '')),
    };
    if (source !== undefined) data.source = source;
    const status = oneOf<EntryStatus>(entryCell('status') as EntryStatus | undefined, ['approved', 'proposed', 'deprecated'], 'status', first.line);
    if (status !== undefined) data.status = status;
    const owner = entryCell('owner');
    if (owner !== undefined) data.owner = owner;
    if (fixable === 'no' || fixable === 'false') data.fixable = false;
    const unless = cellValues(entryCell('unless') ?? '');
    if (unless.length > 0) data.unless = unless;
    const examples = examplesData(cellValues(entryCell('flag_examples') ?? ''), cellValues(entryCell('pass_examples') ?? ''));
    if (examples !== undefined) data.examples = examples;
    entries.push(normaliseEntryData(data));
  }
  return { entries, warnings: [] };
}
