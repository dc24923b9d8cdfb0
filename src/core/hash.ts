/**
 * A small, fast, non-cryptographic string hash (cyrb53, run with two seeds for 106 bits), so that
 * fingerprints and shards are stable across machines without loading `node:crypto` in the core.
 */

function cyrb53(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** A 28-hex-digit hash of a string (UTF-16 code units); equal strings, equal hashes, everywhere. */
export function hashString(text: string): string {
  return cyrb53(text, 0) + cyrb53(text, 0x9e3779b9);
}

/** A 32-bit unsigned hash of a string, for bucketing (shards). */
export function hashToUint32(text: string): number {
  return parseInt(cyrb53(text, 0x85ebca6b).slice(-8), 16) >>> 0;
}
