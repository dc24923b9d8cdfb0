/**
 * `mtqa check`: read articles, run the checks, print a report, write reports and fixes.
 */
import { basename, extname, join } from 'node:path';
import { loadConfig } from '../config/load-config.js';
import { fixInPasses } from '../core/fix-passes.js';
import { SourceText } from '../core/source-text.js';
import { severityRank, type Finding, type Severity } from '../core/finding.js';
import { unifiedDiff } from '../reporters/diff.js';
import type { CompiledGlossary } from '../core/glossary.js';
import { REPORTERS, type FileResult } from '../reporters/index.js';
import { checkInput, type CheckedFile, type FileCheckOptions } from './check-input.js';
import { fileCheckOptions, runCheck } from './check-run.js';
import { FAIL_ON, INPUT_OPTIONS, resolveSettings, type FailOn } from './check-settings.js';
import { UsageError } from './errors.js';
import { displayPath, encodeText, readInput, writeFileAtomic, type InputFile } from './io.js';
import { LLM_HELP, LLM_OPTIONS, readLlmOptions } from './llm-options.js';
import { parseCommandArgs } from './parse-args.js';
import { compiledGlossary } from './compiled-glossary.js';

const HELP = `Usage: mtqa check [files|dirs|globs...] [options]

Options:
  --config <file>       configuration file (default: the nearest .mtqa.yaml from here upward)
  --glossary <path>     glossary file or directory (repeatable; later ones override earlier ids).
                        Default: the configuration's glossaries, ./glossary, or the bundled glossary
  --include-proposed    also apply entries with status: proposed
  --format <name>       ${Object.keys(REPORTERS).join(', ')}; printed to stdout (default text;
                        diff: the safe fixes as a unified diff)
  --output <file>       write the --format report to a file; the terminal gets the text report
  --out <dir>           write reports there: report.json, <name>.html (the review report; index.html
                        for several files), and with --fix <name>.fixed.<ext> and <name>.diff
  --fix                 compute the safe fixes (written to --out, default reports/)
  --write               apply the safe fixes to the input files themselves (atomic rename)
  --source <file>       the Chinese source of a single plain-text article, aligned by paragraph
                        (enables the source-aware checks; XLIFF and PO files carry their own)
  --fail-on <level>     error (default), warning, info or never: lowest severity that exits 1
  --baseline <file>     report only findings not in this baseline (see \`mtqa baseline\`)
  --changed-since <ref> report only findings on lines changed since a git ref
  -j, --jobs <n>        threads checking files, this one included (default: the number of cores)
  --shard <k/n>         check only the k-th of n stable parts of the files (for CI matrices)
  --stdin               read one article from standard input
  --stdin-filename <n>  the name it is reported under (its extension chooses the input format)
  --color / --no-color  force colour on or off (default: on for a terminal, off when NO_COLOR is set)
  -h, --help            this help
${LLM_HELP}`;

export { FAIL_ON };

/**
 * A report file name for each input, unique within one run ("sample", "news-sample" on a clash;
 * "sample-html" and "sample-txt" for one article in several formats).
 */
export function reportNames(paths: readonly string[]): string[] {
  const taken = new Set<string>();
  const stem = (p: string): string => basename(p, extname(p));
  return paths.map((p) => {
    const parts = p.replace(/\\/g, '/').split('/').filter((x) => x !== '' && x !== '.' && x !== '..');
    const file = parts.pop() ?? 'input';
    let name = basename(file, extname(file));
    if (extname(file) !== '' && paths.some((q) => q !== p && stem(q) === name && extname(q) !== extname(file))) name = `${name}-${extname(file).slice(1)}`;
    while (taken.has(name) && parts.length > 0) name = `${parts.pop() as string}-${name}`;
    let unique = name;
    for (let n = 2; taken.has(unique); n++) unique = `${name}-${n}`;
    taken.add(unique);
    return unique;
  });
}

/** Whether any finding reaches the fail-on level. */
export function failing(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const threshold = severityRank(failOn as Severity);
  return findings.some((f) => severityRank(f.severity) >= threshold);
}

export { checkInput, type CheckedFile };

