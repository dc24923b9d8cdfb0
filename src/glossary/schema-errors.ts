/**
 * Turns JSON Schema errors (Ajv's shape) into sentences that say what to do, each anchored to the
 * YAML node it is about.
 */
import type { Document, LineCounter, Node as YamlNode } from 'yaml';
import { yamlModule } from './yaml-module.js';

/** The fields of an Ajv error that mtqa reads. */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A problem in a YAML file, with a 1-based line and column. */
export interface FileProblem {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
}

/** Splits a JSON pointer into keys and indices. */
export function pointerPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** 1-based line and column of a YAML node (its start), or of the document start. */
export function nodePosition(node: YamlNode | null | undefined, lines: LineCounter): { line: number; column: number } {
  const offset = node?.range?.[0] ?? 0;
  const pos = lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}

function describe(path: (string | number)[]): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'the file';
  if (typeof last === 'number') return `item ${last + 1} of \`${String(path[path.length - 2] ?? '')}\``;
  return `\`${last}\``;
}

function sentence(error: SchemaError, path: (string | number)[]): string {
  const what = describe(path);
  const p = error.params;
  switch (error.keyword) {
    case 'required':
      return `missing required field \`${String(p.missingProperty)}\`: add it`;
    case 'additionalProperties':
      return `unknown key \`${String(p.additionalProperty)}\`: remove it or fix its spelling`;
    case 'enum':
      return `${what} must be one of ${(p.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'const':
      return `${what} must be ${JSON.stringify(p.allowedValue)}`;
    case 'type':
      return `${what} must be ${p.type === 'array' ? 'a list' : p.type === 'object' ? 'a mapping' : `a ${String(p.type)}`}`;
    case 'pattern':
      return String(p.pattern) === '\\S' ? `${what} must not be empty` : `${what} must be kebab-case (lower-case letters, digits and single hyphens)`;
    case 'minimum':
      return `${what} must be at least ${String(p.limit)}`;
    case 'minItems':
      return `${what} needs at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`;
    case 'anyOf':
      return `${what} must be a pattern string or a mapping with \`pattern\` (and optional \`replacement\`, \`unless\`)`;
    default:
      return `${what} ${error.message ?? 'is invalid'}`;
  }
}

/**
 * Converts schema errors into file problems. Errors under a failed `anyOf` are folded into one
 * message about that value, unless the value is a mapping (then its own key errors are clearer).
 */
export function schemaProblems(errors: readonly SchemaError[], doc: Document, lines: LineCounter, file: string): FileProblem[] {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const seen = new Set<string>();
  const problems: FileProblem[] = [];
  for (const error of errors) {
    const owner = [...anyOfPaths].find((a) => error.instancePath === a || error.instancePath.startsWith(`${a}/`));
    if (owner !== undefined && error.keyword !== 'anyOf') {
      const value = doc.getIn(pointerPath(owner), true);
      if (!yamlModule().isMap(value) || (error.instancePath === owner && error.keyword === 'type')) continue;
    }
    if (error.keyword === 'anyOf' && yamlModule().isMap(doc.getIn(pointerPath(error.instancePath), true))) continue;
    const path = pointerPath(error.instancePath);
    let node = doc.getIn(path, true) as YamlNode | undefined;
    if (path.length === 0) node = doc.contents as YamlNode | undefined;
    if (error.keyword === 'additionalProperties' && yamlModule().isMap(node)) {
      const pair = node.items.find((it) => yamlModule().isPair(it) && yamlModule().isScalar(it.key) && it.key.value === error.params.additionalProperty);
      if (pair !== undefined && yamlModule().isPair(pair)) node = pair.key as YamlNode;
    }
    const message = sentence(error, path);
    const { line, column } = nodePosition(node, lines);
    const key = `${line}:${column}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ file, line, column, severity: 'error', message });
  }
  return problems;
}
