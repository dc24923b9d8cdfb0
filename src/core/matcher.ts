/**
 * The phrase index: every pattern of a glossary compiled once into one token-level trie, and the
 * walk that finds all their matches in a token stream.
 *
 * Each token is looked up by integer id (its inflection key and its exact form), so a token no
 * pattern mentions costs one map look-up and the walk from it ends at once. A walk from token i
 * follows trie edges for at most {@link MAX_WORDS} words plus bounded gaps, so the whole scan is
 * O(tokens × bounded depth) and no pattern can make it backtrack without end. Adding entries adds
 * trie nodes, not work per token.
 */
import { MAX_GAP, MAX_WORDS, type Step } from './pattern.js';
import { inflectionKey } from './inflection.js';
import type { Tokens } from './tokens.js';
import { WordIds } from './word-ids.js';

/** A match of one compiled phrase: token indices `[firstToken, lastToken]`, inclusive. */
export interface PhraseMatch {
  /** The payload given to {@link PhraseIndexBuilder.add} for the matching phrase. */
  payload: number;
  firstToken: number;
  lastToken: number;
}

interface TrieNode {
  next: Map<number, TrieNode> | null;
  gaps: { min: number; max: number; node: TrieNode }[] | null;
  payloads: number[] | null;
}

function newNode(): TrieNode {
  return { next: null, gaps: null, payloads: null };
}

/** Collects expanded patterns; {@link build} freezes them into a {@link PhraseIndex}. */
export class PhraseIndexBuilder {
  private readonly root = newNode();
  private readonly vocabulary = new Map<string, number>();

  /** Adds every sequence of one expanded pattern under the given payload (any integer the caller chooses). */
  add(sequences: readonly Step[][], payload: number): void {
    for (const steps of sequences) {
      let node = this.root;
      for (const step of steps) {
        if (step.kind === 'gap') {
          node.gaps ??= [];
          let edge = node.gaps.find((g) => g.min === step.min && g.max === step.max);
          if (edge === undefined) {
            edge = { min: step.min, max: step.max, node: newNode() };
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
            child = newNode();
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
    return new PhraseIndex(this.root, this.vocabulary);
  }
}

/** Token ids of a text: for each token its inflection-key id and exact-form id (-1: unknown to the index). */
interface TokenIds {
  key: Int32Array;
  exact: Int32Array;
}

export class PhraseIndex {
  /** Token text → ids; grows with the distinct words seen, not the text. */
  private readonly wordIds: WordIds;

  constructor(
    private readonly root: TrieNode,
    private readonly vocabulary: ReadonlyMap<string, number>,
  ) {
    this.wordIds = new WordIds((lower) => [vocabulary.get(inflectionKey(lower)) ?? -1, vocabulary.get(`=${lower}`) ?? -1]);
  }

  /** Number of distinct word keys in the index (a size measure for diagnostics). */
  get vocabularySize(): number {
    return this.vocabulary.size;
  }

  private idsOf(text: string, tokens: Tokens): TokenIds {
    const key = new Int32Array(tokens.count);
    const exact = new Int32Array(tokens.count);
    const ids = this.wordIds;
    for (let i = 0; i < tokens.count; i++) {
      ids.lookup(text, tokens.starts[i] as number, tokens.ends[i] as number);
      key[i] = ids.key;
      exact[i] = ids.exact;
    }
    return { key, exact };
  }

  /**
   * Every match of every phrase in the token stream, in order of first token.
   * Overlapping and nested matches are all reported; choosing among them is the caller's policy.
   */
  findAll(text: string, tokens: Tokens): PhraseMatch[] {
    const ids = this.idsOf(text, tokens);
    const matches: PhraseMatch[] = [];
    const rootNext = this.root.next;
    if (rootNext === null) return matches;
    for (let i = 0; i < tokens.count; i++) {
      const k = ids.key[i] as number;
      const e = ids.exact[i] as number;
      if (k >= 0) {
        const child = rootNext.get(k);
        if (child !== undefined) this.walk(child, i, i + 1, ids, tokens, matches, 1);
      }
      if (e >= 0) {
        const child = rootNext.get(e);
        if (child !== undefined) this.walk(child, i, i + 1, ids, tokens, matches, 1);
      }
    }
    return matches;
  }

  /** Continues a match that began at token `first` and has consumed tokens up to `j` (exclusive). */
  private walk(node: TrieNode, first: number, j: number, ids: TokenIds, tokens: Tokens, out: PhraseMatch[], depth: number): void {
    if (node.payloads !== null) {
      for (const payload of node.payloads) out.push({ payload, firstToken: first, lastToken: j - 1 });
    }
    if (depth > MAX_WORDS + MAX_GAP * MAX_WORDS) return;
    if (node.next !== null && j < tokens.count && tokens.breakBefore[j] === 0) {
      const k = ids.key[j] as number;
      const e = ids.exact[j] as number;
      if (k >= 0) {
        const child = node.next.get(k);
        if (child !== undefined) this.walk(child, first, j + 1, ids, tokens, out, depth + 1);
      }
      if (e >= 0) {
        const child = node.next.get(e);
        if (child !== undefined) this.walk(child, first, j + 1, ids, tokens, out, depth + 1);
      }
    }
    if (node.gaps !== null) {
      for (const gap of node.gaps) {
        // Skip `skip` arbitrary words; none of them, nor the word after, may sit behind a hard break.
        for (let skip = 0, at = j; skip <= gap.max; skip++, at++) {
          if (skip >= gap.min) this.walkAfterGap(gap.node, first, at, ids, tokens, out, depth + 1);
          if (at >= tokens.count || tokens.breakBefore[at] === 1) break;
        }
      }
    }
  }

  private walkAfterGap(node: TrieNode, first: number, j: number, ids: TokenIds, tokens: Tokens, out: PhraseMatch[], depth: number): void {
    // A gap always sits between two words, so the node after it has word edges only.
    if (node.next === null || j >= tokens.count || tokens.breakBefore[j] === 1) return;
    const k = ids.key[j] as number;
    const e = ids.exact[j] as number;
    if (k >= 0) {
      const child = node.next.get(k);
      if (child !== undefined) this.walk(child, first, j + 1, ids, tokens, out, depth + 1);
    }
    if (e >= 0) {
      const child = node.next.get(e);
      if (child !== undefined) this.walk(child, first, j + 1, ids, tokens, out, depth + 1);
    }
  }
}
