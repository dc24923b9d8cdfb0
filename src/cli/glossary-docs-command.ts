/** `mtqa glossary docs [paths] [--format md|html] [--out file]`: a printable term list. */
import { entryDataFromEntry } from '../glossary/entry-data.js';
import { glossaryHtml, glossaryMarkdown } from '../glossary/glossary-docs.js';
import { loadGlossary } from '../glossary/load-glossary.js';
import { glossaryPaths } from './glossary-files.js';
import { displayPath, writeFileAtomic } from './io.js';
import { oneOf, parseCommandArgs } from './parse-args.js';

const HELP = `Usage: mtqa glossary docs [glossary paths...] [options]

A term list grouped by category: source term, preferred renderings, avoided renderings, note.
Deprecated entries are left out; proposed ones are marked.

Options:
  --format <md|html>  Markdown (default) or a printable HTML page
  --out <file>        write there instead of stdout
  --title <text>      the heading (default: Glossary)
  -h, --help          this help
`;

export async function glossaryDocsCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { format: { type: 'string' }, out: { type: 'string' }, title: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    'glossary docs',
  );
  if (values.help === true) {
    process.stdout.write(HELP);
    return 0;
  }
  const format = oneOf(values.format, ['md', 'html'] as const, '--format', 'md');
  const entries = loadGlossary(glossaryPaths(positionals), { keepAll: true }).entries.map(entryDataFromEntry);
  const render = format === 'html' ? glossaryHtml : glossaryMarkdown;
  const text = render(entries, values.title ?? 'Glossary');
  if (values.out === undefined) {
    process.stdout.write(text);
  } else {
    writeFileAtomic(values.out, text);
    process.stderr.write(`wrote ${displayPath(values.out)}\n`);
  }
  return 0;
}
