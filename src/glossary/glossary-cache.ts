/**
 * A cache of parsed glossary files, keyed by a hash of the file's text.
 *
 * Parsing YAML with source positions costs about 0.1 s per 1,000 entries (30 s for 100,000), while
 * reading the same entries back as JSON costs about a fiftieth of that, so large glossaries are
 * parsed and validated once and then read from the cache until their text changes; a cached
 * glossary does not even load the YAML parser, which shortens start-up (loading the `yaml`
 * package alone costs about 35 ms, more than parsing a small file), so every file of at least
 * {@link MIN_CACHED_BYTES} is cached. The directory keeps at most {@link MAX_CACHE_FILES} files;
 * past that the oldest half is removed.
 *
 * The directory is `$MTQA_CACHE_DIR`, else `$XDG_CACHE_HOME/mtqa`, else `~/.cache/mtqa`;
 * `MTQA_CACHE_DIR=off` turns the cache off. A cache file that cannot be read or written is
 * ignored: the glossary is then parsed as if there were no cache.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ParsedGlossaryFile } from './parse-glossary.js';

/** Smallest glossary file (in UTF-16 code units of its text) that is cached. */
export const MIN_CACHED_BYTES = 256;

/** Most cached files kept in the directory. */
export const MAX_CACHE_FILES = 200;

/** Removes the oldest half of the cache files once there are more than {@link MAX_CACHE_FILES}. */
function prune(dir: string): void {
  const files = readdirSync(dir).filter((f) => /^(?:glossary-.*\.json|index-.*\.bin)$/.test(f));
  if (files.length <= MAX_CACHE_FILES) return;
  const byAge = files.map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs })).sort((a, b) => a.t - b.t);
  for (const { f } of byAge.slice(0, byAge.length >> 1)) unlinkSync(join(dir, f));
}

/** Changes whenever the cached shape or the parser's output changes, so old files are never read. */
const CACHE_FORMAT = 'mtqa-glossary-cache-1';

/** Where parsed glossaries are cached, and the tool version that is part of every key (a new release re-parses). */
export interface GlossaryCache {
  dir: string;
  version: string;
}

/** The cache the environment asks for, or null when caching is off. */
export function glossaryCacheFromEnv(env: NodeJS.ProcessEnv, version: string): GlossaryCache | null {
  const configured = env.MTQA_CACHE_DIR;
  if (configured === 'off') return null;
  if (configured !== undefined && configured !== '') return { dir: configured, version };
  const base = env.XDG_CACHE_HOME !== undefined && env.XDG_CACHE_HOME !== '' ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return { dir: join(base, 'mtqa'), version };
}

/** What the cache keeps of a parse: the entries and problems, not the YAML document. */
export type CachedGlossaryFile = Pick<ParsedGlossaryFile, 'file' | 'name' | 'entries' | 'problems'>;

/**
 * The entries of a glossary file, from the cache when its text was parsed before.
 * Only files without problems are cached, so every error is still reported with its position.
 */
export function cachedParse(text: string, file: string, cache: GlossaryCache | null | undefined, parse: (text: string, file: string) => ParsedGlossaryFile): CachedGlossaryFile {
  if (cache === null || cache === undefined || text.length < MIN_CACHED_BYTES) return parse(text, file);
  const dir = cache.dir;
  const key = createHash('sha256').update(`${CACHE_FORMAT}\0${cache.version}\0${file}\0`).update(text).digest('hex');
  const path = join(dir, `glossary-${key.slice(0, 32)}.json`);
  try {
    const cached = JSON.parse(readFileSync(path, 'utf8')) as CachedGlossaryFile;
    if (cached.file === file && Array.isArray(cached.entries)) return cached;
  } catch {
    // not cached yet, or unreadable: parse below
  }
  const parsed = parse(text, file);
  if (parsed.problems.length === 0) {
    const kept: CachedGlossaryFile = { file: parsed.file, name: parsed.name, entries: parsed.entries, problems: [] };
    writeCacheFile(dir, path, JSON.stringify(kept));
  }
  return parsed;
}

/**
 * Writes one cache file atomically (temporary file, then rename) and keeps the directory's size
 * bounded. Failure is silent: a read-only or full disk only costs the next run the work again.
 */
export function writeCacheFile(dir: string, path: string, content: string | Uint8Array): void {
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, content);
    renameSync(tmp, path);
    prune(dir);
  } catch {
    // see above
  }
}
