/**
 * Consistency within one article: the same glossary entry rendered two or more different ways
 * (two of its avoided renderings; in a bilingual file, where the source shows the term is there,
 * its approved and avoided renderings too), and in bilingual files the same source sentence
 * translated two different ways. Each is reported once, listing the variants and
 * where each occurs.
 */
import type { RawFinding } from '../core/finding.js';
import { inflectionKey } from '../core/inflection.js';
import { words } from '../core/tokens.js';
import type { Check, CheckContext, Range } from './check.js';
import { glossaryMatches } from './glossary-terms.js';
import { targetRange } from './segment-range.js';

/** One occurrence of a rendering. */
interface Occurrence extends Range {
  /** Whether the glossary approves this rendering. */
  preferred: boolean;
  /** Avoided renderings: the pattern's index, so `took off their hats` and `took off its hats` are one variant. */
  avoid?: number;
}

/** Places listed per variant before "and n more". */
const MAX_PLACES = 3;

/** The variant key of a rendering: its words' inflection keys, so `took`/`taking` are one variant. */
function variantKey(text: string): string {
  return words(text).map(inflectionKey).join(' ');
}

function describe(ctx: CheckContext, variants: Map<string, Occurrence[]>, text: string): string {
  return [...variants.values()]
    .map((occurrences) => {
      const first = occurrences[0] as Occurrence;
      const places = occurrences.slice(0, MAX_PLACES).map((o) => {
        const p = ctx.place(o.start);
        return `${p.line}:${p.column}`;
      });
      const more = occurrences.length > MAX_PLACES ? ` and ${occurrences.length - MAX_PLACES} more` : '';
      return `\`${text.slice(first.start, first.end).replace(/\s+/g, ' ')}\` (${places.join(', ')}${more})`;
    })
    .join(', ');
}

function group(occurrences: readonly Occurrence[], text: string): Map<string, Occurrence[]> {
  const variants = new Map<string, Occurrence[]>();
  for (const o of [...occurrences].sort((a, b) => a.start - b.start)) {
    const key = o.avoid === undefined ? variantKey(text.slice(o.start, o.end)) : `avoid ${o.avoid}`;
    const list = variants.get(key);
    if (list === undefined) variants.set(key, [o]);
    else list.push(o);
  }
  return variants;
}

/** Renderings of each glossary entry in the text (avoided ones as the glossary check chose them). */
function entryRenderings(ctx: CheckContext): Map<number, Occurrence[]> {
  const { glossary, tokens } = ctx;
  const { matches, chosen } = glossaryMatches(ctx);
  const byEntry = new Map<number, Occurrence[]>();
  const add = (entry: number, o: Occurrence): void => {
    const list = byEntry.get(entry);
    if (list === undefined) byEntry.set(entry, [o]);
    else if (!list.some((x) => x.start < o.end && o.start < x.end)) list.push(o);
  };
  for (const c of chosen) add(c.entry, { start: c.start, end: c.end, preferred: false, avoid: c.avoid });
  // Longest approved renderings first, so `removed from the poverty list` hides `poverty list`.
  const preferred = matches
    .flatMap((m) => {
      const role = glossary.roles.at(m.payload);
      return role !== undefined && role.kind === 'preferred' ? [{ entry: role.entry, start: tokens.starts[m.firstToken] as number, end: tokens.ends[m.lastToken] as number }] : [];
    })
    .sort((a, b) => b.end - b.start - (a.end - a.start));
  for (const p of preferred) add(p.entry, { start: p.start, end: p.end, preferred: true });
  return byEntry;
}

export const consistency: Check = {
  id: 'consistency',
  description: 'The same term (glossary entry) or the same source sentence rendered in different ways within one article.',
  category: 'consistency',
  defaultSeverity: 'warning',
  fixable: false,
  check(ctx: CheckContext): RawFinding[] {
    const text = ctx.source.text;
    const findings: RawFinding[] = [];
    for (const [index, all] of entryRenderings(ctx)) {
      const entry = ctx.glossary.entry(index);
      // In a bilingual file, only the units whose source holds the term count.
      const units = ctx.segments === undefined || entry.source === undefined ? undefined : ctx.segments.filter((s) => s.source.includes(entry.source as string));
      // Without a source, an approved rendering is often plain English (`said`, `this year`) that
      // need not stand for the term: only the avoided renderings are known to render it.
      const occurrences = units === undefined ? all.filter((o) => !o.preferred) : all.filter((o) => units.some((u) => o.start >= u.target.start && o.end <= u.target.end));
      const variants = group(occurrences, text);
      if (variants.size < 2) continue;
      // Point at the first avoided rendering (already a problem), else at the second variant.
      const at = occurrences.filter((o) => !o.preferred).sort((a, b) => a.start - b.start)[0] ?? ([...variants.values()][1] as Occurrence[])[0] as Occurrence;
      const name = entry.source === undefined ? `\`${entry.preferred[0] ?? entry.id}\`` : entry.source;
      findings.push({
        ruleId: 'consistency',
        severity: 'warning',
        category: 'consistency',
        start: at.start,
        end: at.end,
        message: `Inconsistent rendering: ${name} is rendered ${variants.size} ways in this article: ${describe(ctx, variants, text)}; use \`${entry.preferred[0] ?? ''}\` throughout.`,
        suggestions: [...entry.preferred],
        fix: null,
        ...(entry.source === undefined ? {} : { source: entry.source }),
        origin: 'check',
      });
    }
    // One inconsistency is reported once: a unit already flagged for a term is not flagged again.
    for (const f of sameSourceVariants(ctx)) if (!findings.some((g) => g.start >= f.start && g.end <= f.end)) findings.push(f);
    return findings;
  },
};

/** Bilingual units with the same source and different targets. */
function sameSourceVariants(ctx: CheckContext): RawFinding[] {
  const text = ctx.source.text;
  const bySource = new Map<string, Occurrence[]>();
  for (const segment of ctx.segments ?? []) {
    const source = segment.source.trim();
    const range = targetRange(text, segment);
    if (source === '' || range.end === range.start || (segment.pluralForm ?? 0) > 0) continue;
    const list = bySource.get(source);
    const o = { ...range, preferred: false };
    if (list === undefined) bySource.set(source, [o]);
    else list.push(o);
  }
  const findings: RawFinding[] = [];
  for (const [source, occurrences] of bySource) {
    const variants = new Map<string, Occurrence[]>();
    for (const o of occurrences) {
      const key = text.slice(o.start, o.end).replace(/\s+/g, ' ');
      const list = variants.get(key);
      if (list === undefined) variants.set(key, [o]);
      else list.push(o);
    }
    if (variants.size < 2) continue;
    const at = ([...variants.values()][1] as Occurrence[])[0] as Occurrence;
    findings.push({
      ruleId: 'consistency',
      severity: 'warning',
      category: 'consistency',
      start: at.start,
      end: at.end,
      message: `Inconsistent translation: the same source \`${source.length > 30 ? `${source.slice(0, 29)}…` : source}\` is translated ${variants.size} ways: ${describe(ctx, variants, text)}.`,
      suggestions: [],
      fix: null,
      source,
      origin: 'check',
    });
  }
  return findings;
}
