/**
 * The phrase index: every pattern of a glossary compiled once into one token-level trie, and the
 * walk that finds all their matches in a token stream.
 *
 * Each token is looked up by integer id (its inflection key and its exact form), so a token no
 * pattern mentions costs one look-up and the walk from it ends at once. A walk from token i
 * follows trie edges for at most {@link MAX_WORDS} words plus bounded gaps, so the whole scan is
 * O(tokens × bounded depth) and no pattern can make it backtrack without end. Adding entries adds
 * trie nodes, not work per token.
 *
 * The built trie is flat: typed arrays in compressed-sparse-row form (each node's word edges sorted
 * by word id, its gap edges and its payloads in ranges of shared arrays), with the root's edges in
 * a dense table. It is cheap to build, small in memory, and {@link PhraseIndex.toBytes} /
 * {@link PhraseIndex.fromBytes} store it as one buffer, so a cached glossary is not compiled again.
 */
import { MAX_GAP, MAX_WORDS, type Step } from './pattern.js';
import { LEXICON } from './lexicon.js';
import type { Tokens } from './tokens.js';

/** A match of one compiled phrase: token indices `[firstToken, lastToken]`, inclusive. */
export interface PhraseMatch {
  /** The payload given to {@link PhraseIndexBuilder.add} for the matching phrase. */
  payload: number;
  firstToken: number;
  lastToken: number;
}

/** A trie node while the index is being built. */
interface BuildNode {
  id: number;
  next: Map<number, BuildNode> | null;
  gaps: { min: number; max: number; node: BuildNode }[] | null;
  payloads: number[] | null;
}

/** Collects expanded patterns; {@link build} freezes them into a {@link PhraseIndex}. */
export class PhraseIndexBuilder {
  private readonly nodes: BuildNode[] = [];
  private readonly root = this.newNode();
  private readonly vocabulary = new Map<string, number>();

  private newNode(): BuildNode {
    const node: BuildNode = { id: this.nodes.length, next: null, gaps: null, payloads: null };
    this.nodes.push(node);
    return node;
  }

  /** Adds every sequence of one expanded pattern under the given payload (any integer the caller chooses). */
  add(sequences: readonly Step[][], payload: number): void {
    for (const steps of sequences) {
      let node = this.root;
      for (const step of steps) {
        if (step.kind === 'gap') {
          node.gaps ??= [];
          let edge = node.gaps.find((g) => g.min === step.min && g.max === step.max);
          if (edge === undefined) {
            edge = { min: step.min, max: step.max, node: this.newNode() };
            node.gaps.push(edge);
          }
          node = edge.node;
        } else {
          let id = this.vocabulary.get(step.key);
          if (id === undefined) {
            id = this.vocabulary.size;
            this.vocabulary.set(step.key, id);
          }
          node.next ??= new Map();
          let child = node.next.get(id);
          if (child === undefined) {
            child = this.newNode();
            node.next.set(id, child);
          }
          node = child;
        }
      }
      node.payloads ??= [];
      if (!node.payloads.includes(payload)) node.payloads.push(payload);
    }
  }

  build(): PhraseIndex {
    const n = this.nodes.length;
    const edgeStart = new Int32Array(n + 1);
    const gapStart = new Int32Array(n + 1);
    const payloadStart = new Int32Array(n + 1);
    let edges = 0;
    let gaps = 0;
    let payloads = 0;
    for (const node of this.nodes) {
      edgeStart[node.id] = edges;
      gapStart[node.id] = gaps;
      payloadStart[node.id] = payloads;
      if (node.id !== 0) edges += node.next?.size ?? 0;
      gaps += node.gaps?.length ?? 0;
      payloads += node.payloads?.length ?? 0;
    }
    edgeStart[n] = edges;
    gapStart[n] = gaps;
    payloadStart[n] = payloads;
    const flat: FlatTrie = {
      vocabulary: [...this.vocabulary.keys()],
      rootNext: new Int32Array(this.vocabulary.size).fill(-1),
      edgeStart,
      edgeWord: new Int32Array(edges),
      edgeChild: new Int32Array(edges),
      gapStart,
      gapMin: new Int32Array(gaps),
      gapMax: new Int32Array(gaps),
      gapChild: new Int32Array(gaps),
      payloadStart,
      payloads: new Int32Array(payloads),
    };
    for (const [word, child] of this.root.next ?? []) flat.rootNext[word] = child.id;
    for (const node of this.nodes) {
      if (node.id !== 0 && node.next !== null) {
        let e = edgeStart[node.id] as number;
        for (const [word, child] of [...node.next].sort((a, b) => a[0] - b[0])) {
          flat.edgeWord[e] = word;
          flat.edgeChild[e++] = child.id;
        }
      }
      let g = gapStart[node.id] as number;
      for (const gap of node.gaps ?? []) {
        flat.gapMin[g] = gap.min;
        flat.gapMax[g] = gap.max;
        flat.gapChild[g++] = gap.node.id;
      }
      flat.payloads.set(node.payloads ?? [], payloadStart[node.id] as number);
    }
    return new PhraseIndex(flat);
  }
}

