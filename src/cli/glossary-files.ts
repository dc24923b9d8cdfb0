/**
 * Reading glossary files for the `mtqa glossary` commands: each path argument is one layer (a
 * file, or a directory's `*.yaml` files), parsed but not yet combined.
 */
import { readFileSync } from 'node:fs';
import { glossaryFiles } from '../glossary/load-glossary.js';
import { parseGlossaryFile, type ParsedGlossaryFile } from '../glossary/parse-glossary.js';
import { defaultGlossaryPath } from './default-glossary.js';
import { InputError } from './errors.js';
import { displayPath } from './io.js';

/** A glossary file as read from disk. */
export interface GlossaryFileText {
  /** Path to read and write. */
  path: string;
  /** Path for messages. */
  display: string;
  text: string;
}

/** The paths given, or the default glossary. */
export function glossaryPaths(positionals: readonly string[]): string[] {
  return positionals.length > 0 ? [...positionals] : [defaultGlossaryPath()];
}

/** Reads every file of one layer. */
export function readLayerFiles(path: string): GlossaryFileText[] {
  return glossaryFiles(path).map((file) => {
    try {
      return { path: file, display: displayPath(file), text: readFileSync(file, 'utf8') };
    } catch (error) {
      throw new InputError(`${displayPath(file)}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  });
}

/** Reads and parses every layer. */
export function readGlossaryLayers(paths: readonly string[]): ParsedGlossaryFile[][] {
  return paths.map((path) => readLayerFiles(path).map((f) => parseGlossaryFile(f.text, f.display)));
}
