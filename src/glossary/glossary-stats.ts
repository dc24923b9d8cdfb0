/**
 * What a glossary holds and, over a corpus, what earns its keep: hits per entry, entries that
 * never fire, and the most frequent findings with examples. Pure: the caller lints the corpus.
 */
import type { Finding } from '../core/finding.js';
import type { GlossaryEntry } from '../core/glossary.js';

/** One checked corpus file: its text and its glossary findings. */
export interface CorpusFile {
  path: string;
  text: string;
  findings: readonly Finding[];
}

/** Where a finding was seen, with a little of the text around it. */
export interface FindingExample {
  path: string;
  /** 1-based line. */
  line: number;
  context: string;
}

export interface FrequentFinding {
  entry: string;
  /** The matched text, lower-cased and with whitespace collapsed. */
  text: string;
  count: number;
  examples: FindingExample[];
}

export interface CorpusStats {
  files: number;
  /** Hits per applied entry, most first (entries with no hit included, at 0). */
  hits: { entry: string; count: number }[];
  /** Applied entries that never fired, by id. */
  silent: string[];
  /** The most frequent matched texts. */
  frequent: FrequentFinding[];
}

export interface GlossaryStats {
  entries: number;
  byCategory: Record<string, number>;
  bySeverity: Record<string, number>;
  byStatus: Record<string, number>;
  corpus?: CorpusStats;
}

/** Characters of context shown on each side of an example finding. */
const CONTEXT = 40;
/** Examples kept per frequent finding. */
const EXAMPLES = 3;

function count(values: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of [...values].sort()) out[v] = (out[v] ?? 0) + 1;
  return out;
}

function context(text: string, start: number, end: number): string {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}

/**
 * Counts the glossary's entries and, given a corpus checked with the applied entries, their hits.
 * @param entries every entry (all statuses)
 * @param applied ids of the entries the corpus was checked with
 * @param top how many frequent findings to keep
 */
export function glossaryStats(entries: readonly GlossaryEntry[], applied?: readonly string[], corpus?: readonly CorpusFile[], top = 10): GlossaryStats {
  const stats: GlossaryStats = {
    entries: entries.length,
    byCategory: count(entries.map((e) => e.category)),
    bySeverity: count(entries.map((e) => e.severity)),
    byStatus: count(entries.map((e) => e.status)),
  };
  if (corpus === undefined || applied === undefined) return stats;
  const hits = new Map<string, number>(applied.map((id) => [id, 0]));
  const frequent = new Map<string, FrequentFinding>();
  for (const file of corpus) {
    for (const f of file.findings) {
      if (!f.ruleId.startsWith('glossary/')) continue;
      const entry = f.ruleId.slice('glossary/'.length);
      hits.set(entry, (hits.get(entry) ?? 0) + 1);
      const text = f.text.toLowerCase().replace(/\s+/g, ' ');
      const key = `${entry}\u0000${text}`;
      let item = frequent.get(key);
      if (item === undefined) {
        item = { entry, text, count: 0, examples: [] };
        frequent.set(key, item);
      }
      item.count++;
      if (item.examples.length < EXAMPLES) item.examples.push({ path: file.path, line: f.line, context: context(file.text, f.start, f.end) });
    }
  }
  const byCount = <T extends { count: number }>(key: (x: T) => string) => (a: T, b: T) => b.count - a.count || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  stats.corpus = {
    files: corpus.length,
    hits: [...hits].map(([entry, n]) => ({ entry, count: n })).sort(byCount((x) => x.entry)),
    silent: [...hits].filter(([, n]) => n === 0).map(([id]) => id).sort(),
    frequent: [...frequent.values()].sort(byCount((x) => `${x.entry} ${x.text}`)).slice(0, top),
  };
  return stats;
}

function table(title: string, counts: Record<string, number>): string {
  const rows = Object.entries(counts).map(([k, v]) => `  ${k.padEnd(14)} ${String(v).padStart(5)}`);
  return `${title}\n${rows.join('\n')}\n`;
}

/** The stats as plain text for a terminal. */
export function statsText(stats: GlossaryStats): string {
  let out = `${stats.entries} entries\n\n${table('by category', stats.byCategory)}\n${table('by severity', stats.bySeverity)}\n${table('by status', stats.byStatus)}`;
  const c = stats.corpus;
  if (c === undefined) return out;
  const fired = c.hits.filter((h) => h.count > 0);
  out += `\ncorpus: ${c.files} file${c.files === 1 ? '' : 's'}; ${fired.length} of ${c.hits.length} applied entries fired\n\nhits per entry\n`;
  out += fired.map((h) => `  ${String(h.count).padStart(5)}  ${h.entry}`).join('\n') + (fired.length > 0 ? '\n' : '');
  out += `\nnever fired (${c.silent.length})\n${c.silent.map((id) => `  ${id}`).join('\n')}${c.silent.length > 0 ? '\n' : ''}`;
  out += `\nmost frequent findings\n`;
  for (const f of c.frequent) {
    out += `  ${String(f.count).padStart(5)}  ${f.text}  (${f.entry})\n`;
    for (const e of f.examples) out += `         ${e.path}:${e.line}  ${e.context}\n`;
  }
  return out;
}
