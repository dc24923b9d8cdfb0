/** `mtqa glossary import <file> [--format tbx|csv|vale] [--out glossary.yaml]`. */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { glossaryFileYaml } from '../glossary/format-glossary.js';
import { importCsv } from '../glossary/interchange/csv-import.js';
import { InterchangeError, type ImportDefaults, type ImportResult } from '../glossary/interchange/interchange-error.js';
import { CATEGORIES } from '../glossary/interchange/imported-entry.js';
import { importTbx } from '../glossary/interchange/tbx-import.js';
import { importVale } from '../glossary/interchange/vale-import.js';
import { formatProblem, GlossaryError } from '../glossary/load-glossary.js';
import { parseGlossaryFile } from '../glossary/parse-glossary.js';
import { InputError, UsageError } from './errors.js';
import { displayPath, writeFileAtomic } from './io.js';
import { oneOf, parseCommandArgs } from './parse-args.js';

const HELP = `Usage: mtqa glossary import <file> [options]

Reads TBX (TBX-Basic, TBX v2/v3), CSV (mtqa's column layout) or a Vale substitution rule and
writes an mtqa glossary file in the canonical layout. Invalid XML or CSV is reported with its line.

Options:
  --format <tbx|csv|vale>  the input format (default: from the extension: .tbx/.xml, .csv, .yml/.yaml)
  --out <file.yaml>        write the glossary there (default: stdout)
  --name <theme>           the glossary's theme name (default: from the input file name)
  --category <name>        category for entries the input does not categorise (default: term; style for Vale)
  --severity <level>       severity for entries the input gives none (default: warning)
  -h, --help               this help
`;

const FORMATS = ['tbx', 'csv', 'vale'] as const;

function guessFormat(file: string): (typeof FORMATS)[number] {
  const ext = extname(file).toLowerCase();
  if (ext === '.tbx' || ext === '.xml') return 'tbx';
  if (ext === '.csv') return 'csv';
  if (ext === '.yml' || ext === '.yaml') return 'vale';
  throw new UsageError(`glossary import: cannot tell the format of ${file} from its extension; give --format tbx, csv or vale`);
}

function kebab(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'imported';
}

export async function glossaryImportCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { format: { type: 'string' }, out: { type: 'string' }, name: { type: 'string' }, category: { type: 'string' }, severity: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    'glossary import',
  );
  if (values.help === true) {
    process.stdout.write(HELP);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError('glossary import: name exactly one file to import');
  const format = values.format === undefined ? guessFormat(file) : oneOf(values.format, FORMATS, '--format', 'tbx');
  const defaults: ImportDefaults = { severity: oneOf(values.severity, ['error', 'warning', 'info'] as const, '--severity', 'warning') };
  if (values.category !== undefined) defaults.category = oneOf(values.category, CATEGORIES, '--category', 'term');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  let result: ImportResult;
  try {
    result = format === 'tbx' ? importTbx(text, defaults) : format === 'csv' ? importCsv(text, defaults) : importVale(text, defaults, base);
  } catch (error) {
    if (!(error instanceof InterchangeError)) throw error;
    process.stderr.write(`${formatProblem({ file: displayPath(file), line: error.line, column: error.column, severity: 'error', message: error.message })}\n`);
    return 2;
  }
  for (const w of result.warnings) process.stderr.write(`${formatProblem({ file: displayPath(file), ...w, severity: 'warning' })}\n`);
  if (result.entries.length === 0) throw new InputError(`${displayPath(file)}: nothing to import (no entry with both a preferred and an avoided English rendering)`);
  const yaml = glossaryFileYaml(kebab(values.name ?? base), result.entries, `Imported from ${file.replace(/^.*[\\/]/, '')} (${format}).`, ' yaml-language-server: $schema=./schema.json');
  const check = parseGlossaryFile(yaml, values.out ?? 'imported.yaml');
  if (check.problems.length > 0) throw new GlossaryError(check.problems);
  if (values.out === undefined) {
    process.stdout.write(yaml);
  } else {
    writeFileAtomic(values.out, yaml);
    process.stderr.write(`imported ${result.entries.length} entries into ${displayPath(values.out)}\n`);
  }
  return 0;
}
