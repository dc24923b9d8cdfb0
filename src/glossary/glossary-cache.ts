/**
 * A cache of parsed glossary files, keyed by a hash of the file's text.
 *
 * Parsing YAML with source positions costs about 0.1 s per 1,000 entries (30 s for 100,000), while
 * reading the same entries back as JSON costs about a fiftieth of that, so large glossaries are
 * parsed and validated once and then read from the cache until their text changes; a cached
 * glossary does not even load the YAML parser, which shortens start-up (loading the `yaml`
 * package alone costs about 35 ms, more than parsing a small file), so every file of at least
 * {@link MIN_CACHED_BYTES} is cached. The same directory holds the compiled phrase indexes
 * (`index-*.bin`, `cli/compiled-glossary.ts`) and whole loaded glossaries (`loaded-*.bin`,
 * `stored-glossary.ts`); it keeps at most {@link MAX_CACHE_FILES} files of these kinds, and past
 * that the oldest half is removed.
 *
 * The directory is `$MTQA_CACHE_DIR`, else `$XDG_CACHE_HOME/mtqa`, else `~/.cache/mtqa`;
 * `MTQA_CACHE_DIR=off` turns the cache off. A cache file that cannot be read or written is
 * ignored: the glossary is then parsed as if there were no cache.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { AvoidRendering, GlossaryEntry, GlossaryLocation } from '../core/glossary.js';
import type { ParsedGlossaryFile } from './parse-glossary.js';

/** Smallest glossary file (in UTF-16 code units of its text) that is cached. */
export const MIN_CACHED_BYTES = 256;

/** Most cached files kept in the directory. */
export const MAX_CACHE_FILES = 200;

/** Removes the oldest half of the cache files once there are more than {@link MAX_CACHE_FILES}. */
function prune(dir: string): void {
  const files = readdirSync(dir).filter((f) => /^(?:glossary-.*\.json|(?:index|loaded)-.*\.bin)$/.test(f));
  if (files.length <= MAX_CACHE_FILES) return;
  const byAge = files.map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs })).sort((a, b) => a.t - b.t);
  for (const { f } of byAge.slice(0, byAge.length >> 1)) unlinkSync(join(dir, f));
}

/** Changes whenever the cached shape or the parser's output changes, so old files are never read. */
const CACHE_FORMAT = 'mtqa-glossary-cache-2';

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

/** A file's text known by its sha256 digest, decoded only when it must be parsed. */
export interface LazyText {
  /** sha256 (hex) of the file's bytes. */
  digest: string;
  /** Length of the file in bytes. */
  length: number;
  /** The decoded text. */
  read: () => string;
}

/**
 * The entries of a glossary file, from the cache when its text was parsed before.
 * Only files without problems are cached, so every error is still reported with its position.
 */
export function cachedParse(source: string | LazyText, file: string, cache: GlossaryCache | null | undefined, parse: (text: string, file: string) => ParsedGlossaryFile): CachedGlossaryFile {
  const text = (): string => (typeof source === 'string' ? source : source.read());
  if (cache === null || cache === undefined || source.length < MIN_CACHED_BYTES) return parse(text(), file);
  const dir = cache.dir;
  const hash = createHash('sha256').update(`${CACHE_FORMAT}\0${cache.version}\0${file}\0`);
  const key = (typeof source === 'string' ? hash.update(source) : hash.update(source.digest)).digest('hex');
  const path = join(dir, `glossary-${key.slice(0, 32)}.json`);
  try {
    const cached = JSON.parse(readFileSync(path, 'utf8')) as CompactFile;
    if (cached.file === file && Array.isArray(cached.entries)) return { file, name: cached.name, entries: cached.entries.map((e) => expandEntry(e, file, cached.name)), problems: [] };
  } catch {
    // not cached yet, or unreadable: parse below
  }
  const parsed = parse(text(), file);
  if (parsed.problems.length === 0) {
    const kept: CompactFile = { file: parsed.file, name: parsed.name, entries: parsed.entries.map((e) => compactEntry(e, parsed.name)) };
    writeCacheFile(dir, path, JSON.stringify(kept));
  }
  return parsed;
}

/**
 * How a cached file stores its entries: what every entry repeats (the file in each location, the
 * theme, empty lists, default flags) is left out and put back on reading. A large glossary's
 * cache is then less than half the size, and reading it back (JSON.parse) as much faster.
 */
interface CompactFile {
  file: string;
  name: string;
  entries: CompactEntry[];
}

type Where = [line: number, column: number];

/** An entry as the cache stores it (see {@link CompactFile}). */
export interface CompactEntry extends Omit<GlossaryEntry, 'avoid' | 'unless' | 'fixable' | 'examples' | 'status' | 'glossary' | 'location'> {
  avoid: (Omit<AvoidRendering, 'unless' | 'location'> & { unless?: string[]; at?: Where })[];
  unless?: string[];
  fixable?: false;
  examples?: GlossaryEntry['examples'];
  status?: GlossaryEntry['status'];
  glossary?: string;
  at?: Where;
}

function where(location: GlossaryLocation | undefined): Where | undefined {
  return location === undefined ? undefined : [location.line, location.column];
}

/** An entry without what its file and theme (`name`) already say. */
export function compactEntry(entry: GlossaryEntry, name: string): CompactEntry {
  const { avoid, unless, fixable, examples, status, glossary, location, ...rest } = entry;
  const compact: CompactEntry = {
    ...rest,
    avoid: avoid.map(({ unless: u, location: l, ...a }) => ({ ...a, ...(u.length > 0 ? { unless: u } : {}), ...(l === undefined ? {} : { at: where(l) as Where }) })),
  };
  if (unless.length > 0) compact.unless = unless;
  if (!fixable) compact.fixable = false;
  if (examples.flag.length > 0 || examples.pass.length > 0) compact.examples = examples;
  if (status !== 'approved') compact.status = status;
  if (glossary !== name) compact.glossary = glossary;
  if (location !== undefined) compact.at = where(location) as Where;
  return compact;
}

// Written out field by field, not with rest and spread: this runs once per entry of a glossary
// read from the cache (100,000 times for the largest), and spreading costs several times more.
/** The entry {@link compactEntry} left out parts of, with its file and theme put back. */
export function expandEntry(c: CompactEntry, file: string, name: string): GlossaryEntry {
  const avoid: AvoidRendering[] = new Array(c.avoid.length);
  for (let i = 0; i < c.avoid.length; i++) {
    const a = c.avoid[i] as CompactEntry['avoid'][number];
    const rendering: AvoidRendering = { pattern: a.pattern, unless: a.unless ?? [] };
    if (a.replacement !== undefined) rendering.replacement = a.replacement;
    if (a.at !== undefined) rendering.location = { file, line: a.at[0], column: a.at[1] };
    avoid[i] = rendering;
  }
  const entry: GlossaryEntry = {
    id: c.id,
    category: c.category,
    severity: c.severity,
    preferred: c.preferred,
    avoid,
    unless: c.unless ?? [],
    fixable: c.fixable ?? true,
    note: c.note,
    examples: c.examples ?? { flag: [], pass: [] },
    status: c.status ?? 'approved',
    glossary: c.glossary ?? name,
  };
  if (c.source !== undefined) entry.source = c.source;
  if (c.owner !== undefined) entry.owner = c.owner;
  if (c.at !== undefined) entry.location = { file, line: c.at[0], column: c.at[1] };
  return entry;
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
