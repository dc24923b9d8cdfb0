/**
 * Reading and writing `.mtqa-baseline.json`. Paths in it are relative to the baseline file's
 * directory, so the file can be committed and used from any working directory.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { baselineProblem, type Baseline } from '../core/baseline.js';
import { UsageError } from './errors.js';
import { displayPath, writeFileAtomic } from './io.js';

/** The default baseline file name. */
export const DEFAULT_BASELINE = '.mtqa-baseline.json';

/** How a baseline names a file: relative to the baseline's directory, `/`-separated. */
export function baselinePath(baselineFile: string, file: string): string {
  return relative(dirname(resolve(baselineFile)), resolve(file)).replace(/\\/g, '/');
}

/** @throws UsageError for a missing, unreadable or malformed baseline */
export function readBaseline(file: string): Baseline {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${displayPath(file)}: ${code === 'ENOENT' ? 'baseline not found; write one with `mtqa baseline`' : `cannot read the baseline (${code ?? 'error'})`}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${displayPath(file)}: the baseline is not valid JSON (${(error as Error).message}); write it again with \`mtqa baseline\``);
  }
  const problem = baselineProblem(value);
  if (problem !== null) throw new UsageError(`${displayPath(file)}: ${problem}`);
  return value as Baseline;
}

/** Writes a baseline atomically, one entry a line for readable diffs. */
export function writeBaseline(file: string, baseline: Baseline): void {
  const entries = baseline.entries.map((e) => `    ${JSON.stringify(e)}`).join(',\n');
  writeFileAtomic(file, `{\n  "version": ${baseline.version},\n  "entries": [${entries === '' ? '' : `\n${entries}\n  `}]\n}\n`);
}
