/**
 * Reporters by format name (printed to stdout by `mtqa check --format`). The HTML review report
 * is not here: it is written per file to --out, and its module is imported only then
 * (`cli/write-html-reports.ts`), so printing a report never loads it.
 */
import { diffReporter } from './diff.js';
import { jsonReporter } from './json.js';
import { textReporter } from './text.js';
import type { Reporter } from './types.js';

export const REPORTERS: Readonly<Record<string, Reporter>> = {
  text: textReporter,
  json: jsonReporter,
  diff: diffReporter,
};

export type { FileResult, ReportContext, Reporter } from './types.js';
