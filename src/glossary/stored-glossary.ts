/**
 * The loaded glossary, cached: what `loadGlossary` returned for one set of files (their paths
 * and byte digests, in layers) and options, stored so that a later run builds none of its entries.
 *
 * A check run needs the phrase index (cached on its own by `cli/compiled-glossary.ts`), the role
 * of each payload, and the entries that actually match. Reading 100,000 entries back as objects
 * took most of a large glossary's start-up (JSON.parse, then the garbage collector), so this file
 * keeps the roles as typed arrays and each entry as its own compact JSON, behind an offset table:
 * {@link StoredGlossary.entry} decodes one entry when a check asks for it.
 *
 * Layout (little-endian int32 unless said; every part starts on a 4-byte boundary):
 *
 *     MAGIC, header bytes, entry count n, payload count p, entry bytes
 *     header: JSON {format, key, version, contentHash, files: [[file, theme], …]}, space-padded
 *     entry offsets (n + 1, byte offsets into the entry bytes), entry file (n, index into files)
 *     role entries (p), role avoids (p), role kinds (p bytes, zero-padded)
 *     entry bytes: compact entries (see `glossary-cache.ts`), UTF-8 JSON, one after another
 *
 * Only glossaries of at least {@link MIN_STORED_BYTES} are stored (a small one loads from the
 * per-file cache in a millisecond), and only after loading them succeeded: files with problems are
 * never stored. A file that is not one (foreign, truncated, another key) reads as null, and the
 * glossary is then loaded from its files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StoredGlossary, payloadRoles, type Glossary, type GlossaryEntry } from '../core/glossary.js';
import { PhraseRoles } from '../core/phrase-roles.js';
import { compactEntry, expandEntry, writeCacheFile, type CompactEntry, type GlossaryCache } from './glossary-cache.js';

/** Smallest glossary (sum of its files' sizes in bytes) that is stored. */
export const MIN_STORED_BYTES = 64 * 1024;

/** Changes whenever the layout or the entries' shape changes, so old files are never read. */
const FORMAT = 'mtqa-stored-glossary-1';
const MAGIC = 0x4d514753; // "SGQM" little-endian
const FIXED = 5;

interface Header {
  format: string;
  key: string;
  version: string;
  contentHash: string;
  /** Whether the entry bytes are all ASCII (they then decode as Latin-1, three times faster). */
  ascii: boolean;
  /** Each entry's file (as its locations name it) and theme. */
  files: [file: string, theme: string][];
}

/** The file a key names. */
export function storedGlossaryPath(cache: GlossaryCache, key: string): string {
  return join(cache.dir, `loaded-${key.slice(0, 32)}.bin`);
}

const padded = (n: number): number => (n + 3) & ~3;

/** The bytes of a loaded glossary, for the given key. */
export function encodeStoredGlossary(glossary: Glossary, key: string, contentHash: string): Uint8Array {
  const entries = glossary.entries;
  const files: Header['files'] = [];
  const fileIndex = new Map<string, number>();
  const entryFile = new Int32Array(entries.length);
  const offsets = new Int32Array(entries.length + 1);
  const parts: string[] = [];
  let bytes = 0;
  let chars = 0;
  entries.forEach((entry, i) => {
    const file = entry.location?.file ?? '';
    const id = `${file}\0${entry.glossary}`;
    let f = fileIndex.get(id);
    if (f === undefined) {
      f = files.push([file, entry.glossary]) - 1;
      fileIndex.set(id, f);
    }
    entryFile[i] = f;
    const json = JSON.stringify(compactEntry(entry, entry.glossary));
    parts.push(json);
    bytes += Buffer.byteLength(json);
    chars += json.length;
    offsets[i + 1] = bytes;
  });
  const roles = payloadRoles(entries);
  const header: Header = { format: FORMAT, key, version: glossary.version, contentHash, ascii: chars === bytes, files };
  const headerJson = Buffer.from(JSON.stringify(header));
  const headerBytes = Buffer.alloc(padded(headerJson.length), 0x20);
  headerJson.copy(headerBytes);
  const fixed = Int32Array.of(MAGIC, headerBytes.length, entries.length, roles.length, bytes);
  const kinds = new Uint8Array(padded(roles.length));
  kinds.set(roles.kinds);
  const view = (a: Int32Array | Uint8Array): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  return Buffer.concat([view(fixed), headerBytes, view(offsets), view(entryFile), view(roles.entries), view(roles.avoids), kinds, Buffer.from(parts.join(''))]);
}

