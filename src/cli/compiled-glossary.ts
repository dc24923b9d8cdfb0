/**
 * The compiled glossary of a run: compiled once per process (a run's checks, fix passes and LLM
 * stage share it), and read from the on-disk cache when the same patterns were compiled before,
 * so neither start-up nor a worker thread pays for building the trie again.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileGlossary, indexSignature, type CompiledGlossary, type Glossary } from '../core/glossary.js';
import { PhraseIndex } from '../core/matcher.js';
import { glossaryCacheFromEnv, writeCacheFile } from '../glossary/glossary-cache.js';
import { TOOL_VERSION } from './version.js';

const compiled = new WeakMap<Glossary, CompiledGlossary>();

/** The glossary compiled, from this process's memo, the cache, or by compiling it (then cached). */
export function compiledGlossary(glossary: Glossary, env: NodeJS.ProcessEnv = process.env): CompiledGlossary {
  const known = compiled.get(glossary);
  if (known !== undefined) return known;
  const cache = glossaryCacheFromEnv(env, TOOL_VERSION);
  let result: CompiledGlossary | undefined;
  let path: string | undefined;
  if (cache !== null) {
    // Files' content hash when the glossary came from files; else every pattern, serialised.
    const identity = glossary.contentHash === undefined ? `patterns\0${indexSignature(glossary)}` : `files\0${glossary.contentHash}`;
    const key = createHash('sha256').update(`mtqa-index-2\0${cache.version}\0`).update(identity).digest('hex');
    path = join(cache.dir, `index-${key.slice(0, 32)}.bin`);
    try {
      const index = PhraseIndex.fromBytes(readFileSync(path));
      if (index !== null) result = compileGlossary(glossary, index);
    } catch {
      // not cached yet, or unreadable: compile below
    }
  }
  if (result === undefined) {
    result = compileGlossary(glossary);
    if (cache !== null && path !== undefined) writeCacheFile(cache.dir, path, result.index.toBytes());
  }
  compiled.set(glossary, result);
  return result;
}
