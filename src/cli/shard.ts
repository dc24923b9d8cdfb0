/**
 * `--shard k/n`: a stable k-th of the files, so a CI matrix can split an archive across machines.
 * A file belongs to shard `hash(path) mod n + 1`, the path taken relative to the configuration
 * directory with `/` separators, so every machine computes the same split whatever the order,
 * number or location of the files it was given.
 */
import { hashToUint32 } from '../core/hash.js';
import { UsageError } from './errors.js';

export interface Shard {
  /** 1-based shard number. */
  index: number;
  count: number;
}

/** Parses `k/n` (1 ≤ k ≤ n). @throws UsageError otherwise */
export function parseShard(spec: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (m === null || !(count >= 1) || !(index >= 1) || index > count) {
    throw new UsageError(`--shard must be k/n with 1 ≤ k ≤ n (e.g. 2/4), not \`${spec}\``);
  }
  return { index, count };
}

/** Whether a file (by its stable key, see above) falls in the shard. */
export function inShard(key: string, shard: Shard): boolean {
  return (hashToUint32(key.replace(/\\/g, '/')) % shard.count) + 1 === shard.index;
}
