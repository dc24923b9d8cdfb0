/**
 * `mtqa baseline [paths]`: records every current finding in `.mtqa-baseline.json`, so that
 * `mtqa check --baseline` reports only new ones.
 */
import { createBaseline } from '../core/baseline.js';
import { loadConfig } from '../config/load-config.js';
import { REPORTERS } from '../reporters/index.js';
import { plural } from '../reporters/summary.js';
import { baselinePath, DEFAULT_BASELINE, writeBaseline } from './baseline-file.js';
import { runCheck } from './check-run.js';
import { INPUT_OPTIONS, resolveSettings } from './check-settings.js';
import { displayPath } from './io.js';
import { parseCommandArgs } from './parse-args.js';

const HELP = `Usage: mtqa baseline [files|dirs|globs...] [options]

Checks the files and writes every finding's fingerprint to a baseline file, which
\`mtqa check --baseline <file>\` then uses to report only new findings. Fingerprints hash the rule,
the flagged text and the words around it, not line numbers, so edits elsewhere in a file keep them.

Options:
  --output <file>       the baseline to write (default: the configuration's baseline, else ${DEFAULT_BASELINE})
  --config <file>       configuration file (default: the nearest .mtqa.yaml from here upward)
  --glossary <path>     glossary file or directory (repeatable)
  --include-proposed    also apply entries with status: proposed
  -j, --jobs <n>        worker threads (default: the number of cores)
  --shard <k/n>         only the k-th of n stable parts of the files
  --stdin, --stdin-filename <name>  read one article from standard input
  -h, --help            this help
`;

export async function baselineCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { ...INPUT_OPTIONS, output: { type: 'string' } }, 'baseline');
  if (values.help === true) {
    process.stdout.write(HELP);
    return 0;
  }
  const config = loadConfig(values.config);
  const { output, ...flags } = values;
  const settings = resolveSettings(flags, positionals, config, Object.keys(REPORTERS));
  const file = output ?? settings.baseline ?? DEFAULT_BASELINE;
  const run = await runCheck(settings, { color: false, quiet: true, noBaseline: true });
  const baseline = createBaseline(run.results.map((r) => ({ path: baselinePath(file, r.input.absolute), text: r.text, findings: r.findings })));
  writeBaseline(file, baseline);
  process.stdout.write(`wrote ${displayPath(file)}: ${plural(baseline.entries.length, 'finding')} from ${plural(run.results.length, 'file')}\n`);
  return run.inputErrors > 0 ? 2 : 0;
}