/** Memo of the bytes each stored glossary was read from, for handing it to a worker thread. */
const storedBytes = new WeakMap<Glossary, Uint8Array>();

/**
 * The glossary the bytes hold, or null when they are not a stored glossary for this key (or for
 * any key, when `key` is undefined: a worker is handed bytes the main thread has just read).
 */
export function decodeStoredGlossary(bytes: Uint8Array, key?: string): StoredGlossary | null {
  if (bytes.byteLength < 4 * FIXED) return null;
  // Typed arrays view the bytes in place, which needs a 4-byte-aligned start.
  const data = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.from(bytes);
  const fixed = new Int32Array(data.buffer, data.byteOffset, FIXED);
  const [magic, headerLength, count, payloads, entryBytes] = fixed as unknown as [number, number, number, number, number];
  if (magic !== MAGIC || headerLength < 0 || headerLength % 4 !== 0 || count < 0 || payloads < 0 || entryBytes < 0) return null;
  const at = data.byteOffset + 4 * FIXED;
  const tables = at + headerLength;
  const entryStart = tables + 4 * (2 * count + 1) + 4 * 2 * payloads + padded(payloads);
  if (entryStart - data.byteOffset + entryBytes !== data.byteLength) return null;
  let header: Header;
  try {
    header = JSON.parse(Buffer.from(data.buffer, at, headerLength).toString('utf8')) as Header;
  } catch {
    return null;
  }
  if (header.format !== FORMAT || (key !== undefined && header.key !== key) || !Array.isArray(header.files)) return null;
  const offsets = new Int32Array(data.buffer, tables, count + 1);
  const entryFile = new Int32Array(data.buffer, tables + 4 * (count + 1), count);
  const roleEntries = new Int32Array(data.buffer, tables + 4 * (2 * count + 1), payloads);
  const roleAvoids = new Int32Array(data.buffer, roleEntries.byteOffset + 4 * payloads, payloads);
  const roleKinds = new Uint8Array(data.buffer, roleAvoids.byteOffset + 4 * payloads, payloads);
  if (offsets[0] !== 0 || offsets[count] !== entryBytes) return null;
  const text = Buffer.from(data.buffer, entryStart, entryBytes);
  const files = header.files;
  const encoding = header.ascii === true ? 'latin1' : 'utf8';
  const entry = (i: number): GlossaryEntry => {
    const [file, theme] = files[entryFile[i] as number] as [string, string];
    const compact = JSON.parse(text.toString(encoding, offsets[i], offsets[i + 1])) as CompactEntry;
    return expandEntry(compact, file, theme);
  };
  const glossary = new StoredGlossary({ count, entry, roles: new PhraseRoles(roleKinds, roleEntries, roleAvoids) }, header.version, header.contentHash);
  storedBytes.set(glossary, data);
  return glossary;
}

/** The stored glossary for a key, or null when there is none (or it cannot be read). */
export function readStoredGlossary(cache: GlossaryCache, key: string): StoredGlossary | null {
  try {
    return decodeStoredGlossary(readFileSync(storedGlossaryPath(cache, key)), key);
  } catch {
    return null;
  }
}

/** Stores a glossary just loaded from its files under its key (silently does nothing on failure). */
export function writeStoredGlossary(cache: GlossaryCache, key: string, glossary: Glossary, contentHash: string): void {
  writeCacheFile(cache.dir, storedGlossaryPath(cache, key), encodeStoredGlossary(glossary, key, contentHash));
}

/** The bytes a stored glossary was read from (a worker thread decodes its own copy), if it was. */
export function storedGlossaryBytes(glossary: Glossary): Uint8Array | undefined {
  return storedBytes.get(glossary);
}
