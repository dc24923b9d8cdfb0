/**
 * The glossary as the core sees it (already validated by the loader) and its compiled index.
 */
import type { Severity } from './finding.js';
import { PhraseIndex, PhraseIndexBuilder } from './matcher.js';
import { PhraseRoles, type PhraseRole } from './phrase-roles.js';
import { expandPattern, wordKey, type Step } from './pattern.js';
import { words } from './tokens.js';

/** Where a glossary value was written: file and 1-based line/column. */
export interface GlossaryLocation {
  file: string;
  line: number;
  column: number;
}

/** Review state of an entry: deprecated entries never apply, proposed ones only on request. */
export type EntryStatus = 'approved' | 'proposed' | 'deprecated';

/** One literal or awkward rendering an entry flags. */
export interface AvoidRendering {
  /** The pattern, in mtqa's pattern language (see `src/core/pattern.ts`). */
  pattern: string;
  /** This rendering's own replacement; when absent the entry's first preferred rendering is used. */
  replacement?: string;
  /** Negative contexts: a match inside a match of one of these patterns is not flagged. */
  unless: string[];
  location?: GlossaryLocation;
}

export interface GlossaryEntry {
  /** Unique id (kebab-case); findings carry `glossary/<id>`. */
  id: string;
  /** The Chinese term, when known. */
  source?: string;
  category: string;
  severity: Severity;
  /** Approved renderings; the first is the default fix. */
  preferred: string[];
  avoid: AvoidRendering[];
  /** Negative contexts that apply to every avoided rendering of the entry. */
  unless: string[];
  /** Whether substituting the replacement yields a grammatical sentence (default true). */
  fixable: boolean;
  /** What the source means, shown to editors. */
  note: string;
  examples: { flag: string[]; pass: string[] };
  status: EntryStatus;
  owner?: string;
  /** Name of the glossary file's theme (`glossary:` key) the entry came from. */
  glossary: string;
  location?: GlossaryLocation;
}

export interface Glossary {
  entries: GlossaryEntry[];
  /** A short version string for reports: the files' names and a content hash. */
  version: string;
  /**
   * sha256 (hex) of the glossary files' texts and the loading options, when loaded from files:
   * equal hashes mean equal entries, so it keys the compiled-index cache without hashing patterns.
   */
  contentHash?: string;
}

/** A glossary's entries one at a time, and its payload roles, as a cache keeps them. */
export interface EntryStore {
  /** Number of entries. */
  readonly count: number;
  /** Entry `index` (0-based), built on each call (a {@link StoredGlossary} memoises it). */
  entry(index: number): GlossaryEntry;
  /** What {@link payloadRoles} gives for these entries. */
  readonly roles: PhraseRoles;
}

/**
 * A glossary read back from a store (the loader's cache) rather than built whole: a check run
 * reads only the entries that match, so a 100,000-entry glossary starts almost as fast as a small
 * one. `entries` still works everywhere (it builds every entry on first use), and the glossary
 * equals (`toEqual`) the same glossary loaded without a cache.
 */
export class StoredGlossary implements Glossary {
  declare entries: GlossaryEntry[];
  readonly version: string;
  readonly contentHash: string | undefined;
  // Private fields are not properties, so they stay out of deep equality and out of `{ ...g }`.
  readonly #store: EntryStore;
  readonly #built: (GlossaryEntry | undefined)[];
  #all: GlossaryEntry[] | undefined;