/** The trie as arrays. Node 0 is the root; every `*Start` array has one more slot than nodes. */
interface FlatTrie {
  /** Word key of each word id. */
  vocabulary: string[];
  /** Root's child for each word id, -1 for none (the root is dense: every text token asks it). */
  rootNext: Int32Array;
  /** Word edges of node n: indices `edgeStart[n] .. edgeStart[n+1]`, sorted by word id. */
  edgeStart: Int32Array;
  edgeWord: Int32Array;
  edgeChild: Int32Array;
  /** Gap edges of node n: `gapStart[n] .. gapStart[n+1]`. */
  gapStart: Int32Array;
  gapMin: Int32Array;
  gapMax: Int32Array;
  gapChild: Int32Array;
  /** Payloads of node n: `payloadStart[n] .. payloadStart[n+1]`. */
  payloadStart: Int32Array;
  payloads: Int32Array;
}

/** The typed arrays of a {@link FlatTrie}, in the order {@link PhraseIndex.toBytes} writes them. */
const ARRAYS = ['rootNext', 'edgeStart', 'edgeWord', 'edgeChild', 'gapStart', 'gapMin', 'gapMax', 'gapChild', 'payloadStart', 'payloads'] as const;

/** Marks a serialised index and its layout version. */
const MAGIC = 0x6d747131; // "mtq1"

/** Marks a lexicon word whose trie ids are not resolved yet. */
const UNRESOLVED = -2;

export class PhraseIndex {
  /** Trie word id of each word key. */
  private readonly vocabulary = new Map<string, number>();
  /**
   * For each {@link LEXICON} id: the trie word id of the word's inflection key (at `2·id`) and of
   * its exact form (at `2·id + 1`), -1 when the trie lacks it, {@link UNRESOLVED} until first seen.
   * Grows with the distinct words checked, not the text.
   */
  private wordIds: Int32Array = new Int32Array(0);

  constructor(private readonly trie: FlatTrie) {
    trie.vocabulary.forEach((word, id) => this.vocabulary.set(word, id));
  }

  /** Number of distinct word keys in the index (a size measure for diagnostics). */
  get vocabularySize(): number {
    return this.trie.vocabulary.length;
  }

