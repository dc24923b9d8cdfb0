import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedParse, glossaryCacheFromEnv, MAX_CACHE_FILES, MIN_CACHED_BYTES } from '../../src/glossary/glossary-cache.js';
import { loadGlossary } from '../../src/glossary/load-glossary.js';
import { parseGlossaryFile } from '../../src/glossary/parse-glossary.js';

const dir = mkdtempSync(join(tmpdir(), 'mtqa-cache-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function bigGlossary(extra = ''): string {
  const entries: string[] = [];
  for (let i = 0; entries.join('\n').length < MIN_CACHED_BYTES; i++) {
    entries.push(`  - id: e${i}\n    category: term\n    severity: warning\n    preferred: [approved wording ${i}]\n    avoid: ["take off {2} hat${i}"]\n    note: Entry ${i}.`);
  }
  return `glossary: big\nversion: 1\nentries:\n${entries.join('\n')}\n${extra}`;
}

describe('glossary cache', () => {
  it('reads a large file back from the cache with the same entries, and re-parses when it changes', () => {
    const cache = { dir: join(dir, 'cache'), version: '1.0.0' };
    const file = join(dir, 'big.yaml');
    writeFileSync(file, bigGlossary());
    const fresh = loadGlossary([file]);
    const first = loadGlossary([file], { cache });
    expect(readdirSync(cache.dir)).toHaveLength(1);
    const second = loadGlossary([file], { cache });
    expect(second).toEqual(fresh);
    expect(first).toEqual(fresh);
    writeFileSync(file, bigGlossary('  - id: added\n    category: term\n    severity: error\n    preferred: [x]\n    avoid: [y z]\n    note: n\n'));
    expect(loadGlossary([file], { cache }).entries.map((e) => e.id)).toContain('added');
    expect(readdirSync(cache.dir)).toHaveLength(2);
  });

  it('never caches small files or files with problems, so errors keep their positions', () => {
    const cache = { dir: join(dir, 'cache2'), version: '1.0.0' };
    let parses = 0;
    const parse = (text: string, file: string) => {
      parses++;
      return parseGlossaryFile(text, file);
    };
    cachedParse('glossary: small\nversion: 1\nentries: []\n', 'small.yaml', cache, parse);
    const broken = `${bigGlossary()}  - id: e0\n    category: term\n    severity: error\n    preferred: [x]\n    avoid: [y z]\n    note: n\n`;
    expect(cachedParse(broken, 'broken.yaml', cache, parse).problems[0]?.message).toMatch(/duplicate id `e0`/);
    expect(cachedParse(broken, 'broken.yaml', cache, parse).problems).toHaveLength(1);
    expect(parses).toBe(3);
  });

  it('takes its directory from MTQA_CACHE_DIR, XDG_CACHE_HOME or ~/.cache, and is off with MTQA_CACHE_DIR=off', () => {
    expect(glossaryCacheFromEnv({ MTQA_CACHE_DIR: 'off' }, '1')).toBeNull();
    expect(glossaryCacheFromEnv({ MTQA_CACHE_DIR: '/c' }, '1')).toEqual({ dir: '/c', version: '1' });
    expect(glossaryCacheFromEnv({ XDG_CACHE_HOME: '/x' }, '1')).toEqual({ dir: join('/x', 'mtqa'), version: '1' });
    expect(glossaryCacheFromEnv({}, '1')?.dir).toMatch(/\.cache[\\/]mtqa$/);
  });
});

describe('glossary cache size', () => {
  it('removes the oldest half once more than MAX_CACHE_FILES files are cached', () => {
    const cacheDir = join(dir, 'cache-prune');
    mkdirSync(cacheDir, { recursive: true });
    for (let i = 0; i < MAX_CACHE_FILES; i++) writeFileSync(join(cacheDir, `glossary-old${i}.json`), '{}');
    const file = join(dir, 'prune.yaml');
    writeFileSync(file, bigGlossary());
    loadGlossary([file], { cache: { dir: cacheDir, version: '1.0.0' } });
    const left = readdirSync(cacheDir);
    expect(left.length).toBeLessThanOrEqual(MAX_CACHE_FILES / 2 + 1);
    expect(left.length).toBeGreaterThan(1);
  });
});

describe('glossary cache format', () => {
  it('gives back every field of a rich entry exactly as a fresh parse does', () => {
    const cache = { dir: join(dir, 'cache-rich'), version: '1.0.0' };
    const file = join(dir, 'rich.yaml');
    const rich =
      '  - id: rich\n    source: 摘帽\n    category: idiom\n    severity: info\n    status: proposed\n    owner: desk\n' +
      '    preferred: [removed from the poverty list, lifted out of poverty]\n' +
      '    avoid:\n      - take off {2} hat\n      - pattern: "<county {2}> without hats"\n        replacement: not yet $1 removed\n        unless: [county without hats ever]\n' +
      '    unless: [took off his hat]\n    fixable: false\n    note: A rich entry.\n    examples:\n      flag: [They took off their hats.]\n      pass: [He took off his hat.]\n';
    writeFileSync(file, bigGlossary(rich));
    const fresh = loadGlossary([file], { keepAll: true });
    loadGlossary([file], { cache, keepAll: true });
    const cached = loadGlossary([file], { cache, keepAll: true });
    expect(readdirSync(cache.dir).filter((f) => f.startsWith('glossary-'))).toHaveLength(1);
    expect(cached).toEqual(fresh);
    expect(cached.entries.find((e) => e.id === 'rich')).toMatchObject({ source: '摘帽', owner: 'desk', status: 'proposed', fixable: false, unless: ['took off his hat'] });
  });
});
