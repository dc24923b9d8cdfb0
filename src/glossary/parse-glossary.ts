/**
 * Validation at the door: one glossary file's text → entries, or problems with file:line:col and
 * what to do. Pure (the caller reads the file).
 */
import { isScalar, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { AvoidRendering, EntryStatus, GlossaryEntry, GlossaryLocation } from '../core/glossary.js';
import type { Severity } from '../core/finding.js';
import { expandPattern, PatternError } from '../core/pattern.js';
import { validate } from '../generated/validate-glossary.js';
import { nodePosition, schemaProblems, type FileProblem } from './schema-errors.js';

/** The YAML shape of an entry, as the schema guarantees it. */
interface EntryYaml {
  id: string;
  source?: string;
  category: string;
  severity: Severity;
  preferred: string[];
  avoid: (string | { pattern: string; replacement?: string; unless?: string[] })[];
  unless?: string[];
  fixable?: boolean;
  note: string;
  status?: EntryStatus;
  owner?: string;
  examples?: { flag?: string[]; pass?: string[] };
}

interface FileYaml {
  glossary: string;
  version: 1;
  entries: EntryYaml[];
}

export interface ParsedGlossaryFile {
  file: string;
  /** The file's theme name (`glossary:`), or the file name when the file is broken. */
  name: string;
  entries: GlossaryEntry[];
  problems: FileProblem[];
  /** The parsed YAML document and its line index, for tools that report positions inside it. */
  document: Document;
  lineCounter: LineCounter;
}

/** Where a pattern error points: inside the scalar, past its opening quote. */
export function patternPosition(node: YamlNode | undefined, offset: number, lines: LineCounter): { line: number; column: number } {
  if (node === undefined || !isScalar(node) || node.range === undefined || node.range === null) return nodePosition(node, lines);
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
  const singleLine = node.type === 'PLAIN' || quoted === 1;
  const pos = lines.linePos(node.range[0] + (singleLine ? quoted + offset : 0));
  return { line: pos.line, column: pos.col };
}

/** Parses and validates one glossary file. Entries are returned only when the file has no errors. */
export function parseGlossaryFile(text: string, file: string): ParsedGlossaryFile {
  const lines = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const fallbackName = file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/i, '');
  const problems: FileProblem[] = [];
  for (const error of doc.errors) {
    const pos = lines.linePos(error.pos[0]);
    const first = error.message.split('\n')[0] ?? error.message;
    problems.push({ file, line: pos.line, column: pos.col, severity: 'error', message: `YAML syntax error: ${first.replace(/ at line \d+, column \d+:?$/, '')}` });
  }
  if (problems.length > 0) return { file, name: fallbackName, entries: [], problems, document: doc, lineCounter: lines };
  const data: unknown = doc.toJS();
  if (!validate(data)) {
    problems.push(...schemaProblems(validate.errors ?? [], doc, lines, file));
    return { file, name: fallbackName, entries: [], problems, document: doc, lineCounter: lines };
  }
  const parsed = data as FileYaml;
  const at = (path: (string | number)[]): GlossaryLocation => ({ file, ...nodePosition(doc.getIn(path, true) as YamlNode | undefined, lines) });
  const checkPattern = (pattern: string, path: (string | number)[]): void => {
    try {
      expandPattern(pattern);
    } catch (error) {
      if (!(error instanceof PatternError)) throw error;
      const pos = patternPosition(doc.getIn(path, true) as YamlNode | undefined, error.offset, lines);
      problems.push({ file, ...pos, severity: 'error', message: `invalid pattern \`${pattern}\`: ${error.message}` });
    }
  };
  const firstId = new Map<string, GlossaryLocation>();
  const entries = parsed.entries.map((raw, i): GlossaryEntry => {
    const base = ['entries', i];
    const location = at([...base, 'id']);
    const first = firstId.get(raw.id);
    if (first !== undefined) {
      problems.push({ file, line: location.line, column: location.column, severity: 'error', message: `duplicate id \`${raw.id}\`, first defined at ${first.line}:${first.column}; rename one` });
    } else {
      firstId.set(raw.id, location);
    }
    const avoid = raw.avoid.map((item, a): AvoidRendering => {
      const isString = typeof item === 'string';
      const patternPath = isString ? [...base, 'avoid', a] : [...base, 'avoid', a, 'pattern'];
      const pattern = isString ? item : item.pattern;
      checkPattern(pattern, patternPath);
      const unless = isString ? [] : (item.unless ?? []);
      unless.forEach((u, k) => checkPattern(u, [...base, 'avoid', a, 'unless', k]));
      const rendering: AvoidRendering = { pattern, unless, location: at(patternPath) };
      if (!isString && item.replacement !== undefined) rendering.replacement = item.replacement;
      return rendering;
    });
    (raw.unless ?? []).forEach((u, k) => checkPattern(u, [...base, 'unless', k]));
    const entry: GlossaryEntry = {
      id: raw.id,
      category: raw.category,
      severity: raw.severity,
      preferred: raw.preferred,
      avoid,
      unless: raw.unless ?? [],
      fixable: raw.fixable ?? true,
      note: raw.note.trim(),
      examples: { flag: raw.examples?.flag ?? [], pass: raw.examples?.pass ?? [] },
      status: raw.status ?? 'approved',
      glossary: parsed.glossary,
      location,
    };
    if (raw.source !== undefined) entry.source = raw.source;
    if (raw.owner !== undefined) entry.owner = raw.owner;
    return entry;
  });
  return { file, name: parsed.glossary, entries: problems.length > 0 ? [] : entries, problems, document: doc, lineCounter: lines };
}
