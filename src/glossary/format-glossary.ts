/**
 * The canonical layout of a glossary file, applied through the `yaml` Document API so comments
 * and blank lines stay where they were written. Pure: text in, text out.
 *
 * The rule, in full:
 * - top-level keys in the order glossary, version, description, order, entries; entry keys in the
 *   order of {@link ENTRY_KEY_ORDER}; `pattern, replacement, unless` in an avoided rendering;
 *   `flag, pass` in examples; unknown keys keep their place after the known ones;
 * - entries sorted by id (code-point order) unless the file says `order: manual`; a comment above
 *   an entry moves with it (also the one above the first entry);
 * - every list and mapping in block style, two-space indentation, list items indented under
 *   their key;
 * - patterns (avoid, unless) single-quoted (double-quoted when they hold a `'`); other strings
 *   plain where YAML allows, else single-quoted when they hold a `"` and no `'`, else
 *   double-quoted; block scalars (`|`, `>`) stay block scalars;
 * - no line wrapping, except inside folded block scalars (`>`), wrapped at {@link FOLD_WIDTH}
 *   characters (indentation not counted);
 * - with entries sorted, blank lines between entries are made uniform (all or none);
 * - comments and blank lines between entries are kept; whitespace-only lines lose their spaces;
 *   the file ends with one newline.
 */
import { Document, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, Scalar, visit, type Node as YamlNode, type ToStringOptions, type YAMLMap } from 'yaml';
import { AVOID_KEY_ORDER, ENTRY_KEY_ORDER, EXAMPLES_KEY_ORDER, FILE_KEY_ORDER, type EntryData } from './entry-data.js';
import type { FileProblem } from './schema-errors.js';

/** Options every glossary file is written with. */
export const GLOSSARY_YAML_OPTIONS: ToStringOptions = { lineWidth: 0, indent: 2, indentSeq: true, singleQuote: null, flowCollectionPadding: false };

/** The formatted text, or the YAML syntax errors that stop formatting. */
export interface FormatResult {
  text: string;
  problems: FileProblem[];
}