  constructor(store: EntryStore, version: string, contentHash?: string) {
    this.#store = store;
    this.#built = new Array<GlossaryEntry | undefined>(store.count);
    this.version = version;
    this.contentHash = contentHash;
    // An own, enumerable getter (not one on the prototype), so the entries take part in deep
    // equality and spreading like a plain glossary's.
    Object.defineProperty(this, 'entries', {
      enumerable: true,
      get: (): GlossaryEntry[] => (this.#all ??= Array.from({ length: store.count }, (_, i) => this.entry(i))),
    });
  }

  /** Number of entries, without building them. */
  get count(): number {
    return this.#store.count;
  }

  /** The roles of the glossary's payloads, without building any entry. */
  get roles(): PhraseRoles {
    return this.#store.roles;
  }

  /** Entry `index` (0-based), built once. */
  entry(index: number): GlossaryEntry {
    return (this.#built[index] ??= this.#store.entry(index));
  }
}

export interface CompiledGlossary {
  glossary: Glossary;
  index: PhraseIndex;
  /** Role of each payload number the index reports. */
  roles: PhraseRoles;
  /** Entry `index` (0-based), as `glossary.entries[index]`, without building the others. */
  entry(index: number): GlossaryEntry;
  /**
   * The expanded sequences of an avoid payload whose findings need an alignment (a pattern with
   * context `< >`, or a replacement using `$N`); undefined for every other payload. Computed on
   * first use.
   */
  alignment(payload: number): Step[][] | undefined;
}

/** The word sequence of a plain phrase (a preferred rendering), each word matching its inflections. */
export function phraseSteps(phrase: string): Step[][] {
  const ws = words(phrase);
  return ws.length === 0 ? [] : [ws.map((w) => ({ kind: 'word' as const, key: wordKey(w, false) }))];
}

/** Whether a phrase has a word at all (what {@link phraseSteps} needs to return a sequence). */
const HAS_WORD = /[\p{L}\p{M}\p{N}]/u;

/**
 * Visits every phrase of the entries in payload order: payload numbers are given by this one
 * traversal, so an index built from the patterns, a cached index and cached roles all agree.
 * A preferred rendering without a word gets no payload.
 */
function forEachPhrase(entries: readonly GlossaryEntry[], visit: (pattern: string, expand: (text: string) => Step[][], role: PhraseRole) => void): void {
  entries.forEach((entry, e) => {
    entry.avoid.forEach((avoid, a) => {
      visit(avoid.pattern, expandPattern, { kind: 'avoid', entry: e, avoid: a });
      for (const u of avoid.unless) visit(u, expandPattern, { kind: 'unless', entry: e, avoid: a });
    });
    for (const u of entry.unless) visit(u, expandPattern, { kind: 'unless', entry: e, avoid: null });
    for (const p of entry.preferred) if (HAS_WORD.test(p)) visit(p, phraseSteps, { kind: 'preferred', entry: e });
  });
}

/** The role of every payload of these entries' phrase index, in payload order. */
export function payloadRoles(entries: readonly GlossaryEntry[]): PhraseRoles {
  const roles: PhraseRole[] = [];
  forEachPhrase(entries, (_pattern, _expand, role) => roles.push(role));
  return PhraseRoles.from(roles);
}

/**
 * Compiles every applicable entry into one phrase index.
 * Patterns must already be valid (the loader checks them); an invalid one throws PatternError.
 * @param index an index built earlier from the same patterns (a cache): then no pattern is
 *   expanded and no trie is built; with a {@link StoredGlossary} no entry is built either
 */
export function compileGlossary(glossary: Glossary, index?: PhraseIndex): CompiledGlossary {
  const stored = glossary instanceof StoredGlossary ? glossary : null;
  let roles: PhraseRoles;
  if (index === undefined) {
    const builder = new PhraseIndexBuilder();
    const list: PhraseRole[] = [];
    forEachPhrase(glossary.entries, (pattern, expand, role) => {
      const steps = expand(pattern);
      if (steps.length > 0) builder.add(steps, list.length);
      list.push(role);
    });
    index = builder.build();
    roles = PhraseRoles.from(list);
  } else {
    roles = stored?.roles ?? payloadRoles(glossary.entries);
  }
  const entry = stored === null ? (i: number): GlossaryEntry => glossary.entries[i] as GlossaryEntry : (i: number): GlossaryEntry => stored.entry(i);
  const alignments = new Map<number, Step[][] | undefined>();
  const alignment = (payload: number): Step[][] | undefined => {
    if (alignments.has(payload)) return alignments.get(payload);
    const role = roles.at(payload);
    const avoid = role?.kind === 'avoid' ? entry(role.entry).avoid[role.avoid] : undefined;
    // `<` only ever opens a context in a valid pattern.
    const align = avoid !== undefined && ((avoid.replacement?.includes('$') ?? false) || avoid.pattern.includes('<'));
    const steps = align ? expandPattern(avoid.pattern) : undefined;
    alignments.set(payload, steps);
    return steps;
  };
  return { glossary, index, roles, entry, alignment };
}

/**
 * What the phrase index of a glossary depends on, as one string: equal strings give equal indexes,
 * so a hash of it keys a cached index.
 */
export function indexSignature(glossary: Glossary): string {
  return JSON.stringify(glossary.entries.map((e) => [e.avoid.map((a) => [a.pattern, a.unless]), e.unless, e.preferred]));
}
