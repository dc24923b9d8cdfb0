/**
 * An entry as plain data in the YAML file's shape (defaults left out), the form that the formatter,
 * `add`, the exporters and importers exchange. Round-trip tests compare glossaries in this form.
 */
import type { EntryStatus, GlossaryEntry } from '../core/glossary.js';
import type { Severity } from '../core/finding.js';

/** An avoided rendering as written: a bare pattern, or a mapping when it has its own replacement or contexts. */
export type AvoidData = string | { pattern: string; replacement?: string; unless?: string[] };

/** One entry as it is written in a glossary file; optional keys are absent when they hold the default. */
export interface EntryData {
  id: string;
  source?: string;
  category: string;
  severity: Severity;
  status?: EntryStatus;
  owner?: string;
  preferred: string[];
  avoid: AvoidData[];
  unless?: string[];
  fixable?: boolean;
  note: string;
  examples?: { flag?: string[]; pass?: string[] };
}

/** The canonical key order of an entry, as `mtqa glossary fmt` writes it. */
export const ENTRY_KEY_ORDER: readonly (keyof EntryData)[] = [
  'id',
  'source',
  'category',
  'severity',
  'status',
  'owner',
  'preferred',
  'avoid',
  'unless',
  'fixable',
  'note',
  'examples',
];

/** Canonical key order of a file's top level, of an avoided rendering and of `examples`. */
export const FILE_KEY_ORDER = ['glossary', 'version', 'description', 'order', 'entries'] as const;
export const AVOID_KEY_ORDER = ['pattern', 'replacement', 'unless'] as const;
export const EXAMPLES_KEY_ORDER = ['flag', 'pass'] as const;

/** The pattern of an avoided rendering, whichever way it is written. */
export function avoidPattern(avoid: AvoidData): string {
  return typeof avoid === 'string' ? avoid : avoid.pattern;
}

/** Builds an avoided rendering, a bare string when it carries nothing else. */
export function avoidData(pattern: string, replacement: string | undefined, unless: readonly string[]): AvoidData {
  if (replacement === undefined && unless.length === 0) return pattern;
  const out: { pattern: string; replacement?: string; unless?: string[] } = { pattern };
  if (replacement !== undefined) out.replacement = replacement;
  if (unless.length > 0) out.unless = [...unless];
  return out;
}

/** Builds `examples`, or undefined when there are none. */
export function examplesData(flag: readonly string[], pass: readonly string[]): EntryData['examples'] {
  if (flag.length === 0 && pass.length === 0) return undefined;
  const out: { flag?: string[]; pass?: string[] } = {};
  if (flag.length > 0) out.flag = [...flag];
  if (pass.length > 0) out.pass = [...pass];
  return out;
}

/**
 * Puts an entry's keys in canonical order and drops keys that hold their default
 * (status approved, fixable true, empty lists), so equal entries compare equal.
 */
export function normaliseEntryData(data: EntryData): EntryData {
  const avoid = data.avoid.map((a) => (typeof a === 'string' ? a : avoidData(a.pattern, a.replacement, a.unless ?? [])));
  const full: EntryData = { ...data, avoid };
  const out: Record<string, unknown> = {};
  for (const key of ENTRY_KEY_ORDER) {
    const value = full[key];
    if (value === undefined) continue;
    if (key === 'status' && value === 'approved') continue;
    if (key === 'fixable' && value === true) continue;
    if (key === 'unless' && Array.isArray(value) && value.length === 0) continue;
    if (key === 'examples') {
      const ex = examplesData(data.examples?.flag ?? [], data.examples?.pass ?? []);
      if (ex !== undefined) out.examples = ex;
      continue;
    }
    out[key] = value;
  }
  return out as unknown as EntryData;
}

/** The data of a validated entry (as the loader returns it), in canonical form. */
export function entryDataFromEntry(entry: GlossaryEntry): EntryData {
  const data: EntryData = {
    id: entry.id,
    category: entry.category,
    severity: entry.severity,
    status: entry.status,
    preferred: [...entry.preferred],
    avoid: entry.avoid.map((a) => avoidData(a.pattern, a.replacement, a.unless)),
    unless: [...entry.unless],
    fixable: entry.fixable,
    note: entry.note,
    examples: { flag: [...entry.examples.flag], pass: [...entry.examples.pass] },
  };
  if (entry.source !== undefined) data.source = entry.source;
  if (entry.owner !== undefined) data.owner = entry.owner;
  return normaliseEntryData(data);
}