/**
 * Applies a file's safe fixes in passes (re-checking the file in its own format after each) until
 * none is left; returns the fixed text.
 */
export async function fixedText(result: CheckedFile, glossary: CompiledGlossary, source?: InputFile, options?: FileCheckOptions): Promise<string> {
  const recheck = async (text: string): Promise<Finding[]> => (await checkInput({ ...result.input, source: new SourceText(text) }, glossary, options, source)).findings;
  return (await fixInPasses(result.text, recheck, result.findings.filter((f) => f.origin !== 'llm'))).output;
}

export async function checkCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      ...INPUT_OPTIONS,
      format: { type: 'string' },
      output: { type: 'string' },
      out: { type: 'string' },
      fix: { type: 'boolean' },
      write: { type: 'boolean' },
      source: { type: 'string' },
      'fail-on': { type: 'string' },
      baseline: { type: 'string' },
      'changed-since': { type: 'string' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      ...LLM_OPTIONS,
    },
    'check',
  );
  if (values.help === true) {
    process.stdout.write(HELP);
    return 0;
  }
  const config = loadConfig(values.config);
  const settings = resolveSettings(values, positionals, config, Object.keys(REPORTERS));
  if (values.write === true && settings.stdinName !== null) throw new UsageError('--write cannot change standard input; use --fix --out <dir>');
  const llmOptions = readLlmOptions(values);
  const source = values.source === undefined ? undefined : readInput(values.source);
  const color = values['no-color'] === true ? false : values.color === true || (process.stdout.isTTY === true && !process.env.NO_COLOR);
  let llmUnavailable = false;
  const run = await runCheck(settings, {
    color,
    ...(source === undefined ? {} : { source }),
    // The LLM stage adds findings after the checks and before any report is printed.
    beforeReport:
      llmOptions === null
        ? undefined
        : async (checked, glossary, context) => {
            const { runLlmStage } = await import('./llm-stage.js');
            const write = (stream: NodeJS.WriteStream) => (text: string) => void stream.write(text);
            const stage = await runLlmStage(checked, compiledGlossary(glossary), llmOptions, { out: write(settings.format === 'text' ? process.stdout : process.stderr), err: write(process.stderr) });
            if (stage.summary !== null) context.llm = stage.summary;
            llmUnavailable = llmOptions.required && stage.unavailable;
          },
  });
  const { results, context } = run;

  const written: string[] = [];
  const fix = values.fix === true || values.write === true;
  if (values.out !== undefined || fix) {
    const out = values.out ?? 'reports';
    const names = reportNames(results.map((r) => r.path));
    const json = REPORTERS.json as (typeof REPORTERS)[string];
    writeFileAtomic(join(out, 'report.json'), json(results, { ...context, color: false }));
    written.push(join(out, 'report.json'));
    // Imported here only: printing a report never loads the HTML reporter.
    const { writeHtmlReports } = await import('./write-html-reports.js');
    written.push(...writeHtmlReports(results, names, out, { ...context, color: false }));
    if (fix) {
      const compiled = compiledGlossary(run.glossary);
      for (const [i, r] of results.entries()) {
        const fixed = await fixedText(r, compiled, source, fileCheckOptions(settings));
        const name = names[i] as string;
        const ext = extname(r.path) || '.txt';
        writeFileAtomic(join(out, `${name}.fixed${ext}`), encodeText(fixed, r.input.encoding, r.input.source.bom));
        writeFileAtomic(join(out, `${name}.diff`), unifiedDiff(r.path, r.text, fixed, { bom: r.input.source.bom }));
        written.push(join(out, `${name}.fixed${ext}`), join(out, `${name}.diff`));
        if (values.write === true && fixed !== r.text) {
          writeFileAtomic(r.input.absolute, encodeText(fixed, r.input.encoding, r.input.source.bom), true);
          written.push(r.input.absolute);
        }
      }
    }
  }
  written.push(...run.written);
  if (written.length > 0 && settings.format === 'text') process.stdout.write(`wrote ${written.map(displayPath).join(', ')}\n`);
  if (run.inputErrors > 0 || llmUnavailable) return 2;
  return failing(results.flatMap((r) => r.findings), settings.failOn) ? 1 : 0;
}