function keyName(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

/** Reorders a mapping's pairs by a key order; unknown keys follow, in their written order. */
function orderKeys(map: YAMLMap, order: readonly string[]): void {
  const rank = (key: string | undefined): number => {
    const i = key === undefined ? -1 : order.indexOf(key);
    return i < 0 ? order.length : i;
  };
  const first = map.items[0];
  const leading = first !== undefined && isPair(first) && isScalar(first.key) ? first.key.commentBefore : undefined;
  if (first !== undefined && isPair(first) && isScalar(first.key)) first.key.commentBefore = undefined;
  const indexed = map.items.map((pair, i) => ({ pair, i, r: rank(keyName(pair.key)) }));
  indexed.sort((a, b) => a.r - b.r || a.i - b.i);
  map.items = indexed.map((x) => x.pair);
  const head = map.items[0];
  // A comment above a mapping's first key describes the mapping, so it stays on top.
  if (leading !== undefined && head !== undefined && isPair(head) && isScalar(head.key)) {
    head.key.commentBefore = head.key.commentBefore === undefined ? leading : `${leading}\n${head.key.commentBefore}`;
  }
}

/** Block style everywhere, and quoting chosen by the stringifier (block scalars kept). */
function normaliseStyle(node: unknown): void {
  if (isScalar(node)) {
    if (node.type !== Scalar.BLOCK_FOLDED && node.type !== Scalar.BLOCK_LITERAL) delete node.type;
    return;
  }
  if (isMap(node) || isSeq(node)) {
    node.flow = false;
    for (const item of node.items) {
      if (isPair(item)) {
        normaliseStyle(item.key);
        normaliseStyle(item.value);
      } else {
        normaliseStyle(item);
      }
    }
  }
}

/** Whether a file keeps its entries in written order (`order: manual`). */
export function manualOrder(doc: Document): boolean {
  const root = doc.contents;
  if (!isMap(root)) return false;
  const order = root.get('order', true);
  return isScalar(order) && order.value === 'manual';
}

function entryId(node: unknown): string {
  if (!isMap(node)) return '';
  const id = node.get('id');
  return typeof id === 'string' ? id : '';
}

/** Applies the canonical layout to a parsed document in place. */
export function canonicaliseDocument(doc: Document): void {
  const root = doc.contents;
  if (!isMap(root)) return;
  orderKeys(root, FILE_KEY_ORDER);
  normaliseStyle(root);
  const entries = root.get('entries', true);
  if (!isSeq(entries)) return;
  for (const item of entries.items) {
    if (!isMap(item)) continue;
    orderKeys(item, ENTRY_KEY_ORDER as readonly string[]);
    const avoid = item.get('avoid', true);
    if (isSeq(avoid)) for (const a of avoid.items) if (isMap(a)) orderKeys(a, AVOID_KEY_ORDER);
    const examples = item.get('examples', true);
    if (isMap(examples)) orderKeys(examples, EXAMPLES_KEY_ORDER);
    quotePatterns(item);
  }
  const items = entries.items as YamlNode[];
  if (!manualOrder(doc)) {
    sortEntries(items);
    // Sorting breaks up hand-made groups, so entries are either all separated by a blank line or none.
    const spaced = items.some((node) => node.spaceBefore === true);
    items.forEach((node, i) => {
      node.spaceBefore = spaced && i > 0 ? true : undefined;
    });
  }
  const first = items[0];
  if (first !== undefined) first.spaceBefore = undefined;
}

/** Quotes a pattern: single quotes, or double quotes when it holds a `'`. */
function quotePattern(node: unknown): void {
  if (isScalar(node) && typeof node.value === 'string') node.type = node.value.includes("'") ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE;
}

function quoteAll(seq: unknown): void {
  if (isSeq(seq)) for (const item of seq.items) quotePattern(item);
}

/**
 * Patterns are always quoted: they often start with `[` or `(` or hold `{2}` and `|`, and a plain
 * pattern edited to start with `[` would silently become a YAML list.
 */
function quotePatterns(entry: YAMLMap): void {
  const avoid = entry.get('avoid', true);
  if (isSeq(avoid)) {
    for (const a of avoid.items) {
      if (isMap(a)) {
        quotePattern(a.get('pattern', true));
        quoteAll(a.get('unless', true));
      } else {
        quotePattern(a);
      }
    }
  }
  quoteAll(entry.get('unless', true));
}

function sortEntries(items: YamlNode[]): void {
  const indexed = items.map((node, i) => ({ node, i, id: entryId(node) }));
  indexed.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.i - b.i));
  indexed.forEach((x, i) => {
    items[i] = x.node;
  });
}

/** Lines of folded block scalars (`>`) are wrapped to this many characters, indentation not counted. */
export const FOLD_WIDTH = 100;

/**
 * Wraps one content line of a folded block scalar at single spaces, so the value is unchanged
 * (in a folded scalar a line break between two lines reads as one space).
 */
function wrapFoldedLine(line: string): string {
  const indent = /^ */.exec(line)?.[0] ?? '';
  const out: string[] = [];
  let rest = line.slice(indent.length);
  while (rest.length > FOLD_WIDTH) {
    let cut = -1;
    for (let i = Math.min(rest.length - 2, FOLD_WIDTH); i > 0; i--) {
      if (rest[i] === ' ' && rest[i - 1] !== ' ' && rest[i + 1] !== ' ') {
        cut = i;
        break;
      }
    }
    if (cut < 0) {
      for (let i = FOLD_WIDTH + 1; i < rest.length - 1; i++) {
        if (rest[i] === ' ' && rest[i - 1] !== ' ' && rest[i + 1] !== ' ') {
          cut = i;
          break;
        }
      }
    }
    if (cut < 0) break;
    out.push(indent + rest.slice(0, cut));
    rest = rest.slice(cut + 1);
  }
  out.push(indent + rest);
  return out.join('\n');
}

