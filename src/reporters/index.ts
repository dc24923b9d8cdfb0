/**
 * Reporters by format name.
 */
import { jsonReporter } from './json.js';
import { textReporter } from './text.js';
import type { Reporter } from './types.js';

export const REPORTERS: Readonly<Record<string, Reporter>> = {
  text: textReporter,
  json: jsonReporter,
};

export type { FileResult, ReportContext, Reporter } from './types.js';
