/** `mtqa glossary export [paths] --format tbx|csv [--out file]`. */
import { entryDataFromEntry } from '../glossary/entry-data.js';
import { exportCsv } from '../glossary/interchange/csv-export.js';
import { exportTbx } from '../glossary/interchange/tbx-export.js';
import { loadGlossary } from '../glossary/load-glossary.js';
import { UsageError } from './errors.js';
import { glossaryPaths } from './glossary-files.js';
import { displayPath, writeFileAtomic } from './io.js';
import { oneOf, parseCommandArgs } from './parse-args.js';

const HELP = `Usage: mtqa glossary export [glossary paths...] --format <tbx|csv> [--out file]

Writes every entry (all statuses; later paths override earlier ids) as TBX-Basic (TBX v3) or CSV;
\`mtqa glossary import\` reads either back to an equal glossary.

Options:
  --format <tbx|csv>  the output format (default: from --out's extension, else tbx)
  --out <file>        write there instead of stdout
  -h, --help          this help
`;

export async function glossaryExportCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { format: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, 'glossary export');
  if (values.help === true) {
    process.stdout.write(HELP);
    return 0;
  }
  const fromOut = values.out?.toLowerCase().endsWith('.csv') === true ? 'csv' : 'tbx';
  const format = oneOf(values.format, ['tbx', 'csv'] as const, '--format', fromOut);
  if (values.out !== undefined && /\.ya?ml$/i.test(values.out)) throw new UsageError('glossary export: --out names a YAML file; export writes TBX or CSV');
  const entries = loadGlossary(glossaryPaths(positionals), { keepAll: true }).entries.map(entryDataFromEntry);
  const text = format === 'csv' ? exportCsv(entries) : exportTbx(entries);
  if (values.out === undefined) {
    process.stdout.write(text);
  } else {
    writeFileAtomic(values.out, text);
    process.stderr.write(`exported ${entries.length} entries to ${displayPath(values.out)}\n`);
  }
  return 0;
}
