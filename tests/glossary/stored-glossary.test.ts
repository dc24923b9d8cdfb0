/**
 * The loaded-glossary cache (`stored-glossary.ts`): a warm load gives exactly the entries and
 * findings of a load without any cache — layers, statuses and options included — builds an entry
 * only when it is used, never hides a problem of another file set, and a damaged file is ignored.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, generateEntries, glossaryYaml } from '../../bench/generate.mjs';
import { compileGlossary, payloadRoles, StoredGlossary, type GlossaryEntry } from '../../src/core/glossary.js';
import { MAX_CACHE_FILES } from '../../src/glossary/glossary-cache.js';
import { GlossaryError, loadGlossary, type LoadOptions } from '../../src/glossary/load-glossary.js';
import { decodeStoredGlossary, MIN_STORED_BYTES, storedGlossaryBytes } from '../../src/glossary/stored-glossary.js';
import { workerGlossary } from '../../src/cli/check-pool.js';
import { runCli } from '../cli/run-cli.js';
import { lint } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'mtqa-stored-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const generated = generateEntries(5, 400);
const corpus = generateCorpus(5, 12_000, generated, 40).text;

function write(path: string, text: string): string {
  const full = join(dir, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, text);
  return full;
}

// Entries the generator does not make: statuses, a context pattern with a capture in its
// replacement, negative contexts, every optional field, and text that is not ASCII.
const special = `glossary: special
version: 1
entries:
  - id: rich
    source: 摘帽
    category: idiom
    severity: info
    owner: desk
    preferred: [removed from the poverty list, lifted out of poverty]
    avoid:
      - take off {2} hat
      - pattern: "<county {2}> without hats"
        replacement: not yet $1 removed
        unless: [county without hats ever]
    unless: [took off his hat]
    fixable: false
    note: A rich entry — with a dash and “quotes”.
    examples:
      flag: [They took off their hats.]
      pass: [He took off his hat.]
  - id: trial
    category: term
    severity: warning
    status: proposed
    preferred: [trial zone]
    avoid: [pilot zone]
    note: Proposed.
  - id: old
    category: term
    severity: warning
    status: deprecated
    preferred: [new rendering]
    avoid: [old rendering]
    note: Deprecated.
`;
const desk = `glossary: desk
version: 1
entries:
  - id: ${generated[0].id}
    category: term
    severity: error
    preferred: [desk wording]
    avoid: [poverty cap]
    note: The desk's own entry replaces the base one.
`;
const base = join(dir, 'base');
write('base/a-generated.yaml', glossaryYaml(generated));
write('base/b-special.yaml', special);
const deskFile = write('desk.yaml', desk);
const paths = [base, deskFile];
const text = `${corpus}\nThe county took off its hat. Some county officials without hats waited. A pilot zone, an old rendering and a poverty cap.\n`;

const cacheDir = (name: string): string => join(dir, name);
const storedFiles = (cache: string): string[] => readdirSync(cache).filter((f) => f.startsWith('loaded-'));

describe('stored glossary', () => {
  it('is large enough to be stored', () => {
    expect(statSync(join(base, 'a-generated.yaml')).size).toBeGreaterThanOrEqual(MIN_STORED_BYTES);
  });

  const optionSets: LoadOptions[] = [{}, { includeProposed: true }, { keepAll: true }];
  it.each(optionSets)('a warm load equals a load without cache, with the same findings (%o)', (options) => {
    const cache = { dir: cacheDir(`equal-${JSON.stringify(options)}`), version: '1.0.0' };
    const fresh = loadGlossary(paths, options);
    const cold = loadGlossary(paths, { ...options, cache });
    expect(storedFiles(cache.dir)).toHaveLength(1);
    const warm = loadGlossary(paths, { ...options, cache });
    expect(warm).toBeInstanceOf(StoredGlossary);
    expect(cold).toEqual(fresh);
    expect(warm.version).toBe(fresh.version);
    expect(warm.contentHash).toBe(fresh.contentHash);
    const index = compileGlossary(fresh).index;
    const findings = lint(text, compileGlossary(fresh));
    expect(findings.length).toBeGreaterThan(20);
    // The context pattern's finding covers only the part outside `< >`, and fills in `$1`.
    expect(findings.find((f) => f.ruleId === 'glossary/rich' && text.slice(f.start, f.end) === 'without hats')?.suggestions[0]).toBe('not yet officials removed');
    // The stored roles, read without building an entry, then every entry.
    expect(lint(text, compileGlossary(loadGlossary(paths, { ...options, cache }), index))).toEqual(findings);
    expect(warm).toEqual(fresh);
    expect(lint(text, compileGlossary(warm))).toEqual(findings);
  });

  it('keeps the layering: the desk entry replaces the base one, deprecated and proposed entries as asked', () => {
    const cache = { dir: cacheDir('layers'), version: '1.0.0' };
    loadGlossary(paths, { cache });
    const warm = loadGlossary(paths, { cache }) as StoredGlossary;
    expect(warm).toBeInstanceOf(StoredGlossary);
    const ids = warm.entries.map((e) => e.id);
    expect(ids).not.toContain('old');
    expect(ids).not.toContain('trial');
    expect(ids.filter((id) => id === generated[0].id)).toHaveLength(1);
    expect(warm.entries.find((e) => e.id === generated[0].id)?.preferred).toEqual(['desk wording']);
    expect(warm.entries.find((e) => e.id === 'rich')).toMatchObject({ source: '摘帽', owner: 'desk', fixable: false, glossary: 'special', location: { file: expect.stringMatching(/b-special\.yaml$/), line: 4 } });
    // Another layer order is another glossary.
    const reversed = loadGlossary([deskFile, base], { cache });
    expect(reversed.entries.find((e) => e.id === generated[0].id)?.preferred).toEqual([generated[0].preferred]);
  });

  it('still reports every problem of a file set never loaded before, and stores nothing for it', () => {
    const cache = { dir: cacheDir('problems'), version: '1.0.0' };
    loadGlossary([base], { cache });
    expect(storedFiles(cache.dir)).toHaveLength(1);
    const dup = join(dir, 'dup');
    mkdirSync(dup, { recursive: true });
    copyFileSync(join(base, 'a-generated.yaml'), join(dup, 'a-generated.yaml'));
    writeFileSync(join(dup, 'c-dup.yaml'), `glossary: dup\nversion: 1\nentries:\n  - id: ${generated[3].id}\n    category: term\n    severity: error\n    preferred: [x y]\n    avoid: [y z]\n    note: n\n`);
    for (let run = 0; run < 2; run++) {
      expect(() => loadGlossary([dup], { cache })).toThrow(GlossaryError);
      try {
        loadGlossary([dup], { cache });
      } catch (error) {
        expect((error as GlossaryError).problems.map((p) => p.message)).toEqual([expect.stringMatching(new RegExp(`^duplicate id \`${generated[3].id}\`, first defined at .*a-generated\\.yaml:`))]);
      }
    }
    expect(storedFiles(cache.dir)).toHaveLength(1);
    expect(() => loadGlossary([base, join(dir, 'missing.yaml')], { cache })).toThrow(/glossary not found/);
  });

  it('builds an entry only when it is used, once', () => {
    const fresh = loadGlossary(paths);
    let built = 0;
    const store = {
      count: fresh.entries.length,
      entry: (i: number): GlossaryEntry => {
        built++;
        return structuredClone(fresh.entries[i] as GlossaryEntry);
      },
      roles: payloadRoles(fresh.entries),
    };
    const stored = new StoredGlossary(store, fresh.version, fresh.contentHash);
    const compiled = compileGlossary(stored, compileGlossary(fresh).index);
    expect(built).toBe(0);
    const findings = lint(text, compiled);
    expect(new Set(findings.filter((f) => f.ruleId.startsWith('glossary/')).map((f) => f.ruleId)).size).toBeGreaterThan(5);
    expect(built).toBeGreaterThan(0);
    expect(built).toBeLessThan(store.count / 2);
    const before = built;
    expect(stored.entry(7)).toBe(stored.entry(7));
    expect(stored.entries[7]).toBe(stored.entry(7));
    expect(stored.entries).toBe(stored.entries);
    expect(built).toBe(store.count);
    expect(before).toBeLessThan(built);
    expect(compiled.entry(7)).toBe(stored.entry(7));
    expect(stored.count).toBe(fresh.entries.length);
  });

  it('ignores a damaged, truncated or foreign file, loads from the files and stores it again', () => {
    const cache = { dir: cacheDir('damaged'), version: '1.0.0' };
    const fresh = loadGlossary(paths);
    loadGlossary(paths, { cache });
    const [name] = storedFiles(cache.dir);
    const file = join(cache.dir, name as string);
    const good = readFileSync(file);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: good.length - 1 }), (cut) => {
        expect(decodeStoredGlossary(good.subarray(0, cut))).toBeNull();
      }),
      { numRuns: 60 },
    );
    // Another file set's stored glossary under this key's name.
    loadGlossary([base], { cache });
    const other = storedFiles(cache.dir).find((f) => f !== name) as string;
    for (const damaged of [good.subarray(0, good.length >> 1), Buffer.from('not a stored glossary'), Buffer.alloc(0), readFileSync(join(cache.dir, other))]) {
      writeFileSync(file, damaged);
      const loaded = loadGlossary(paths, { cache });
      expect(loaded).not.toBeInstanceOf(StoredGlossary);
      expect(loaded).toEqual(fresh);
      expect(readFileSync(file).equals(good)).toBe(true);
      expect(loadGlossary(paths, { cache })).toBeInstanceOf(StoredGlossary);
    }
  });

  it('hands a worker the bytes it was read from, which decode to the same glossary', () => {
    const cache = { dir: cacheDir('worker'), version: '1.0.0' };
    loadGlossary(paths, { cache });
    const warm = loadGlossary(paths, { cache });
    const bytes = storedGlossaryBytes(warm) as Uint8Array;
    expect(bytes).toBeInstanceOf(Uint8Array);
    const inWorker = workerGlossary({ glossary: { stored: structuredClone(bytes) }, options: { disabledRules: [], severityOverrides: [], plainTextComments: false }, paths: [], next: new SharedArrayBuffer(4) });
    expect(inWorker).toEqual(loadGlossary(paths));
    expect(storedGlossaryBytes(loadGlossary(paths))).toBeUndefined();
  });

  it('counts toward the bounded number of cache files', () => {
    const cache = { dir: cacheDir('prune'), version: '1.0.0' };
    mkdirSync(cache.dir, { recursive: true });
    for (let i = 0; i < MAX_CACHE_FILES; i++) writeFileSync(join(cache.dir, `loaded-old${i}.bin`), '');
    loadGlossary(paths, { cache });
    expect(storedFiles(cache.dir).filter((f) => f.startsWith('loaded-old')).length).toBeLessThanOrEqual(MAX_CACHE_FILES / 2);
    expect(storedFiles(cache.dir).filter((f) => !f.startsWith('loaded-old'))).toHaveLength(1);
  });
});

describe('stored glossary in check runs', () => {
  it('gives the same report for any --jobs once the cache is warm', () => {
    const work = join(dir, 'articles');
    mkdirSync(work, { recursive: true });
    const paragraphs = text.split('\n\n');
    for (let i = 0; i < 10; i++) writeFileSync(join(work, `a${i}.txt`), paragraphs.slice(i * 3, i * 3 + 3).join('\n\n'));
    const env = { MTQA_CACHE_DIR: cacheDir('cli') };
    const args = ['check', work, '--glossary', base, '--glossary', deskFile, '--format', 'json', '--fail-on', 'never'];
    const cold = runCli([...args, '--jobs', '1'], { env });
    expect(cold.code).toBe(0);
    expect(storedFiles(env.MTQA_CACHE_DIR)).toHaveLength(1);
    const one = runCli([...args, '--jobs', '1'], { env });
    const two = runCli([...args, '--jobs', '2'], { env });
    expect(two.stderr).toBe('');
    expect(one.stdout).toBe(cold.stdout);
    expect(two.stdout).toBe(cold.stdout);
    expect(JSON.parse(cold.stdout).files.flatMap((f: { findings: unknown[] }) => f.findings).length).toBeGreaterThan(5);
  });
});
