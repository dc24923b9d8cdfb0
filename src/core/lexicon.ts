/**
 * The lexicon: every distinct word seen, lower-cased, interned under a dense integer id.
 *
 * The tokenizer gives each token the id of its lower-cased form, looked up straight from the
 * text's character codes (the hash is computed while the token is scanned): no substring, no
 * lower-casing and no allocation per token once a word has been seen. Everything that compares
 * words then compares integers — the phrase index maps a word id to its trie keys with one array
 * read, the repeated-word check compares ids — and what is derived from a word (its inflection
 * key) is computed once per distinct word, not once per occurrence.
 *
 * One lexicon serves the whole process ({@link LEXICON}), so a word's id is the same in every text
 * checked. It grows with the distinct words of the texts, not their length (a 10 MB news corpus
 * has some tens of thousands).
 */
import { inflectionKey } from './inflection.js';

const EMPTY = -1;

/** FNV-1a offset basis: the hash of the empty word; fold each code unit in with {@link hashStep}. */
export const HASH_SEED = 0x811c9dc5 | 0;

/** One step of FNV-1a over an already lower-cased code unit. */
export function hashStep(hash: number, lowerCodeUnit: number): number {
  return Math.imul(hash ^ lowerCodeUnit, 0x01000193);
}

/** The ASCII lower case of a code unit (other code units unchanged). */
function foldAscii(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
}

export class Lexicon {
  /** Lower-case word of each id. */
  private words: string[] = [];
  private hashes: Int32Array = new Int32Array(1024);
  /** Open-addressing table of ids, at most half full. */
  private slots: Int32Array = new Int32Array(2048).fill(EMPTY);
  private mask = 2047;
  /** Inflection key of each id, computed on first request (kept packed: one slot per id from the start). */
  private keys: (string | null)[] = [];

  /** Number of distinct words interned. */
  get size(): number {
    return this.words.length;
  }

  /** The lower-cased word of an id. */
  word(id: number): string {
    return this.words[id] as string;
  }

  /** The inflection key of an id's word (see `inflection.ts`), computed once per word. */
  inflectionKey(id: number): string {
    let key = this.keys[id] as string | null;
    if (key === null) {
      key = inflectionKey(this.words[id] as string);
      this.keys[id] = key;
    }
    return key;
  }

  /** The id of a lower-case word (interned if new). */
  idOfWord(lowerWord: string): number {
    let hash = HASH_SEED;
    for (let i = 0; i < lowerWord.length; i++) hash = hashStep(hash, lowerWord.charCodeAt(i));
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const id = this.slots[slot] as number;
      if (id === EMPTY) break;
      if (this.hashes[id] === hash && this.words[id] === lowerWord) return id;
    }
    return this.insert(lowerWord, hash);
  }

  /** The id of `text[start, end)` compared case-insensitively (interned if new). */
  idOf(text: string, start: number, end: number): number {
    let hash = HASH_SEED;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      // Beyond ASCII, lower-casing may change the length: the string path handles it.
      if (c >= 0x80) return this.idOfWord(text.slice(start, end).toLowerCase());
      hash = hashStep(hash, foldAscii(c));
    }
    return this.idOfAscii(text, start, end, hash);
  }

  /**
   * The id of an ASCII-only `text[start, end)` whose lower-cased {@link hashStep} hash the caller
   * computed while scanning it (the tokenizer's fast path).
   */
  idOfAscii(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const id = this.slots[slot] as number;
      if (id === EMPTY) break;
      if (this.hashes[id] !== hash) continue;
      const word = this.words[id] as string;
      if (word.length !== length) continue;
      let i = 0;
      while (i < length && foldAscii(text.charCodeAt(start + i)) === word.charCodeAt(i)) i++;
      if (i === length) return id;
    }
    return this.insert(text.slice(start, end).toLowerCase(), hash);
  }

  private insert(word: string, hash: number): number {
    const id = this.words.length;
    if (id === this.hashes.length) {
      const grown = new Int32Array(id * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.words.push(word);
    this.keys.push(null);
    this.hashes[id] = hash;
    if ((id + 1) * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
      this.mask = this.slots.length - 1;
      for (let i = 0; i <= id; i++) this.place(i);
    } else {
      this.place(id);
    }
    return id;
  }

  private place(id: number): void {
    let slot = (this.hashes[id] as number) & this.mask;
    while (this.slots[slot] !== EMPTY) slot = (slot + 1) & this.mask;
    this.slots[slot] = id;
  }
}

/** The process's lexicon, shared by every tokenization. */
export const LEXICON = new Lexicon();
