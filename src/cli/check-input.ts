/**
 * Checking one decoded input: the seam shared by the in-process path and the worker threads, kept
 * apart from the command so that a worker loads only what checking needs.
 */
import type { CompiledGlossary } from '../core/glossary.js';
import type { Severity } from '../core/finding.js';
import { formatOfPath } from '../formats/index.js';
import { lintFile } from '../lint-file.js';
import type { FileResult } from '../reporters/types.js';
import type { InputFile } from './io.js';
import { readDocument } from './read-document.js';

/** What every file is checked with; plain data, so it can be sent to a worker. */
export interface FileCheckOptions {
  disabledRules: string[];
  severityOverrides: [string, Severity][];
  /** Accept `#`/`//` suppression lines in plain-text inputs. */
  plainTextComments: boolean;
}

/** A checked file with the input it came from (for writing fixes back). */
export interface CheckedFile extends FileResult {
  input: InputFile;
}

/**
 * Checks one decoded input in its format (by extension), with its aligned source when given.
 * `#`/`//` suppression lines count only in plain text (in Markdown `#` starts a heading).
 */
export async function checkInput(input: InputFile, glossary: CompiledGlossary, options?: FileCheckOptions, source?: InputFile): Promise<CheckedFile> {
  const view = await readDocument(input, source);
  const findings = lintFile(input.source, view, glossary, {
    disabledRules: new Set(options?.disabledRules),
    severityOverrides: new Map(options?.severityOverrides),
    suppressions: { plainTextComments: options?.plainTextComments === true && formatOfPath(input.path) === 'text' },
  });
  return { path: input.path, text: input.source.text, findings, bom: input.source.bom, input };
}

