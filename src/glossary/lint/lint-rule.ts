/**
 * What a glossary lint rule is: a small module with metadata and a pure `check(ctx)`, like the
 * article checks. The context holds every parsed file, the entries that apply, and the real
 * compiled glossary, so rules about examples run the same linter `mtqa check` runs.
 */
import { isMap, type Node as YamlNode } from 'yaml';
import type { CompiledGlossary, GlossaryEntry, GlossaryLocation } from '../../core/glossary.js';
import type { Step } from '../../core/pattern.js';
import { patternPosition, type ParsedGlossaryFile } from '../parse-glossary.js';
import { nodePosition } from '../schema-errors.js';

/** One entry under lint, with the file it came from. */
export interface LintSubject {
  entry: GlossaryEntry;
  parsed: ParsedGlossaryFile;
  /** 0-based index of the entry in its file's `entries` list. */
  index: number;
  /** 0-based index of the layer (command-line argument) the file belongs to. */
  layer: number;
  /** Expanded avoid patterns, by avoid index. */
  avoidSteps: Step[][][];
}

export interface GlossaryLintContext {
  /** Every entry of every valid file, in layer and file order (deprecated and overridden ones too). */
  subjects: readonly LintSubject[];
  /** The entries that apply: not deprecated, not overridden by a later layer; proposed ones included. */
  applicable: readonly LintSubject[];
  /** `applicable` compiled; entry index i of the compiled glossary is `applicable[i]`. */
  compiled: CompiledGlossary;
}

/** A problem a rule found; the rule's severity applies unless the report sets its own. */
export interface LintReport {
  at: GlossaryLocation;
  message: string;
  severity?: 'error' | 'warning';
}

export interface GlossaryLintRule {
  /** Kebab-case id, listed in the README. */
  id: string;
  description: string;
  severity: 'error' | 'warning';
  check(ctx: GlossaryLintContext): LintReport[];
}

function entryNode(subject: LintSubject, path: readonly (string | number)[]): YamlNode | undefined {
  return subject.parsed.document.getIn(['entries', subject.index, ...path], true) as YamlNode | undefined;
}

/**
 * Where a value of an entry was written (path relative to the entry, e.g. `['examples', 'flag', 0]`);
 * with `offset`, the position of that 0-based offset inside a single-line scalar.
 */
export function positionIn(subject: LintSubject, path: readonly (string | number)[], offset?: number): GlossaryLocation {
  const node = entryNode(subject, path);
  const lines = subject.parsed.lineCounter;
  const pos = offset === undefined ? nodePosition(node, lines) : patternPosition(node, offset, lines);
  return { file: subject.parsed.file, ...pos };
}

/** The path of avoid item `a`'s pattern (the item itself, or its `pattern` key). */
export function avoidPath(subject: LintSubject, a: number): (string | number)[] {
  return isMap(entryNode(subject, ['avoid', a])) ? ['avoid', a, 'pattern'] : ['avoid', a];
}

/** `file:line:col` of an entry's id, for messages that point at another entry. */
export function where(location: GlossaryLocation): string {
  return `${location.file}:${location.line}:${location.column}`;
}
