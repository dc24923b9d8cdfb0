/**
 * Key-term mismatch (Xbench's name): a glossary entry whose Chinese `source` occurs in a unit's
 * source while none of its `preferred` renderings occurs, in any inflection, in the unit's target.
 * Whatever words the engine chose — even ones no `avoid` pattern lists — the approved rendering is
 * missing. The finding points at an avoided rendering when one matches (and the glossary check has
 * not already reported it), else at the whole target.
 */
import type { RawFinding } from '../core/finding.js';
import type { GlossaryEntry } from '../core/glossary.js';
import type { Check, CheckContext } from './check.js';
import { glossaryMatches } from './glossary-terms.js';
import { targetRange } from './segment-range.js';

export const keyTerm: Check = {
  id: 'key-term',
  description: 'A glossary term of the Chinese source whose approved rendering is missing from the target.',
  category: 'term',
  defaultSeverity: 'error',
  fixable: false,
  check(ctx: CheckContext): RawFinding[] {
    const segments = ctx.segments;
    if (segments === undefined || segments.length === 0) return [];
    const { glossary, tokens } = ctx;
    const text = ctx.source.text;
    const entries = glossary.glossary.entries;
    const withSource = entries.flatMap((entry, index) => (entry.source !== undefined && entry.preferred.length > 0 ? [{ entry, index, source: entry.source }] : []));
    if (withSource.length === 0) return [];
    const { matches, chosen: reported } = glossaryMatches(ctx);
    const span = (m: { firstToken: number; lastToken: number }): { start: number; end: number } => ({ start: tokens.starts[m.firstToken] as number, end: tokens.ends[m.lastToken] as number });
    const findings: RawFinding[] = [];
    for (const segment of segments) {
      const range = targetRange(text, segment);
      if (range.end === range.start) continue;
      const targetText = text.slice(range.start, range.end);
      // An untranslated target is reported as such, not term by term.
      if (targetText === segment.source.trim()) continue;
      const within = (r: { start: number; end: number }): boolean => r.start >= range.start && r.end <= range.end;
      for (const { entry, index, source } of withSource) {
        if (!segment.source.includes(source) || targetText.includes(source)) continue;
        const rendered = matches.some((m) => {
          const role = glossary.roles.at(m.payload);
          return role !== undefined && role.kind === 'preferred' && role.entry === index && within(span(m));
        });
        if (rendered || reported.some((c) => c.entry === index && within(c))) continue;
        const avoided = matches.find((m) => {
          const role = glossary.roles.at(m.payload);
          return role !== undefined && role.kind === 'avoid' && role.entry === index && within(span(m));
        });
        const at = avoided === undefined ? range : span(avoided);
        findings.push(keyTermFinding(entry, at, avoided === undefined ? null : text.slice(at.start, at.end), segment.id));
      }
    }
    return findings;
  },
};

function keyTermFinding(entry: GlossaryEntry, at: { start: number; end: number }, avoided: string | null, unit: string): RawFinding {
  const expected = entry.preferred.map((p) => `\`${p}\``).join(' or ');
  const what = avoided === null ? `the target of unit ${unit} does not render it` : `\`${avoided.replace(/\s+/g, ' ')}\` does not render it`;
  return {
    ruleId: 'key-term',
    severity: 'error',
    category: 'term',
    start: at.start,
    end: at.end,
    message: `Key term ${entry.source as string} in the source: ${what}; expected ${expected}.`,
    suggestions: avoided === null ? [] : [...entry.preferred],
    fix: null,
    source: entry.source as string,
    note: entry.note,
    origin: 'glossary',
  };
}
