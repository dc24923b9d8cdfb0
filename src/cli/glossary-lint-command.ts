/** `mtqa glossary lint [paths...]`: every lint rule over the glossary; exit 1 on errors. */
import { formatProblem } from '../glossary/load-glossary.js';
import { lintGlossary } from '../glossary/lint/index.js';
import { UsageError } from './errors.js';
import { glossaryPaths, readGlossaryLayers } from './glossary-files.js';
import { parseCommandArgs } from './parse-args.js';

const HELP = `Usage: mtqa glossary lint [paths...] [options]

Checks glossary files (each path a file or a directory; later paths override earlier ids, as with
\`mtqa check --glossary\`). Prints file:line:col severity message for every problem.

Options:
  --max-warnings <n>  also exit 1 when there are more than n warnings
  -h, --help          this help

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage error.
`;

export async function glossaryLintCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { 'max-warnings': { type: 'string' }, help: { type: 'boolean', short: 'h' } }, 'glossary lint');
  if (values.help === true) {
    process.stdout.write(HELP);
    return 0;
  }
  const maxWarnings = values['max-warnings'] === undefined ? Infinity : Number(values['max-warnings']);
  if (maxWarnings !== Infinity && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    throw new UsageError('--max-warnings must be a whole number of at least 0');
  }
  const layers = readGlossaryLayers(glossaryPaths(positionals));
  const problems = lintGlossary(layers);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  for (const p of problems) process.stdout.write(`${formatProblem(p)}\n`);
  const files = layers.reduce((n, l) => n + l.length, 0);
  const entries = layers.reduce((n, l) => n + l.reduce((m, f) => m + f.entries.length, 0), 0);
  process.stderr.write(`mtqa glossary lint: ${files} file${files === 1 ? '' : 's'}, ${entries} entries: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
  return errors > 0 || warnings > maxWarnings ? 1 : 0;
}
