/**
 * Reading articles and writing reports: the only file-system code besides the glossary loader.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { SourceText } from '../core/source-text.js';
import { InputError, UsageError } from './errors.js';

/** How a file was encoded, so a fixed version can be written back the same way. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface InputFile {
  /** Path for messages and reports (relative to the working directory when inside it). */
  path: string;
  /** Path to read and write. */
  absolute: string;
  source: SourceText;
  encoding: TextEncoding;
}

/** File extensions checked when a directory is given (each read in its format, see src/formats). */
export const TEXT_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.xlf', '.xliff', '.po'];

/** Largest input read whole, in bytes. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}

/**
 * Decodes a file's bytes: UTF-16 when it starts with a UTF-16 byte-order mark, else strict UTF-8.
 * The byte-order mark stays in the string; {@link SourceText} removes and remembers it.
 * @throws InputError for binary content (NUL bytes) or invalid UTF-8, with the byte offset
 */
export function decodeText(bytes: Uint8Array, path: string): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes), encoding: 'utf-16be' };
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new InputError(`${path}: binary file (it contains NUL bytes); mtqa checks text files`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const bad = lenient.indexOf('\ufffd');
    const before = lenient.slice(0, Math.max(0, bad));
    const line = before.split('\n').length;
    const offset = Buffer.byteLength(before, 'utf8');
    throw new InputError(`${path}: not valid UTF-8 (byte ${offset}, line ${line}); convert it to UTF-8 first`);
  }
}

/** Encodes text for writing, with a byte-order mark when the original had one. */
export function encodeText(text: string, encoding: TextEncoding, bom: boolean): Buffer {
  const body = bom ? `\ufeff${text}` : text;
  if (encoding === 'utf-8') return Buffer.from(body, 'utf8');
  const le = Buffer.from(body, 'utf16le');
  if (encoding === 'utf-16be') le.swap16();
  return le;
}

export function readInput(path: string): InputFile {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`${path}: is a directory`);
    if (stat.size > MAX_INPUT_BYTES) throw new InputError(`${path}: ${Math.round(stat.size / 1048576)} MB is over the ${MAX_INPUT_BYTES / 1048576} MB limit; split the file`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? 'error'})`);
  }
  const { text, encoding } = decodeText(bytes, path);
  return { path: displayPath(path), absolute: path, source: new SourceText(text), encoding };
}

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (TEXT_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) out.push(full);
  }
}

/**
 * Expands files, directories and globs into a sorted, de-duplicated list of files.
 * @throws UsageError when an argument names nothing checkable
 */
export async function expandInputs(args: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    if (/[*?[\]{}]/.test(arg)) {
      const { glob } = await import('tinyglobby');
      const found = (await glob(arg, { dot: false, onlyFiles: true })).sort();
      if (found.length === 0) throw new UsageError(`${arg}: the pattern matches no file`);
      files.push(...found);
      continue;
    }
    let stat;
    try {
      stat = statSync(arg);
    } catch {
      throw new InputError(`${arg}: no such file or directory`);
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      walk(arg, found);
      if (found.length === 0) throw new InputError(`${arg}: the directory holds no text files (${TEXT_EXTENSIONS.join(', ')})`);
      files.push(...found);
    } else {
      files.push(arg);
    }
  }
  return [...new Set(files)];
}

/**
 * Writes a file atomically: a temporary file in the same directory, then renamed over, so a reader
 * sees the old file or the new one, never half of one.
 * @param durable also sync the data to disk before the rename (for the user's own files changed
 *   by `--write` or `apply`; reports can be made again, so they skip the ~10 ms a sync costs)
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, durable = false): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${path.replace(/^.*[\\/]/, '')}.${process.pid}.tmp`);
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
      if (durable) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      // the temporary file was never created
    }
    throw error;
  }
}
