/**
 * Reporters by format name.
 */
import { codeclimateReporter } from './codeclimate.js';
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
};

/** Formats whose report of several files is the concatenation of each file's: printed as files complete. */
export const STREAMED_FORMATS: ReadonlySet<string> = new Set(['jsonl', 'github']);

export type { FileResult, ReportContext, Reporter } from './types.js';
