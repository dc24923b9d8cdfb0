/**
 * One run of the checks over the selected files, shared by `mtqa check` and `mtqa baseline`:
 * load the glossary, select the files, check them (in workers when there are several), keep the
 * findings on changed lines and not in the baseline, print the report (streamed for formats that
 * allow it), and write the configured report files.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BaselineMatcher } from '../core/baseline.js';
import { touchesChangedLines, type LineRanges } from '../core/changed-lines.js';
import { SourceText } from '../core/source-text.js';
import type { Glossary } from '../core/glossary.js';
import { glossaryCacheFromEnv } from '../glossary/glossary-cache.js';
import { loadGlossary } from '../glossary/load-glossary.js';
import { REPORTERS, STREAMED_FORMATS, type ReportContext, type Reporter } from '../reporters/index.js';
import { githubSummaryReporter } from '../reporters/github-summary.js';
import { plural } from '../reporters/summary.js';
import { ruleCatalog } from '../rule-catalog.js';
import { baselinePath, readBaseline } from './baseline-file.js';
import { checkInput, type CheckedFile, type FileCheckOptions } from './check-input.js';
import { checkFiles, type FileOutcome } from './check-pool.js';
import type { CheckSettings } from './check-settings.js';
import { InputError, UsageError } from './errors.js';
import { changedLinesSince, realPath } from './git-changes.js';
import { decodeText, displayPath, writeFileAtomic, type InputFile } from './io.js';
import { createProgress, wantsProgress } from './progress.js';
import { selectFiles } from './select-files.js';
import { TOOL_VERSION } from './version.js';
import { compiledGlossary } from './compiled-glossary.js';

export interface CheckRun {
  results: CheckedFile[];
  context: ReportContext;
  glossary: Glossary;
  /** Files that could not be read (each reported on stderr). */
  inputErrors: number;
  /** Report files written. */
  written: string[];
}

export interface RunOptions {
  color: boolean;
  /** Print nothing and write no report files (`mtqa baseline`). */
  quiet?: boolean;
  /** Ignore the baseline (`mtqa baseline` records every finding). */
  noBaseline?: boolean;
  /**
   * Runs after every file is checked and before anything is reported (the LLM stage); it may add
   * findings and fill in the context. Output is then not streamed.
   */
  beforeReport?: (results: CheckedFile[], glossary: Glossary, context: ReportContext) => Promise<void>;
  /** The aligned Chinese source of the one article checked (`--source`). */
  source?: InputFile;
}

function reporter(format: string): Reporter {
  return REPORTERS[format] as Reporter;
}

/** Reads one article from standard input. */
function readStdin(name: string): InputFile {
  const { text, encoding } = decodeText(readFileSync(0), name);
  return { path: name, absolute: resolve(name), source: new SourceText(text), encoding };
}

/** What every file is checked with under these settings (plain data, for the workers too). */
export function fileCheckOptions(settings: Pick<CheckSettings, 'disabledRules' | 'severityOverrides' | 'suppressions'>): FileCheckOptions {
  return {
    disabledRules: [...settings.disabledRules],
    severityOverrides: [...settings.severityOverrides],
    plainTextComments: settings.suppressions.plainTextComments === true,
  };
}

/** Checks the files the settings select and reports them; see the module comment. */
export async function runCheck(settings: CheckSettings, options: RunOptions): Promise<CheckRun> {
  const glossary = loadGlossary(settings.glossaries, { includeProposed: settings.includeProposed, cache: glossaryCacheFromEnv(process.env, TOOL_VERSION) });
  // Built on first use (SARIF, Code Quality): a large glossary's catalog costs time text and JSON do not need.
  let catalog: ReturnType<typeof ruleCatalog> | undefined;
  const rules = (): ReturnType<typeof ruleCatalog> => (catalog ??= ruleCatalog(glossary, { disabledRules: settings.disabledRules, severityOverrides: settings.severityOverrides }));
  const context: ReportContext = { color: options.color, glossaryVersion: glossary.version, toolVersion: TOOL_VERSION, rules };
  const fileOptions = fileCheckOptions(settings);
  const changed = settings.changedSince === null ? null : changedLinesSince(settings.changedSince, process.cwd());
  const changedIn = (absolute: string): LineRanges | undefined => changed?.get(realPath(resolve(absolute)));
  const baselineFile = options.noBaseline === true ? null : settings.baseline;
  const baseline = baselineFile === null ? null : new BaselineMatcher(readBaseline(baselineFile));

  const quiet = options.quiet === true;
  const stream = !quiet && options.beforeReport === undefined && STREAMED_FORMATS.has(settings.format);
  const results: CheckedFile[] = [];
  let inputErrors = 0;
  const onOutcome = (outcome: FileOutcome): void => {
    if (!outcome.ok) {
      process.stderr.write(`mtqa: ${outcome.message}\n`);
      inputErrors++;
      return;
    }
    let file = outcome.file;
    // The baseline sees every finding of the file, so its counts do not depend on --changed-since.
    if (baseline !== null && baselineFile !== null) {
      file = { ...file, findings: baseline.filter({ path: baselinePath(baselineFile, file.input.absolute), text: file.text, findings: file.findings }) };
    }
    if (changed !== null) {
      const ranges = changedIn(file.input.absolute) ?? [];
      file = { ...file, findings: file.findings.filter((f) => touchesChangedLines(f, ranges)) };
    }
    results.push(file);
    if (stream) process.stdout.write(reporter(settings.format)([file], context));
  };

  if (settings.stdinName !== null) {
    try {
      onOutcome({ ok: true, file: await checkInput(readStdin(settings.stdinName), compiledGlossary(glossary), fileOptions, options.source) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      onOutcome({ ok: false, message: error.message });
    }
  } else {
    let paths = await selectFiles(settings);
    if (options.source !== undefined && paths.length !== 1) throw new UsageError(`--source pairs one article with its source; ${paths.length} files were named`);
    // Files with no changed line cannot have a finding on one: they are not even read.
    if (changed !== null) paths = paths.filter((p) => changedIn(p) !== undefined);
    const progress = createProgress(paths.length, process.stderr, !quiet && wantsProgress(paths.length, process.stderr, process.env));
    try {
      await checkFiles({ paths, glossary, options: fileOptions, jobs: settings.jobs, onOutcome, onComplete: () => progress.tick(), ...(options.source === undefined ? {} : { source: options.source }) });
    } finally {
      progress.done();
    }
  }

  await options.beforeReport?.(results, glossary, context);
  const written: string[] = [];
  if (!quiet) {
    if (!stream) process.stdout.write(reporter(settings.format)(results, context));
    for (const output of settings.outputs) {
      writeFileAtomic(output.file, reporter(output.format)(results, { ...context, color: false }));
      written.push(output.file);
    }
    const summaryFile = process.env.GITHUB_STEP_SUMMARY;
    if (summaryFile && (settings.format === 'github' || settings.outputs.some((o) => o.format === 'github'))) {
      appendFileSync(summaryFile, githubSummaryReporter(results, { ...context, color: false }));
    }
  }
  if (baseline !== null && baselineFile !== null) {
    const checked = new Set(results.map((r) => baselinePath(baselineFile, r.input.absolute)));
    const gone = baseline.unmatchedIn(checked);
    process.stderr.write(`mtqa: baseline ${displayPath(baselineFile)}: ${plural(baseline.suppressed, 'known finding')} suppressed, ${gone} baseline ${gone === 1 ? 'entry no longer occurs' : 'entries no longer occur'}\n`);
  }
  return { results, context, glossary, inputErrors, written };
}