  /** The index as one buffer: a header, the typed arrays, then the vocabulary as JSON. */
  toBytes(): Uint8Array {
    const vocabulary = Buffer.from(JSON.stringify(this.trie.vocabulary), 'utf8');
    const header = new Int32Array(2 + ARRAYS.length);
    header[0] = MAGIC;
    header[1] = vocabulary.length;
    ARRAYS.forEach((name, i) => (header[2 + i] = this.trie[name].length));
    const parts = [header, ...ARRAYS.map((name) => this.trie[name])].map((a) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    return Buffer.concat([...parts, vocabulary]);
  }

  /** Reads an index written by {@link toBytes}; null when the bytes are not one (wrong version, truncated). */
  static fromBytes(bytes: Uint8Array): PhraseIndex | null {
    const headerBytes = 4 * (2 + ARRAYS.length);
    if (bytes.byteLength < headerBytes) return null;
    // The typed arrays view the bytes directly; only a buffer that is not 4-byte aligned is copied first.
    let aligned = bytes;
    if (bytes.byteOffset % 4 !== 0) {
      aligned = new Uint8Array(bytes.byteLength);
      aligned.set(bytes);
    }
    const base = aligned.byteOffset;
    const header = new Int32Array(aligned.buffer, base, 2 + ARRAYS.length);
    if (header[0] !== MAGIC) return null;
    let offset = headerBytes;
    const arrays: Partial<Record<(typeof ARRAYS)[number], Int32Array>> = {};
    for (let i = 0; i < ARRAYS.length; i++) {
      const length = header[2 + i] as number;
      if (offset + 4 * length > aligned.byteLength) return null;
      arrays[ARRAYS[i] as (typeof ARRAYS)[number]] = new Int32Array(aligned.buffer, base + offset, length);
      offset += 4 * length;
    }
    const vocabularyLength = header[1] as number;
    if (offset + vocabularyLength !== aligned.byteLength) return null;
    let vocabulary: unknown;
    try {
      vocabulary = JSON.parse(Buffer.from(aligned.buffer, base + offset, vocabularyLength).toString('utf8'));
    } catch {
      return null;
    }
    if (!Array.isArray(vocabulary)) return null;
    return new PhraseIndex({ vocabulary: vocabulary as string[], ...(arrays as Record<(typeof ARRAYS)[number], Int32Array>) });
  }

  /**
   * The word-id table covering every word of the tokens: each new word's trie ids are resolved
   * once (per index, per process), so the walk reads a token's ids with one array read.
   */
  private resolved(tokens: Tokens): Int32Array {
    let known = this.wordIds;
    if (known.length < 2 * LEXICON.size) {
      const grown = new Int32Array(4 * LEXICON.size).fill(UNRESOLVED);
      grown.set(known);
      known = this.wordIds = grown;
    }
    const word = tokens.word;
    for (let i = 0, n = tokens.count; i < n; i++) {
      const w = word[i] as number;
      if (known[2 * w] !== UNRESOLVED) continue;
      known[2 * w] = this.vocabulary.get(LEXICON.inflectionKey(w)) ?? -1;
      known[2 * w + 1] = this.vocabulary.get(`=${LEXICON.word(w)}`) ?? -1;
    }
    return known;
  }

  /** The child of a non-root node along a word id, or -1. */
  private child(node: number, word: number): number {
    const t = this.trie;
    let lo = t.edgeStart[node] as number;
    let hi = (t.edgeStart[node + 1] as number) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const w = t.edgeWord[mid] as number;
      if (w === word) return t.edgeChild[mid] as number;
      if (w < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /**
   * Every match of every phrase in the token stream, in order of first token.
   * Overlapping and nested matches are all reported; choosing among them is the caller's policy.
   */
  findAll(tokens: Tokens): PhraseMatch[] {
    const ids = this.resolved(tokens);
    const word = tokens.word;
    const matches: PhraseMatch[] = [];
    const rootNext = this.trie.rootNext;
    for (let i = 0, n = tokens.count; i < n; i++) {
      const w = 2 * (word[i] as number);
      const k = ids[w] as number;
      const e = ids[w + 1] as number;
      if (k >= 0) {
        const child = rootNext[k] as number;
        if (child >= 0) this.walk(child, i, i + 1, ids, tokens, matches, 1);
      }
      if (e >= 0) {
        const child = rootNext[e] as number;
        if (child >= 0) this.walk(child, i, i + 1, ids, tokens, matches, 1);
      }
    }
    return matches;
  }

  /** Continues a match that began at token `first` and has consumed tokens up to `j` (exclusive). */
  private walk(node: number, first: number, j: number, ids: Int32Array, tokens: Tokens, out: PhraseMatch[], depth: number): void {
    const t = this.trie;
    for (let p = t.payloadStart[node] as number, end = t.payloadStart[node + 1] as number; p < end; p++) {
      out.push({ payload: t.payloads[p] as number, firstToken: first, lastToken: j - 1 });
    }
    if (depth > MAX_WORDS + MAX_GAP * MAX_WORDS) return;
    this.step(node, first, j, ids, tokens, out, depth);
    for (let g = t.gapStart[node] as number, end = t.gapStart[node + 1] as number; g < end; g++) {
      const max = t.gapMax[g] as number;
      const min = t.gapMin[g] as number;
      const after = t.gapChild[g] as number;
      // Skip `skip` arbitrary words; none of them, nor the word after, may sit behind a hard break.
      // A gap always sits between two words, so the node after it has word edges only.
      for (let skip = 0, at = j; skip <= max; skip++, at++) {
        if (skip >= min) this.step(after, first, at, ids, tokens, out, depth + 1);
        if (at >= tokens.count || tokens.breakBefore[at] === 1) break;
      }
    }
  }

  /** Follows node's word edges with token j, when j exists and no hard break stands before it. */
  private step(node: number, first: number, j: number, ids: Int32Array, tokens: Tokens, out: PhraseMatch[], depth: number): void {
    const t = this.trie;
    if (t.edgeStart[node] === t.edgeStart[node + 1] || j >= tokens.count || tokens.breakBefore[j] === 1) return;
    const w = 2 * (tokens.word[j] as number);
    const k = ids[w] as number;
    const e = ids[w + 1] as number;
    if (k >= 0) {
      const child = this.child(node, k);
      if (child >= 0) this.walk(child, first, j + 1, ids, tokens, out, depth + 1);
    }
    if (e >= 0) {
      const child = this.child(node, e);
      if (child >= 0) this.walk(child, first, j + 1, ids, tokens, out, depth + 1);
    }
  }
}
