/**
 * Reads glossary files from disk and combines them.
 *
 * Each `--glossary` argument is a file or a directory (its `*.yaml`/`*.yml` files, sorted by name,
 * `schema.json` and other files ignored) and forms one layer. Ids must be unique within a layer;
 * a later layer replaces an earlier layer's entry with the same id (a desk's additions override the
 * newsroom's base glossary). Deprecated entries never apply; proposed entries apply only when asked.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Glossary, GlossaryEntry } from '../core/glossary.js';
import { cachedParse, type GlossaryCache } from './glossary-cache.js';
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

/** Reads and validates one layer; throws GlossaryError with every problem of every file. */
export function loadLayer(path: string, cache?: GlossaryCache | null): LoadedLayer {
  const files = glossaryFiles(path);
  const problems: FileProblem[] = [];
  const entries: GlossaryEntry[] = [];
  const digests: string[] = [];
  const firstSeen = new Map<string, GlossaryEntry>();
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      problems.push({ file: display(file), line: 1, column: 1, severity: 'error', message: `cannot read the glossary: ${(error as NodeJS.ErrnoException).code ?? 'error'}` });
      continue;
    }
    // The bytes' digest keys the cache; the text is decoded only when it must be parsed.
    const digest = createHash('sha256').update(bytes).digest('hex');
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

/** Loads every layer and combines them into the glossary the checks use. */
export function loadGlossary(paths: readonly string[], options: LoadOptions = {}): Glossary {
  const byId = new Map<string, GlossaryEntry>();
  const hash = createHash('sha256');
  const names: string[] = [];
  for (const path of paths) {
    const layer = loadLayer(path, options.cache);
    layer.files.forEach((file, i) => {
      hash.update(`${layer.digests[i] as string}\n`);
      names.push(file.replace(/^.*[\\/]/, ''));
    });
    for (const entry of layer.entries) {
      byId.delete(entry.id);
      byId.set(entry.id, entry);
    }
  }
  const entries = [...byId.values()].filter(
    (e) => options.keepAll === true || e.status === 'approved' || (e.status === 'proposed' && options.includeProposed === true),
  );
  // Which entries apply also depends on the options, so they are part of the content hash.
  hash.update(`keepAll=${options.keepAll === true} includeProposed=${options.includeProposed === true}`);
  const contentHash = hash.digest('hex');
  return { entries, version: `${entries.length} entries, sha256:${contentHash.slice(0, 12)}`, contentHash };
}
