/**
 * A cache from a token's text to the phrase index's ids for it, looked up straight from the
 * text's character codes: no substring, no lower-casing and no allocation per token once a word
 * has been seen. Grows with the distinct words of the texts checked, not with their length.
 */

/** Resolves a lower-case word to its [inflection-key id, exact-form id] (-1: unknown to the index). */
export type ResolveWord = (lowerWord: string) => readonly [number, number];

const EMPTY = -1;

export class WordIds {
  /** Lower-case word of each filled slot. */
  private words: string[] = [];
  private hashes: Int32Array = new Int32Array(1024);
  private keyIds: Int32Array = new Int32Array(1024);
  private exactIds: Int32Array = new Int32Array(1024);
  private slots: Int32Array = new Int32Array(1024).fill(EMPTY);
  private mask = 1023;
  /** Inflection-key id of the word found by the last {@link lookup}. */
  key = -1;
  /** Exact-form id of the word found by the last {@link lookup}. */
  exact = -1;

  constructor(private readonly resolve: ResolveWord) {}

  /** Looks up `text[start, end)` case-insensitively; the ids are left in {@link key} and {@link exact}. */
  lookup(text: string, start: number, end: number): void {
    // FNV-1a over the lower-cased code units; ASCII is folded here, anything else by toLowerCase.
    let hash = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) {
      let c = text.charCodeAt(i);
      if (c >= 0x80) {
        this.lookupWord(text.slice(start, end).toLowerCase());
        return;
      }
      if (c >= 0x41 && c <= 0x5a) c |= 0x20;
      hash = Math.imul(hash ^ c, 0x01000193);
    }
    const length = end - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const index = this.slots[slot] as number;
      if (index === EMPTY) break;
      if (this.hashes[index] !== hash) continue;
      const word = this.words[index] as string;
      if (word.length !== length) continue;
      let same = true;
      for (let i = 0; i < length; i++) {
        let c = text.charCodeAt(start + i);
        if (c >= 0x41 && c <= 0x5a) c |= 0x20;
        if (c !== word.charCodeAt(i)) {
          same = false;
          break;
        }
      }
      if (same) {
        this.key = this.keyIds[index] as number;
        this.exact = this.exactIds[index] as number;
        return;
      }
    }
    this.insert(text.slice(start, end).toLowerCase(), hash);
  }

  /** Looks up a word that is already lower-cased (the path for non-ASCII tokens). */
  private lookupWord(word: string): void {
    let hash = 0x811c9dc5 | 0;
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const index = this.slots[slot] as number;
      if (index === EMPTY) break;
      if (this.hashes[index] === hash && this.words[index] === word) {
        this.key = this.keyIds[index] as number;
        this.exact = this.exactIds[index] as number;
        return;
      }
    }
    this.insert(word, hash);
  }

  private insert(word: string, hash: number): void {
    const [key, exact] = this.resolve(word);
    const index = this.words.length;
    if (index === this.hashes.length) {
      this.hashes = grown(this.hashes);
      this.keyIds = grown(this.keyIds);
      this.exactIds = grown(this.exactIds);
    }
    this.words.push(word);
    this.hashes[index] = hash;
    this.keyIds[index] = key;
    this.exactIds[index] = exact;
    // Keep the table at most half full.
    if ((index + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(index);
    this.key = key;
    this.exact = exact;
  }

  private place(index: number): void {
    let slot = (this.hashes[index] as number) & this.mask;
    while (this.slots[slot] !== EMPTY) slot = (slot + 1) & this.mask;
    this.slots[slot] = index;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size).fill(EMPTY);
    this.mask = size - 1;
    for (let i = 0; i < this.words.length; i++) this.place(i);
  }
}

function grown(array: Int32Array): Int32Array {
  const next = new Int32Array(array.length * 2);
  next.set(array);
  return next;
}
