/** A file that cannot be imported at all (invalid XML or CSV, not a TBX file), with its position. */
export class InterchangeError extends Error {
  constructor(
    message: string,
    /** 1-based line of the mistake. */
    readonly line: number,
    /** 1-based column, when known. */
    readonly column = 1,
  ) {
    super(message);
    this.name = 'InterchangeError';
  }
}

/** What every importer returns: entries in file order, and warnings about what was left out. */
export interface ImportResult {
  entries: import('../entry-data.js').EntryData[];
  warnings: { line: number; column: number; message: string }[];
}

/** Defaults for fields a foreign format does not carry. */
export interface ImportDefaults {
  /** Category of imported entries (default `term`). */
  category?: string;
  /** Severity of imported entries (default `warning`: imported terms deserve a look before they block). */
  severity?: 'error' | 'warning' | 'info';
}
