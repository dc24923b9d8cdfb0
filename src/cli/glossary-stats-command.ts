/** `mtqa glossary stats [paths] [--corpus <paths>]`: what the glossary holds and what fires. */
import { compileGlossary } from '../core/glossary.js';
import { glossaryStats, statsText, type CorpusFile } from '../glossary/glossary-stats.js';
import { loadGlossary } from '../glossary/load-glossary.js';
import { glossaryFindings } from '../glossary/lint/glossary-findings.js';
import { InputError, UsageError } from './errors.js';
import { glossaryPaths } from './glossary-files.js';
import { expandInputs, readInput } from './io.js';
import { oneOf, parseCommandArgs } from './parse-args.js';

const HELP = `Usage: mtqa glossary stats [glossary paths...] [options]

Entries per category, severity and status; with --corpus, hits per entry, the entries that never
fire, and the most frequent findings with examples.

Options:
  --corpus <path>       articles to check: files, directories or globs (repeatable)
  --include-proposed    apply entries with status: proposed too
  --top <n>             how many frequent findings to list (default 10)
  --format <name>       text (default) or json
  -h, --help            this help
`;

export async function glossaryStatsCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      corpus: { type: 'string', multiple: true },
      'include-proposed': { type: 'boolean' },
      top: { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    'glossary stats',
  );
  if (values.help === true) {
    process.stdout.write(HELP);
    return 0;
  }
  const format = oneOf(values.format, ['text', 'json'] as const, '--format', 'text');
  const top = values.top === undefined ? 10 : Number(values.top);
  if (!Number.isInteger(top) || top < 0) throw new UsageError('--top must be a whole number of at least 0');
  const paths = glossaryPaths(positionals);
  const all = loadGlossary(paths, { keepAll: true });
  let corpus: CorpusFile[] | undefined;
  let applied: string[] | undefined;
  if (values.corpus !== undefined) {
    const glossary = loadGlossary(paths, { includeProposed: values['include-proposed'] === true });
    const compiled = compileGlossary(glossary);
    applied = glossary.entries.map((e) => e.id);
    corpus = [];
    for (const path of await expandInputs(values.corpus)) {
      try {
        const input = readInput(path);
        corpus.push({ path: input.path, text: input.source.text, findings: glossaryFindings(input.source.text, compiled) });
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        process.stderr.write(`mtqa: ${error.message}\n`);
      }
    }
  }
  const stats = glossaryStats(all.entries, applied, corpus, top);
  process.stdout.write(format === 'json' ? `${JSON.stringify(stats, null, 2)}\n` : statsText(stats));
  return 0;
}
