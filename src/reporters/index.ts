/**
 * Reporters by format name (printed to stdout by `mtqa check --format`). The HTML review report
 * is not here: it is written per file to --out, and its module is imported only then
 * (`cli/write-html-reports.ts`), so printing a report never loads it.
 */
import { codeclimateReporter } from './codeclimate.js';
import { diffReporter } from './diff.js';
import { githubReporter } from './github.js';
import { jsonReporter } from './json.js';
import { jsonlReporter } from './jsonl.js';
import { junitReporter } from './junit.js';
import { sarifReporter } from './sarif.js';
import { textReporter } from './text.js';
import type { Reporter } from './types.js';

export const REPORTERS: Readonly<Record<string, Reporter>> = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  junit: junitReporter,
  github: githubReporter,
  codeclimate: codeclimateReporter,
  jsonl: jsonlReporter,
  diff: diffReporter,
};

/** Formats whose report of several files is the concatenation of each file's: printed as files complete. */
export const STREAMED_FORMATS: ReadonlySet<string> = new Set(['jsonl', 'github']);

export type { FileResult, ReportContext, Reporter } from './types.js';
