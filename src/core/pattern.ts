/**
 * The glossary pattern language, parsed and expanded into plain word sequences.
 *
 *     take off [their|its|the] (hat|hats)    words match every inflection; [ ] optional; ( ) required
 *     =hats                                   an exact form only
 *     gnaw {2} hard bone                      a gap of 0..2 arbitrary words ({1,3}: 1..3 words)
 *     <(county|village) {3}> take off hat      context: must match, but is not part of the flagged span
 *
 * Context (`< >`) may stand only at the start or the end of a pattern. The words a gap matched
 * can be put into a replacement as `$1`, `$2`, … (gaps numbered from the left, context included).
 *
 * Hyphens, quotes and commas inside a pattern separate words, exactly as they do in the text.
 * A pattern expands to at most {@link MAX_EXPANSIONS} sequences of at most {@link MAX_WORDS}
 * words; a gap spans at most {@link MAX_GAP} words. These bounds, with the matcher's walk, keep
 * matching linear in the text whatever a glossary says.
 */
import { inflectionKey } from './inflection.js';
import { words } from './tokens.js';

/** Largest gap `{N}` a pattern may ask for, in words. */
export const MAX_GAP = 4;
/** Most words one expanded sequence may have (gaps not counted). */
export const MAX_WORDS = 12;
/** Most sequences one pattern may expand to. */
export const MAX_EXPANSIONS = 256;

/** One step of an expanded pattern: a word to match, or a gap of arbitrary words. */
export type Step =
  | { kind: 'word'; key: string; context?: true }
  | { kind: 'gap'; min: number; max: number; context?: true };

/** A mistake in a pattern; `offset` is the 0-based index in the pattern string where it was found. */
export class PatternError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'PatternError';
  }
}

/** The key a text token or pattern word is matched by: its inflection key, or `=form` for exact forms. */
export function wordKey(lowerWord: string, exact: boolean): string {
  return exact ? `=${lowerWord}` : inflectionKey(lowerWord);
}

type Alternatives = Step[][];

/**
 * Parses a pattern and expands it into every word sequence it stands for.
 * @throws PatternError with the offset of the mistake
 */
export function expandPattern(pattern: string): Step[][] {
  const parser = new Parser(pattern);
  const sequences = parser.sequence(null);
  // Top-level alternatives (`a b|c d`) read like a group around the whole pattern.
  while (pattern[parser.pos] === '|') {
    parser.pos++;
    const at = parser.pos;
    const more = parser.sequence(null);
    if (more.length === 1 && more[0]?.length === 0) throw new PatternError('empty alternative after `|`', at);
    sequences.push(...more);
  }
  if (sequences.length > MAX_EXPANSIONS) throw new PatternError(`the pattern expands to more than ${MAX_EXPANSIONS} phrases`, 0);
  const result: Step[][] = [];
  for (const raw of sequences) {
    const steps = mergeGaps(raw);
    const first = steps[0];
    const last = steps[steps.length - 1];
    if (first === undefined || last === undefined) throw new PatternError('the pattern has no words (every part is optional)', 0);
    if (first.kind === 'gap' || last.kind === 'gap') {
      throw new PatternError('a gap must stand between two words, not at the start or end of a pattern', 0);
    }
    const core = steps.filter((s) => s.context !== true);
    const firstCore = steps.findIndex((s) => s.context !== true);
    if (firstCore < 0 || !core.some((s) => s.kind === 'word')) throw new PatternError('the pattern has no words outside its context `< >`', 0);
    if (steps.slice(firstCore, firstCore + core.length).some((s) => s.context === true)) {
      throw new PatternError('context `< >` may stand only at the start or the end of a pattern', 0);
    }
    const coreFirst = core[0];
    const coreLast = core[core.length - 1];
    if (coreFirst?.kind === 'gap' || coreLast?.kind === 'gap') throw new PatternError('the flagged part of a pattern must begin and end with a word, not a gap', 0);
    const wordCount = steps.filter((s) => s.kind === 'word').length;
    if (wordCount > MAX_WORDS) throw new PatternError(`a pattern may have at most ${MAX_WORDS} words; this one has ${wordCount}`, 0);
    result.push(steps);
  }
  return result;
}

function mergeGaps(steps: Step[]): Step[] {
  const out: Step[] = [];
  for (const step of steps) {
    const prev = out[out.length - 1];
    if (step.kind === 'gap' && prev !== undefined && prev.kind === 'gap' && prev.context === step.context) {
      const merged: Step = { kind: 'gap', min: prev.min + step.min, max: Math.min(MAX_GAP, prev.max + step.max) };
      if (step.context === true) merged.context = true;
      out[out.length - 1] = merged;
    } else {
      out.push(step);
    }
  }
  return out;
}

