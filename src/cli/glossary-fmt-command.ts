/** `mtqa glossary fmt [--write | --check] [paths...]`: the canonical layout of glossary files. */
import { formatGlossaryText } from '../glossary/format-glossary.js';
import { formatProblem } from '../glossary/load-glossary.js';
import { unifiedDiff } from '../reporters/diff.js';
import { UsageError } from './errors.js';
import { glossaryPaths, readLayerFiles } from './glossary-files.js';
import { writeFileAtomic } from './io.js';
import { parseCommandArgs } from './parse-args.js';

const HELP = `Usage: mtqa glossary fmt [paths...] [--write | --check]

Puts glossary files in the canonical layout (key order, entries sorted by id unless the file
says \`order: manual\`, block style, quoted patterns, folded notes wrapped at 100 characters),
keeping comments and blank lines. Without --write, prints what would change as a unified diff.

Options:
  --write     rewrite the files that are not formatted (atomically)
  --check     change nothing; list the files that are not formatted and exit 1 if there are any
  -h, --help  this help
`;

export async function glossaryFmtCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { write: { type: 'boolean' }, check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, 'glossary fmt');
  if (values.help === true) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.write === true && values.check === true) throw new UsageError('glossary fmt: give --write or --check, not both');
  let unformatted = 0;
  let broken = 0;
  for (const file of glossaryPaths(positionals).flatMap(readLayerFiles)) {
    const result = formatGlossaryText(file.text, file.display);
    if (result.problems.length > 0) {
      for (const p of result.problems) process.stderr.write(`${formatProblem(p)}\n`);
      broken++;
      continue;
    }
    if (result.text === file.text) continue;
    unformatted++;
    if (values.check === true) {
      process.stdout.write(`${file.display}: not formatted; run \`mtqa glossary fmt --write ${file.display}\`\n`);
    } else if (values.write === true) {
      writeFileAtomic(file.path, result.text, true);
      process.stdout.write(`formatted ${file.display}\n`);
    } else {
      process.stdout.write(unifiedDiff(file.display, file.text, result.text));
    }
  }
  if (broken > 0) return 2;
  return values.check === true && unformatted > 0 ? 1 : 0;
}
