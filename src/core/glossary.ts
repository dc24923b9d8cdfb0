/**
 * The glossary as the core sees it (already validated by the loader) and its compiled index.
 */
import type { Severity } from './finding.js';
import { PhraseIndex, PhraseIndexBuilder } from './matcher.js';
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

/** What a compiled phrase stands for. */
export type PhraseRole =
  | { kind: 'avoid'; entry: number; avoid: number }
  | { kind: 'unless'; entry: number; avoid: number | null }
  | { kind: 'preferred'; entry: number };

export interface CompiledGlossary {
  glossary: Glossary;
  index: PhraseIndex;
  /** Role of each payload number the index reports. */
  roles: PhraseRole[];
  /**
   * The expanded sequences of each avoid payload whose findings need an alignment (a pattern with
   * context `< >`, or a replacement using `$N`); undefined for every other payload.
   */
  alignable: (Step[][] | undefined)[];
}

/** The word sequence of a plain phrase (a preferred rendering), each word matching its inflections. */
export function phraseSteps(phrase: string): Step[][] {
  const ws = words(phrase);
  return ws.length === 0 ? [] : [ws.map((w) => ({ kind: 'word' as const, key: wordKey(w, false) }))];
}

/** Whether a phrase has a word at all (what {@link phraseSteps} needs to return a sequence). */
const HAS_WORD = /[\p{L}\p{M}\p{N}]/u;

/**
 * Compiles every applicable entry into one phrase index.
 * Patterns must already be valid (the loader checks them); an invalid one throws PatternError.
 * @param index an index built earlier from the same patterns (a cache): then only the few patterns
 *   whose findings need an alignment are expanded, and no trie is built
 */
export function compileGlossary(glossary: Glossary, index?: PhraseIndex): CompiledGlossary {
  const builder = index === undefined ? new PhraseIndexBuilder() : null;
  const roles: PhraseRole[] = [];
  const alignable: (Step[][] | undefined)[] = [];
  // Payload numbers are given in this one traversal order, so a cached index and these roles agree.
  const add = (pattern: string, expand: (text: string) => Step[][], role: PhraseRole, align = false): void => {
    if (builder === null) {
      if (expand === phraseSteps && !HAS_WORD.test(pattern)) return;
      alignable[roles.length] = align ? expand(pattern) : undefined;
      roles.push(role);
      return;
    }
    const steps = expand(pattern);
    if (steps.length === 0) return;
    builder.add(steps, roles.length);
    alignable[roles.length] = align ? steps : undefined;
    roles.push(role);
  };
  glossary.entries.forEach((entry, e) => {
    entry.avoid.forEach((avoid, a) => {
      // `<` only ever opens a context in a valid pattern.
      const align = (avoid.replacement?.includes('$') ?? false) || avoid.pattern.includes('<');
      add(avoid.pattern, expandPattern, { kind: 'avoid', entry: e, avoid: a }, align);
      for (const u of avoid.unless) add(u, expandPattern, { kind: 'unless', entry: e, avoid: a });
    });
    for (const u of entry.unless) add(u, expandPattern, { kind: 'unless', entry: e, avoid: null });
    for (const p of entry.preferred) add(p, phraseSteps, { kind: 'preferred', entry: e });
  });
  return { glossary, index: index ?? (builder as PhraseIndexBuilder).build(), roles, alignable };
}

/**
 * What the phrase index of a glossary depends on, as one string: equal strings give equal indexes,
 * so a hash of it keys a cached index.
 */
export function indexSignature(glossary: Glossary): string {
  return JSON.stringify(glossary.entries.map((e) => [e.avoid.map((a) => [a.pattern, a.unless]), e.unless, e.preferred]));
}
