/**
 * The phrase index stored as bytes (the compiled-glossary cache) finds exactly what the index
 * built from the patterns finds; damaged bytes are refused, never half-read.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileGlossary } from '../../src/core/glossary.js';
import { PhraseIndex } from '../../src/core/matcher.js';
import { tokenize } from '../../src/core/tokens.js';
import { compiledGlossary } from '../../src/cli/compiled-glossary.js';
import { brief, lint, shippedGlossary } from '../helpers.js';

const glossary = shippedGlossary().glossary;
const article = 'Poor counties without hats gnaw the last hard bone; two worries and three guarantees. The county took off its poverty hat.';

describe('phrase index bytes', () => {
  it('round-trips: the same matches from the stored index', () => {
    const fresh = compileGlossary(glossary);
    const restored = PhraseIndex.fromBytes(fresh.index.toBytes());
    expect(restored).not.toBeNull();
    const tokens = tokenize(article);
    expect((restored as PhraseIndex).findAll(tokens)).toEqual(fresh.index.findAll(tokens));
    expect(brief(lint(article, compileGlossary(glossary, restored as PhraseIndex)))).toEqual(brief(lint(article, fresh)));
  });

  it('reads bytes that sit inside a larger buffer, aligned or not', () => {
    const fresh = compileGlossary(glossary);
    const bytes = fresh.index.toBytes();
    const tokens = tokenize(article);
    for (const at of [0, 3, 8]) {
      const host = new Uint8Array(at + bytes.length + 5);
      host.set(bytes, at);
      const restored = PhraseIndex.fromBytes(host.subarray(at, at + bytes.length));
      expect(restored, `at offset ${at}`).not.toBeNull();
      expect((restored as PhraseIndex).findAll(tokens)).toEqual(fresh.index.findAll(tokens));
    }
  });

  it('refuses truncated or foreign bytes', () => {
    const bytes = compileGlossary(glossary).index.toBytes();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length - 1 }), (cut) => {
        expect(PhraseIndex.fromBytes(bytes.subarray(0, cut))).toBeNull();
      }),
      { numRuns: 50 },
    );
    expect(PhraseIndex.fromBytes(new TextEncoder().encode('not an index at all, just text'))).toBeNull();
  });
});

describe('compiledGlossary (cache)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mtqa-index-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores the index once and reads it back with the same findings; a damaged file is rebuilt', () => {
    const env = { MTQA_CACHE_DIR: dir };
    const copy = { ...glossary };
    const first = compiledGlossary(copy, env);
    const files = readdirSync(dir).filter((f) => f.startsWith('index-'));
    expect(files).toHaveLength(1);
    const second = compiledGlossary({ ...glossary }, env);
    expect(brief(lint(article, second))).toEqual(brief(lint(article, first)));
    writeFileSync(join(dir, files[0] as string), 'garbage');
    const third = compiledGlossary({ ...glossary }, env);
    expect(brief(lint(article, third))).toEqual(brief(lint(article, first)));
  });
});
