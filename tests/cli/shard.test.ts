import { describe, expect, it } from 'vitest';
import { inShard, parseShard } from '../../src/cli/shard.js';

describe('--shard', () => {
  it('puts every path in exactly one shard, for any number of shards', () => {
    const paths = Array.from({ length: 500 }, (_, i) => `articles/${2000 + (i % 25)}/${i}-news.txt`);
    for (const count of [1, 2, 3, 7, 16]) {
      const hits = paths.map((p) => Array.from({ length: count }, (_, k) => inShard(p, { index: k + 1, count })).filter(Boolean).length);
      expect(hits.every((n) => n === 1)).toBe(true);
      const sizes = Array.from({ length: count }, (_, k) => paths.filter((p) => inShard(p, { index: k + 1, count })).length);
      // the split is even enough to be worth a CI matrix: no shard gets twice its share
      for (const size of sizes) expect(size).toBeLessThan((2 * paths.length) / count + 1);
    }
  });

  it('treats \\ and / alike, so Windows and Linux runners agree', () => {
    for (let k = 1; k <= 4; k++) expect(inShard('a\\b\\c.txt', { index: k, count: 4 })).toBe(inShard('a/b/c.txt', { index: k, count: 4 }));
  });

  it('parses k/n and refuses anything else', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['3/2', '0/2', '1/0', '1', 'a/b', '1/2/3', '-1/2']) expect(() => parseShard(bad)).toThrow(/--shard must be k\/n/);
  });
});
