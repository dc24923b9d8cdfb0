/**
 * `mtqa glossary propose`: LLM review findings (from JSON reports) turned into candidate glossary
 * entries with `status: proposed`, for maintainers to review. Pure: reports and glossary in,
 * entries out. Only review findings whose suggestion passed verification are used; a span the
 * glossary already flags, or one longer than a pattern may be, is skipped; the same rendering
 * found several times becomes one entry with several examples.
 */
import { glossaryTerms } from '../checks/glossary-terms.js';
import type { Finding } from '../core/finding.js';
import type { CompiledGlossary } from '../core/glossary.js';
import { MAX_WORDS } from '../core/pattern.js';
import { SourceText } from '../core/source-text.js';
import { words } from '../core/tokens.js';
import { lintText } from '../linter.js';

/** A candidate entry in the glossary file format (YAML-ready, key order as written). */
export interface ProposedEntry {
  id: string;
  category: string;
  severity: 'error' | 'warning' | 'info';
  preferred: string[];
  avoid: string[];
  fixable: boolean;
  note: string;
  examples: { flag: string[] };
  status: 'proposed';
}

/** A review finding and where it was reported. */
export interface ReportedFinding {
  path: string;
  finding: Finding;
}

/** Glossary category for each MQM category. */
export const CATEGORY_OF_MQM: Record<string, string> = { accuracy: 'meaning', terminology: 'term', fluency: 'fluency', style: 'style' };
const SEVERITY_OF_MQM: Record<string, ProposedEntry['severity']> = { critical: 'error', major: 'warning', minor: 'info' };
const MAX_EXAMPLES = 3;

/** A kebab-case id from a phrase, unique among `taken` (`-2`, `-3` … on a clash). */
export function entryId(phrase: string, taken: ReadonlySet<string>): string {
  const base = words(phrase).map((w) => w.normalize('NFKD').replace(/[^a-z0-9]/g, '')).filter((w) => w !== '').slice(0, 6).join('-') || 'proposed';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

function flags(glossary: CompiledGlossary, text: string): boolean {
  return lintText(new SourceText(text), glossary, { checks: [glossaryTerms] }).length > 0;
}

/**
 * Candidate entries from review findings, merged with (and never duplicating) the `existing`
 * proposals. Returns the full list: existing entries first, then the new ones.
 */
export function proposeEntries(reported: readonly ReportedFinding[], glossary: CompiledGlossary, existing: readonly ProposedEntry[]): { entries: ProposedEntry[]; added: number; skipped: number } {
  const entries = existing.map((e) => ({ ...e, examples: { flag: [...e.examples.flag] } }));
  const byPattern = new Map(entries.map((e) => [e.avoid[0] ?? '', e]));
  const taken = new Set([...glossary.glossary.entries.map((e) => e.id), ...entries.map((e) => e.id)]);
  let added = 0;
  let skipped = 0;
  for (const { path, finding: f } of reported) {
    const llm = f.llm;
    if (llm?.kind !== 'review' || llm.status !== 'accepted' || f.suggestions[0] === undefined) continue;
    const pattern = words(f.text).join(' ');
    const category = CATEGORY_OF_MQM[f.category];
    if (pattern === '' || words(f.text).length > MAX_WORDS || category === undefined || flags(glossary, f.text) || flags(glossary, llm.sentence)) {
      skipped++;
      continue;
    }
    const known = byPattern.get(pattern);
    if (known !== undefined) {
      if (!known.examples.flag.includes(llm.sentence) && known.examples.flag.length < MAX_EXAMPLES) known.examples.flag.push(llm.sentence);
      if (!known.preferred.includes(f.suggestions[0])) known.preferred.push(f.suggestions[0]);
      continue;
    }
    const id = entryId(f.text, taken);
    taken.add(id);
    const stripped = f.message.replace(/\s*\((?:minor|major|critical)\)$/, '').trim();
    const explanation = /[.!?]$/.test(stripped) ? stripped : `${stripped}.`;
    const entry: ProposedEntry = {
      id,
      category,
      severity: SEVERITY_OF_MQM[llm.mqmSeverity ?? 'minor'] ?? 'info',
      preferred: [f.suggestions[0]],
      avoid: [pattern],
      fixable: false,
      note: `${explanation} Proposed by ${llm.model} from ${path}:${f.line}; review before approving.`,
      examples: { flag: [llm.sentence] },
      status: 'proposed',
    };
    entries.push(entry);
    byPattern.set(pattern, entry);
    added++;
  }
  return { entries, added, skipped };
}
