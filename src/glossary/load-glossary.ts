/**
 * Reads glossary files from disk and combines them.
 *
 * Each `--glossary` argument is a file or a directory (its `*.yaml`/`*.yml` files, sorted by name,
 * `schema.json` and other files ignored) and forms one layer. Ids must be unique within a layer;
 * a later layer replaces an earlier layer's entry with the same id (a desk's additions override the
 * newsroom's base glossary). Deprecated entries never apply; proposed entries apply only when asked.
 * With a cache, each file's parse is kept (`glossary-cache.ts`), and so is the combined result of a
 * large glossary (`stored-glossary.ts`), keyed by every file's path and bytes and the options.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Glossary, GlossaryEntry } from '../core/glossary.js';
import { cachedParse, type GlossaryCache } from './glossary-cache.js';
import { MIN_STORED_BYTES, readStoredGlossary, writeStoredGlossary } from './stored-glossary.js';
import { parseGlossaryFile } from './parse-glossary.js';
import type { FileProblem } from './schema-errors.js';

/** Thrown when a glossary cannot be used; carries every problem found. */
export class GlossaryError extends Error {
  constructor(readonly problems: FileProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'GlossaryError';
  }
}

/** `file:line:col severity message`, the layout every mtqa message about a file uses. */
export function formatProblem(p: FileProblem): string {
  return `${p.file}:${p.line}:${p.column} ${p.severity} ${p.message}`;
}

export interface LoadOptions {
  /** Apply entries with `status: proposed` too. */
  includeProposed?: boolean;
  /** Keep deprecated and proposed entries (for tools that edit or lint the glossary). */
  keepAll?: boolean;
  /** Cache parsed large files there (see `glossary-cache.ts`); no cache when absent. */
  cache?: GlossaryCache | null;
}

/** The glossary files a path names, sorted. */
export function glossaryFiles(path: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new GlossaryError([{ file: path, line: 1, column: 1, severity: 'error', message: 'glossary not found: check the path given to --glossary' }]);
  }
  if (!stat.isDirectory()) return [path];
  const files = readdirSync(path)
    .filter((f) => /\.ya?ml$/i.test(f))
    .sort()
    .map((f) => join(path, f));
  if (files.length === 0) {
    throw new GlossaryError([{ file: path, line: 1, column: 1, severity: 'error', message: 'the directory holds no .yaml glossary files' }]);
  }
  return files;
}

function display(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

export interface LoadedLayer {
  files: string[];
  entries: GlossaryEntry[];
  /** sha256 (hex) of each file's text, in the order of `files`. */
  digests: string[];
}

/** One glossary file's bytes and their sha256 digest (hex), or why it could not be read. */
type FileBytes = { file: string; bytes: Buffer; digest: string } | { file: string; error: string };

function readGlossaryFile(file: string): FileBytes {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { file, error: (error as NodeJS.ErrnoException).code ?? 'error' };
  }
  return { file, bytes, digest: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * Reads and validates one layer; throws GlossaryError with every problem of every file.
 * @param read the layer's files already read (by {@link loadGlossary}), else they are read here
 */
export function loadLayer(path: string, cache?: GlossaryCache | null, read?: readonly FileBytes[]): LoadedLayer {
  const files = read?.map((r) => r.file) ?? glossaryFiles(path);
  const problems: FileProblem[] = [];
  const entries: GlossaryEntry[] = [];
  const digests: string[] = [];
  const firstSeen = new Map<string, GlossaryEntry>();
  for (const [i, file] of files.entries()) {
    const fileBytes = read?.[i] ?? readGlossaryFile(file);
    if ('error' in fileBytes) {
      problems.push({ file: display(file), line: 1, column: 1, severity: 'error', message: `cannot read the glossary: ${fileBytes.error}` });
      continue;
    }
    // The bytes' digest keys the cache; the text is decoded only when it must be parsed.
    const { bytes, digest } = fileBytes;
    digests.push(digest);
    const text = { digest, length: bytes.length, read: () => bytes.toString('utf8') };
    const parsed = cachedParse(text, display(file), cache, parseGlossaryFile);
    problems.push(...parsed.problems);
    for (const entry of parsed.entries) {
      const first = firstSeen.get(entry.id);
      if (first !== undefined && entry.location !== undefined && first.location !== undefined) {
        const l = entry.location;
        const f = first.location;
        problems.push({ file: l.file, line: l.line, column: l.column, severity: 'error', message: `duplicate id \`${entry.id}\`, first defined at ${f.file}:${f.line}:${f.column}; rename one` });
        continue;
      }
      firstSeen.set(entry.id, entry);
      entries.push(entry);
    }
  }
  if (problems.length > 0) throw new GlossaryError(problems);
  return { files, entries, digests };
}

/** Which entries apply also depends on the options, so they are part of every hash of a glossary. */
function optionsKey(options: LoadOptions): string {
  return `keepAll=${options.keepAll === true} includeProposed=${options.includeProposed === true}`;
}

/**
 * Every layer's files read, and the key of the stored glossary they make (null when the glossary
 * is too small to store); null when a path or a file cannot be read (loading them reports it).
 */
function readLayers(paths: readonly string[], options: LoadOptions, cache: GlossaryCache): { layers: FileBytes[][]; key: string | null } | null {
  const layers: FileBytes[][] = [];
  // The files' display names are part of the key: entries' locations name them.
  const hash = createHash('sha256').update(`loaded\0${cache.version}\0${optionsKey(options)}\0`);
  let size = 0;
  try {
    for (const path of paths) {
      const layer = glossaryFiles(path).map(readGlossaryFile);
      hash.update('layer\n');
      for (const f of layer) {
        if ('error' in f) return null;
        size += f.bytes.length;
        hash.update(`${display(f.file)}\0${f.digest}\n`);
      }
      layers.push(layer);
    }
  } catch {
    return null;
  }
  return { layers, key: size < MIN_STORED_BYTES ? null : hash.digest('hex') };
}

/**
 * Loads every layer and combines them into the glossary the checks use. With a cache, a large
 * glossary loaded before from the same files (same bytes) with the same options comes back as a
 * {@link StoredGlossary} (see `stored-glossary.ts`) that builds an entry only when it is used.
 */
export function loadGlossary(paths: readonly string[], options: LoadOptions = {}): Glossary {
  const cache = options.cache ?? null;
  const read = cache === null ? null : readLayers(paths, options, cache);
  const key = read?.key ?? null;
  if (cache !== null && key !== null) {
    const stored = readStoredGlossary(cache, key);
    if (stored !== null) return stored;
  }
  const byId = new Map<string, GlossaryEntry>();
  const hash = createHash('sha256');
  paths.forEach((path, i) => {
    const layer = loadLayer(path, cache, read?.layers[i]);
    for (const digest of layer.digests) hash.update(`${digest}\n`);
    for (const entry of layer.entries) {
      byId.delete(entry.id);
      byId.set(entry.id, entry);
    }
  });
  const entries = [...byId.values()].filter(
    (e) => options.keepAll === true || e.status === 'approved' || (e.status === 'proposed' && options.includeProposed === true),
  );
  hash.update(optionsKey(options));
  const contentHash = hash.digest('hex');
  const glossary = { entries, version: `${entries.length} entries, sha256:${contentHash.slice(0, 12)}`, contentHash };
  if (cache !== null && key !== null) writeStoredGlossary(cache, key, glossary, contentHash);
  return glossary;
}
