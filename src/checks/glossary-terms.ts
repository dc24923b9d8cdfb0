/**
 * The glossary check: every avoided rendering the compiled glossary finds, minus those inside a
 * negative context or an approved rendering, with the longest match winning where matches overlap.
 */
import { alignSteps, fillCaptures, gapCaptures } from '../core/align.js';
import { matchCase } from '../core/edits.js';
import type { RawFinding } from '../core/finding.js';
import type { CompiledGlossary, GlossaryEntry } from '../core/glossary.js';
import type { PhraseMatch } from '../core/matcher.js';
import type { Tokens } from '../core/tokens.js';
import type { Check, CheckContext } from './check.js';

/** A candidate avoid match: its flagged tokens and characters (context excluded), and gap captures. */
interface Candidate {
  entry: number;
  avoid: number;
  firstToken: number;
  lastToken: number;
  start: number;
  end: number;
  /** Text each gap of the pattern took, for `$1`… in the replacement. */
  captures: string[];
}

/**
 * Narrows a raw match to the part outside its context and collects gap captures, for patterns
 * that use either; other matches pass through whole.
 */
function candidateOf(compiled: CompiledGlossary, m: PhraseMatch, entry: number, avoid: number, text: string, tokens: Tokens): Candidate | null {
  const whole: Candidate = { entry, avoid, firstToken: m.firstToken, lastToken: m.lastToken, start: tokens.starts[m.firstToken] as number, end: tokens.ends[m.lastToken] as number, captures: [] };
  const sequences = compiled.alignment(m.payload);
  if (sequences === undefined) return whole;
  for (const steps of sequences) {
    const spans = alignSteps(steps, tokens, m.firstToken, m.lastToken);
    if (spans === null) continue;
    const core = steps.flatMap((step, i) => (step.context === true ? [] : [spans[i] as [number, number]]));
    const first = (core[0] as [number, number])[0];
    const last = (core[core.length - 1] as [number, number])[1] - 1;
    return { ...whole, firstToken: first, lastToken: last, start: tokens.starts[first] as number, end: tokens.ends[last] as number, captures: gapCaptures(steps, spans, text, tokens) };
  }
  return null;
}

const LEAD: Record<string, string> = {
  term: 'Literal rendering',
  idiom: 'Literal rendering of an idiom',
  name: 'Mistranslated name',
  meaning: 'Misleading rendering',
  fluency: 'Unidiomatic phrasing',
  style: 'Awkward phrasing',
};

/** The message for one glossary finding, in mtqa's one voice. */
export function glossaryMessage(entry: GlossaryEntry, matched: string, replacement: string): string {
  const lead = LEAD[entry.category] ?? 'Avoided rendering';
  const source = entry.source === undefined ? '' : ` (${entry.source})`;
  return `${lead} \`${matched.replace(/\s+/g, ' ')}\`: use \`${replacement}\`${source}.`;
}

/** Whether a shield match covers the candidate's tokens. */
function covers(shield: PhraseMatch, c: Candidate): boolean {
  return shield.firstToken <= c.firstToken && shield.lastToken >= c.lastToken;
}

/**
 * Chooses the findings among all phrase matches: drops avoid matches inside an applicable
 * negative context or inside any approved rendering, then keeps the longest of overlapping ones
 * (ties: earlier start, then earlier entry).
 */
export function selectMatches(compiled: CompiledGlossary, matches: readonly PhraseMatch[], text: string, tokens: Tokens): Candidate[] {
  const candidates: Candidate[] = [];
  const shieldsByFirst = new Map<number, PhraseMatch[]>();
  // A shield covering a candidate starts at most this many tokens before the candidate's last one.
  let longestShield = 0;
  for (const m of matches) {
    const role = compiled.roles.at(m.payload);
    if (role === undefined) continue;
    if (role.kind === 'avoid') {
      const candidate = candidateOf(compiled, m, role.entry, role.avoid, text, tokens);
      if (candidate !== null) candidates.push(candidate);
    } else {
      const list = shieldsByFirst.get(m.firstToken);
      if (list === undefined) shieldsByFirst.set(m.firstToken, [m]);
      else list.push(m);
      longestShield = Math.max(longestShield, m.lastToken - m.firstToken + 1);
    }
  }
  const shielded = (c: Candidate): boolean => {
    for (let f = c.firstToken; f >= 0 && f > c.lastToken - longestShield; f--) {
      const list = shieldsByFirst.get(f);
      if (list === undefined) continue;
      for (const s of list) {
        if (!covers(s, c)) continue;
        const role = compiled.roles.at(s.payload);
        if (role === undefined) continue;
        if (role.kind === 'preferred') return true;
        if (role.kind === 'unless' && role.entry === c.entry && (role.avoid === null || role.avoid === c.avoid)) return true;
      }
    }
    return false;
  };
  const kept = candidates.filter((c) => !shielded(c));
  kept.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.entry - b.entry);
  const taken: Candidate[] = [];
  const used = new Set<number>();
  for (const c of kept) {
    let free = true;
    for (let t = c.firstToken; t <= c.lastToken; t++) {
      if (used.has(t)) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    for (let t = c.firstToken; t <= c.lastToken; t++) used.add(t);
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** All phrase matches and the chosen avoid matches of one text, computed once per token stream. */
export interface GlossaryMatches {
  matches: PhraseMatch[];
  chosen: Candidate[];
}

const matchCache = new WeakMap<Tokens, GlossaryMatches>();

/**
 * The glossary's matches in a check context, shared by every check that needs them (the glossary
 * check, key-term, consistency) so the text is scanned once.
 */
export function glossaryMatches(ctx: CheckContext): GlossaryMatches {
  let cached = matchCache.get(ctx.tokens);
  if (cached === undefined) {
    const matches = ctx.glossary.index.findAll(ctx.tokens);
    cached = { matches, chosen: selectMatches(ctx.glossary, matches, ctx.source.text, ctx.tokens) };
    matchCache.set(ctx.tokens, cached);
  }
  return cached;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

export const glossaryTerms: Check = {
  id: 'glossary',
  description: 'Renderings the glossary lists as literal or awkward, with the approved wording.',
  category: 'term',
  defaultSeverity: 'error',
  fixable: true,
  check(ctx: CheckContext): RawFinding[] {
    const { glossary, tokens } = ctx;
    const text = ctx.source.text;
    const { chosen } = glossaryMatches(ctx);
    return chosen.map((c) => {
      const entry = glossary.entry(c.entry);
      const avoid = entry.avoid[c.avoid];
      const matched = text.slice(c.start, c.end);
      const replacement = matchCase(matched, fillCaptures(avoid?.replacement ?? entry.preferred[0] ?? '', c.captures));
      const suggestions = unique([replacement, ...entry.preferred.map((p) => matchCase(matched, p))]);
      const finding: RawFinding = {
        ruleId: `glossary/${entry.id}`,
        severity: entry.severity,
        category: entry.category,
        start: c.start,
        end: c.end,
        message: glossaryMessage(entry, matched, replacement),
        suggestions,
        fix: entry.fixable && replacement.length > 0 ? { start: c.start, end: c.end, text: replacement } : null,
        note: entry.note,
        origin: 'glossary',
      };
      if (entry.source !== undefined) finding.source = entry.source;
      return finding;
    });
  },
};
