/**
 * `mtqa check`: read articles, run the checks, print a report, write reports and fixes.
 */
import { basename, extname, join } from 'node:path';
import { fixInPasses } from '../core/fix-passes.js';
import { SourceText } from '../core/source-text.js';
import { severityRank, type Finding, type Severity } from '../core/finding.js';
import { compileGlossary, type CompiledGlossary } from '../core/glossary.js';
import { glossaryCacheFromEnv } from '../glossary/glossary-cache.js';
import { loadGlossary } from '../glossary/load-glossary.js';
import { lintDocument } from '../linter.js';
import { unifiedDiff } from '../reporters/diff.js';
import { REPORTERS, type FileResult, type ReportContext } from '../reporters/index.js';
import { defaultGlossaryPath } from './default-glossary.js';
import { InputError, UsageError } from './errors.js';
import { displayPath, encodeText, expandInputs, readInput, writeFileAtomic, type InputFile } from './io.js';
import { LLM_HELP, LLM_OPTIONS, readLlmOptions } from './llm-options.js';
import { oneOf, parseCommandArgs } from './parse-args.js';
import { readDocument } from './read-document.js';
import { TOOL_VERSION } from './version.js';

const HELP = `Usage: mtqa check [files|dirs|globs...] [options]

Options:
  --glossary <path>     glossary file or directory (repeatable; later ones override earlier ids).
                        Default: ./glossary if it exists, else the bundled glossary
  --include-proposed    also apply entries with status: proposed
  --format <name>       text (default), json or diff (the safe fixes as a unified diff), printed to stdout
  --out <dir>           write reports there: report.json, <name>.html (the review report; index.html
                        for several files), and with --fix <name>.fixed.<ext> and <name>.diff
  --fix                 compute the safe fixes (written to --out, default reports/)
  --write               apply the safe fixes to the input files themselves (atomic rename)
  --source <file>       the Chinese source of a single plain-text article, aligned by paragraph
                        (enables the source-aware checks; XLIFF and PO files carry their own)
  --fail-on <level>     error (default), warning, info or never: lowest severity that exits 1
  --color / --no-color  force colour on or off (default: on for a terminal, off when NO_COLOR is set)
  -h, --help            this help
${LLM_HELP}`;

export const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;


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
export function failing(findings: readonly Finding[], failOn: (typeof FAIL_ON)[number]): boolean {
  if (failOn === 'never') return false;
  const threshold = severityRank(failOn as Severity);
  return findings.some((f) => severityRank(f.severity) >= threshold);
}

export interface CheckedFile extends FileResult {
  input: InputFile;
}

/** Checks one decoded input in its format (by extension), with its aligned source when given. */
export async function checkInput(input: InputFile, glossary: CompiledGlossary, source?: InputFile): Promise<CheckedFile> {
  const view = await readDocument(input, source);
  return { path: input.path, text: input.source.text, findings: lintDocument(input.source, view, glossary), bom: input.source.bom, input };
}

/**
 * Applies a file's safe fixes in passes (re-checking the file in its own format after each) until
 * none is left; returns the fixed text.
 */
export async function fixedText(result: CheckedFile, glossary: CompiledGlossary, source?: InputFile): Promise<string> {
  const recheck = async (text: string): Promise<Finding[]> => (await checkInput({ ...result.input, source: new SourceText(text) }, glossary, source)).findings;
  return (await fixInPasses(result.text, recheck, result.findings.filter((f) => f.origin !== 'llm'))).output;
}

export async function checkCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      glossary: { type: 'string', multiple: true },
      'include-proposed': { type: 'boolean' },
      format: { type: 'string' },
      out: { type: 'string' },
      fix: { type: 'boolean' },
      write: { type: 'boolean' },
      source: { type: 'string' },
      'fail-on': { type: 'string' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      ...LLM_OPTIONS,
    },
    'check',
  );
  if (values.help === true) {
    process.stdout.write(HELP);
    return 0;
  }
  const format = oneOf(values.format, Object.keys(REPORTERS), '--format', 'text');
  const failOn = oneOf(values['fail-on'], FAIL_ON, '--fail-on', 'error');
  const llmOptions = readLlmOptions(values);
  if (positionals.length === 0) throw new UsageError('check: name the files or directories to check, e.g. `mtqa check samples`');
  const paths = await expandInputs(positionals);
  if (values.source !== undefined && paths.length !== 1) throw new UsageError(`--source pairs one article with its source; ${paths.length} files were named`);
  const source = values.source === undefined ? undefined : readInput(values.source);
  const glossary = loadGlossary(values.glossary ?? [defaultGlossaryPath()], {
    includeProposed: values['include-proposed'] === true,
    cache: glossaryCacheFromEnv(process.env, TOOL_VERSION),
  });
  const compiled = compileGlossary(glossary);

  const results: CheckedFile[] = [];
  let inputErrors = 0;
  for (const path of paths) {
    try {
      results.push(await checkInput(readInput(path), compiled, source));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      process.stderr.write(`mtqa: ${error.message}\n`);
      inputErrors++;
    }
  }

  const color = values['no-color'] === true ? false : values.color === true || (process.stdout.isTTY === true && !process.env.NO_COLOR);
  const context: ReportContext = { color, glossaryVersion: glossary.version, toolVersion: TOOL_VERSION };
  let llmUnavailable = false;
  if (llmOptions !== null) {
    const { runLlmStage } = await import('./llm-stage.js');
    const write = (stream: NodeJS.WriteStream) => (text: string) => void stream.write(text);
    const stage = await runLlmStage(results, compiled, llmOptions, { out: write(format === 'text' ? process.stdout : process.stderr), err: write(process.stderr) });
    if (stage.summary !== null) context.llm = stage.summary;
    llmUnavailable = llmOptions.required && stage.unavailable;
  }
  process.stdout.write((REPORTERS[format] as (typeof REPORTERS)[string])(results, context));

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
      for (const [i, r] of results.entries()) {
        const fixed = await fixedText(r, compiled, source);
        const name = names[i] as string;
        const ext = extname(r.path) || '.txt';
        writeFileAtomic(join(out, `${name}.fixed${ext}`), encodeText(fixed, r.input.encoding, r.input.source.bom));
        writeFileAtomic(join(out, `${name}.diff`), unifiedDiff(r.path, r.text, fixed, { bom: r.input.source.bom }));
        written.push(join(out, `${name}.fixed${ext}`), join(out, `${name}.diff`));
        if (values.write === true && fixed !== r.text) {
          writeFileAtomic(r.input.absolute, encodeText(fixed, r.input.encoding, r.input.source.bom));
          written.push(r.input.absolute);
        }
      }
    }
  }
  if (written.length > 0 && format === 'text') process.stdout.write(`wrote ${written.map(displayPath).join(', ')}\n`);
  if (inputErrors > 0 || llmUnavailable) return 2;
  return failing(results.flatMap((r) => r.findings), failOn) ? 1 : 0;
}