/** Re-wraps the content of every folded block scalar in a YAML text. */
function wrapFoldedScalars(text: string): string {
  const doc = parseDocument(text);
  const ranges: [number, number][] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (node.type === Scalar.BLOCK_FOLDED && node.range) ranges.push([node.range[0], node.range[1]]);
    },
  });
  let out = text;
  for (const [start, end] of ranges.sort((a, b) => b[0] - a[0])) {
    const block = out.slice(start, end);
    const headerEnd = block.indexOf('\n') + 1;
    if (headerEnd <= 0) continue;
    const body = block.slice(headerEnd).split('\n');
    const contentIndent = /^ */.exec(body.find((l) => l.trim() !== '') ?? '')?.[0].length ?? 0;
    const wrapped = body.map((l) => (l.trim() === '' || /^ */.exec(l)?.[0].length !== contentIndent ? l : wrapFoldedLine(l)));
    out = out.slice(0, start) + block.slice(0, headerEnd) + wrapped.join('\n') + out.slice(end);
  }
  return out;
}

/** Serialises a document in the canonical layout (the document must already be canonicalised). */
export function glossaryDocumentText(doc: Document): string {
  const text = wrapFoldedScalars(doc.toString(GLOSSARY_YAML_OPTIONS)).replace(/^[ \t]+$/gm, '');
  return `${text.replace(/\n+$/, '')}\n`;
}

/** Whether the `entries:` key's line ends in a comment. */
function commentOnEntriesLine(text: string, doc: Document): boolean {
  const root = doc.contents;
  if (!isMap(root)) return false;
  const pair = root.items.find((p) => keyName(p.key) === 'entries');
  const end = isScalar(pair?.key) ? pair.key.range?.[1] : undefined;
  if (end === undefined) return false;
  const lineEnd = text.indexOf('\n', end);
  return text.slice(end, lineEnd < 0 ? text.length : lineEnd).includes('#');
}

/** Formats one glossary file's text. */
export function formatGlossaryText(text: string, file: string): FormatResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e): FileProblem => {
      const { line, col } = lines.linePos(e.pos[0]);
      return { file, line, column: col, severity: 'error', message: `YAML syntax error: ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}; fix it before formatting` };
    });
    return { text, problems };
  }
  const entries = isMap(doc.contents) ? doc.contents.get('entries', true) : undefined;
  if (isSeq(entries) && !manualOrder(doc)) {
    const first = entries.items[0] as YamlNode | undefined;
    if (first !== undefined && typeof entries.commentBefore === 'string') {
      // A comment on the `entries:` line itself stays there; the ones below it describe the first entry.
      const lines = entries.commentBefore.split('\n');
      const onKeyLine = commentOnEntriesLine(text, doc) ? lines.shift() : undefined;
      const rest = lines.join('\n');
      if (lines.length > 0) first.commentBefore = first.commentBefore ? `${rest}\n${first.commentBefore}` : rest;
      entries.commentBefore = onKeyLine;
    }
  }
  canonicaliseDocument(doc);
  return { text: glossaryDocumentText(doc), problems: [] };
}

/**
 * The canonical YAML of one entry as an item of a canonical file's `entries:` list (`  - id: …`,
 * indented by two spaces), ending in a newline.
 */
export function entryYaml(data: EntryData): string {
  const doc = new Document({ entries: [data] });
  canonicaliseDocument(doc);
  return glossaryDocumentText(doc).replace(/^entries:\n/, '');
}

/** A whole glossary file in canonical layout, e.g. for `mtqa glossary import`. */
export function glossaryFileYaml(name: string, entries: readonly EntryData[], description?: string, header?: string): string {
  const data: Record<string, unknown> = { glossary: name, version: 1 };
  if (description !== undefined) data.description = description;
  data.entries = entries;
  const doc = new Document(data);
  if (header !== undefined) doc.commentBefore = header;
  canonicaliseDocument(doc);
  return glossaryDocumentText(doc);
}
