/**
 * Adding one entry to a glossary file's text: placed in canonical order (by id, or last when the
 * file says `order: manual`), written in the canonical layout, and spliced in as text so that the
 * rest of the file stays byte for byte as it was. Pure: text in, text out.
 */
import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { normaliseEntryData, type EntryData } from './entry-data.js';
import { entryYaml, manualOrder } from './format-glossary.js';
import { lintGlossary } from './lint/index.js';
import { parseGlossaryFile } from './parse-glossary.js';
import type { FileProblem } from './schema-errors.js';

/** The new text, or the problems that stop the entry from being added (the text is then unchanged). */
export interface AddResult {
  text: string;
  problems: FileProblem[];
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** Moves up from a line start over the comment lines directly above it (they belong to that entry). */
function aboveComments(text: string, start: number): number {
  let at = start;
  while (at > 0) {
    const prev = lineStart(text, at - 1);
    if (!text.slice(prev, at).trimStart().startsWith('#')) break;
    at = prev;
  }
  return at;
}

/** A lint message with positions removed, to tell new problems from old ones after lines shift. */
function problemKey(p: FileProblem): string {
  return `${p.severity} ${p.message.replace(/:\d+:\d+\b/g, '')}`;
}

/** Adds an entry to a glossary file's text. */
export function addEntryToText(text: string, file: string, data: EntryData): AddResult {
  const before = parseGlossaryFile(text, file);
  if (before.problems.length > 0) return { text, problems: before.problems };
  if (before.entries.some((e) => e.id === data.id)) {
    const e = before.entries.find((x) => x.id === data.id);
    return { text, problems: [{ file, line: e?.location?.line ?? 1, column: e?.location?.column ?? 1, severity: 'error', message: `an entry with id \`${data.id}\` already exists here; choose another id or edit that entry` }] };
  }
  const doc = before.document;
  const root = doc.contents;
  const seq = isMap(root) ? root.get('entries', true) : undefined;
  const items = isSeq(seq) ? (seq.items as YamlNode[]) : [];
  // Keep the file's line endings.
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  const rendered = entryYaml(normaliseEntryData(data)).replace(/\n/g, nl);
  let next: string;
  if (!isSeq(seq) || items.length === 0 || seq.flow === true) {
    const start = seq?.range?.[0] ?? text.length;
    const end = seq?.range?.[1] ?? text.length;
    const block = rendered;
    next = `${text.slice(0, start).replace(/[ \t]*$/, '')}${nl}${block}${text.slice(lineEnd(text, Math.max(start, end - 1)))}`;
  } else {
    const first = items[0] as YamlNode;
    const firstStart = first.range?.[0] ?? 0;
    const prefix = text.slice(lineStart(text, firstStart), firstStart);
    const indent = prefix.slice(0, Math.max(0, prefix.indexOf('-')));
    const blank = items.slice(1).some((i) => i.spaceBefore === true);
    const block = rendered.replace(/^ {2}/gm, indent);
    const ids = items.map((i) => (isMap(i) && isScalar(i.get('id', true)) ? String(i.get('id')) : ''));
    const beforeIndex = manualOrder(doc) ? -1 : ids.findIndex((id) => id > data.id);
    if (beforeIndex >= 0) {
      const target = items[beforeIndex] as YamlNode;
      const at = aboveComments(text, lineStart(text, target.range?.[0] ?? 0));
      next = `${text.slice(0, at)}${block}${blank ? nl : ''}${text.slice(at)}`;
    } else {
      const last = items[items.length - 1] as YamlNode;
      const at = lineEnd(text, Math.max(0, (last.range?.[1] ?? text.length) - 1));
      const head = text.slice(0, at);
      next = `${head}${head.endsWith('\n') ? '' : nl}${blank ? nl : ''}${block}${text.slice(at)}`;
    }
  }
  const after = parseGlossaryFile(next, file);
  if (after.problems.length > 0) return { text, problems: after.problems };
  const old = new Map<string, number>();
  for (const p of lintGlossary([[before]])) if (p.severity === 'error') old.set(problemKey(p), (old.get(problemKey(p)) ?? 0) + 1);
  const added: FileProblem[] = [];
  for (const p of lintGlossary([[after]])) {
    if (p.severity !== 'error') continue;
    const n = old.get(problemKey(p)) ?? 0;
    if (n > 0) old.set(problemKey(p), n - 1);
    else added.push(p);
  }
  if (added.length > 0) return { text, problems: added.map((p) => ({ ...p, message: `with the new entry: ${p.message}` })) };
  return { text: next, problems: [] };
}
