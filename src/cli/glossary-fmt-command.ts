/** `mtqa glossary fmt [--check] [paths...]`: write glossary files in the canonical layout. */
import { formatGlossaryText } from '../glossary/format-glossary.js';
import { formatProblem } from '../glossary/load-glossary.js';
import { glossaryPaths, readLayerFiles } from './glossary-files.js';
import { writeFileAtomic } from './io.js';
import { parseCommandArgs } from './parse-args.js';

const HELP = `Usage: mtqa glossary fmt [paths...] [--check]

Rewrites glossary files in the canonical layout (key order, entries sorted by id unless the file
says \`order: manual\`, block style, plain or minimal quoting), keeping comments and blank lines.

Options:
  --check     change nothing; list the files that are not formatted and exit 1 if there are any
  -h, --help  this help
`;

export async function glossaryFmtCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, 'glossary fmt');
  if (values.help === true) {
    process.stdout.write(HELP);
    return 0;
  }
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
      process.stdout.write(`${file.display}: not formatted; run \`mtqa glossary fmt ${file.display}\`\n`);
    } else {
      writeFileAtomic(file.path, result.text);
      process.stdout.write(`formatted ${file.display}\n`);
    }
  }
  if (broken > 0) return 2;
  return values.check === true && unformatted > 0 ? 1 : 0;
}