function concat(left: Alternatives, right: Alternatives, offset: number): Alternatives {
  if (left.length * right.length > MAX_EXPANSIONS) {
    throw new PatternError(`the pattern expands to more than ${MAX_EXPANSIONS} phrases; split it into several patterns`, offset);
  }
  const out: Alternatives = [];
  for (const a of left) for (const b of right) out.push([...a, ...b]);
  return out;
}

class Parser {
  pos = 0;
  constructor(private readonly src: string) {}

  /** Parses items until `close` (or the end), returning the alternatives of the whole sequence. */
  sequence(close: string | null): Alternatives {
    let acc: Alternatives = [[]];
    for (;;) {
      this.skipSpace();
      const c = this.src[this.pos];
      if (c === undefined || c === '|' || c === close) return acc;
      const at = this.pos;
      acc = concat(acc, this.item(), at);
    }
  }

  private inContext = false;

  private contextSequence(close: string): Alternatives {
    if (this.inContext) throw new PatternError('context `< >` cannot be nested', this.pos);
    this.inContext = true;
    try {
      return this.sequence(close);
    } finally {
      this.inContext = false;
    }
  }

  private skipSpace(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos] as string)) this.pos++;
  }

  private item(): Alternatives {
    const c = this.src[this.pos] as string;
    if (c === '(' || c === '[') return this.group(c, c === '(' ? ')' : ']');
    if (c === '<') return this.group('<', '>').map((alt) => alt.map((step) => ({ ...step, context: true as const })));
    if (c === '>') throw new PatternError('unmatched `>`', this.pos);
    if (c === '{') return [[this.gap()]];
    if (c === ')' || c === ']' || c === '}') throw new PatternError(`unmatched \`${c}\``, this.pos);
    return [this.word()];
  }

  private group(open: string, close: string): Alternatives {
    const start = this.pos;
    this.pos++;
    const alternatives: Alternatives = [];
    for (;;) {
      const altStart = this.pos;
      const alt = open === '<' ? this.contextSequence(close) : this.sequence(close);
      if (alt.length === 1 && alt[0]?.length === 0) {
        throw new PatternError(`empty alternative in \`${open}…${close}\`; ${open === '(' ? 'use [ ] for optional words' : 'remove the extra |'}`, altStart);
      }
      alternatives.push(...alt);
      const c = this.src[this.pos];
      if (c === '|') {
        this.pos++;
        continue;
      }
      if (c === close) {
        this.pos++;
        break;
      }
      throw new PatternError(`\`${open}\` is never closed; add \`${close}\``, start);
    }
    if (alternatives.length > MAX_EXPANSIONS) throw new PatternError(`too many alternatives (more than ${MAX_EXPANSIONS})`, start);
    return open === '[' ? [[], ...alternatives] : alternatives;
  }

  private gap(): Step {
    const start = this.pos;
    const end = this.src.indexOf('}', start);
    if (end < 0) throw new PatternError('`{` is never closed; write a gap as {N} or {M,N}', start);
    const body = this.src.slice(start + 1, end).trim();
    const m = /^(\d+)(?:\s*,\s*(\d+))?$/.exec(body);
    if (m === null) throw new PatternError(`a gap is written {N} or {M,N} with whole numbers, not {${body}}`, start);
    const min = m[2] === undefined ? 0 : Number(m[1]);
    const max = m[2] === undefined ? Number(m[1]) : Number(m[2]);
    if (max > MAX_GAP) throw new PatternError(`a gap may span at most ${MAX_GAP} words, not ${max}`, start);
    if (min > max || max === 0) throw new PatternError(`the gap {${body}} is empty or backwards`, start);
    this.pos = end + 1;
    return { kind: 'gap', min, max };
  }

  private word(): Step[] {
    const start = this.pos;
    while (this.pos < this.src.length && !WORD_END.test(this.src[this.pos] as string)) this.pos++;
    const raw = this.src.slice(start, this.pos);
    const steps = wordSteps(raw);
    if (steps.length === 0) throw new PatternError(`\`${raw.replace(/^=/, '')}\` has no letters or digits, so it can never match a word`, start);
    return steps;
  }
}

/** A character that ends a word in a pattern. */
const WORD_END = /[\s()[\]{}|<>]/;

/**
 * The word steps of one written pattern word (`public-service` is two), memoised: glossaries repeat
 * the same words across thousands of patterns, and keying a word costs a regex and the inflection
 * rules. Steps are never mutated, so one array serves every pattern.
 */
const WORD_STEPS = new Map<string, Step[]>();
function wordSteps(raw: string): Step[] {
  let steps = WORD_STEPS.get(raw);
  if (steps === undefined) {
    const exact = raw.startsWith('=');
    steps = words(exact ? raw.slice(1) : raw).map((w): Step => ({ kind: 'word', key: wordKey(w, exact) }));
    if (WORD_STEPS.size > 100_000) WORD_STEPS.clear();
    WORD_STEPS.set(raw, steps);
  }
  return steps;
}
