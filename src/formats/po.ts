/**
 * gettext PO files (`.po`): a small parser for the format as `msgfmt` reads it. Each entry's
 * `msgstr` (or `msgstr[n]`) is a target whose source is its `msgid` (or `msgid_plural` for n > 0).
 * The header entry (empty `msgid`) and obsolete entries (`#~`) are not checked. A target made of
 * several string literals is several nodes: an edit may change one literal, never the quotes or
 * line breaks between them. Anything else is a {@link FormatError} with line and column.
 */
import { ProseMapBuilder } from '../core/prose-map.js';
import { FormatError, type ProseView, type Segment } from './prose-view.js';

const SEPARATOR = '\n\n';
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', a: '\u0007', b: '\b', f: '\f', v: '\v', '?': '?', "'": "'" };

/** A string literal: its decoded pieces, each with the file stretch it came from. */
interface Literal {
  /** File offset just past the opening quote (where content would be written). */
  contentStart: number;
  pieces: { fileStart: number; fileLength: number; text: string }[];
}

interface Field {
  keyword: string;
  line: number;
  literals: Literal[];
}

/** Reads the string literal that starts at `text[at] === '"'`; returns it and the offset past it. */
function readLiteral(text: string, at: number, line: number, lineStart: number): { literal: Literal; end: number } {
  const literal: Literal = { contentStart: at + 1, pieces: [] };
  let i = at + 1;
  let copyFrom = i;
  const flush = (): void => {
    if (i > copyFrom) literal.pieces.push({ fileStart: copyFrom, fileLength: i - copyFrom, text: text.slice(copyFrom, i) });
  };
  for (;;) {
    const c = text[i];
    if (c === undefined || c === '\n' || c === '\r') throw new FormatError('unterminated string: add the closing `"`', line, i - lineStart + 1);
    if (c === '"') break;
    if (c === '\\') {
      flush();
      const e = text[i + 1] ?? '';
      let value = ESCAPES[e];
      let length = 2;
      const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4));
      const hex = /^x[0-9a-fA-F]{1,2}/.exec(text.slice(i + 1, i + 4));
      if (value === undefined && octal !== null) {
        value = String.fromCharCode(parseInt(octal[0], 8));
        length = 1 + octal[0].length;
      } else if (value === undefined && hex !== null) {
        value = String.fromCharCode(parseInt(hex[0].slice(1), 16));
        length = 1 + hex[0].length;
      }
      if (value === undefined) throw new FormatError(`unknown escape \`\\${e}\` in a string`, line, i - lineStart + 1);
      literal.pieces.push({ fileStart: i, fileLength: length, text: value });
      i += length;
      copyFrom = i;
      continue;
    }
    i++;
  }
  flush();
  return { literal, end: i + 1 };
}

function decoded(literals: readonly Literal[]): string {
  return literals.map((l) => l.pieces.map((p) => p.text).join('')).join('');
}

/** Splits a PO file into entries of fields. */
function parseEntries(po: string): Field[][] {
  const entries: Field[][] = [];
  let entry: Field[] = [];
  let field: Field | null = null;
  const endEntry = (): void => {
    if (entry.length > 0) entries.push(entry);
    entry = [];
    field = null;
  };
  let lineStart = 0;
  for (let line = 1; lineStart <= po.length; line++) {
    let lineEnd = po.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = po.length;
    const content = po.slice(lineStart, lineEnd).replace(/\r$/, '');
    const indent = content.length - content.trimStart().length;
    const trimmed = content.trim();
    if (trimmed === '') {
      endEntry();
    } else if (trimmed.startsWith('#')) {
      // Comments; an obsolete entry (#~) is not read. A comment after fields starts a new entry.
      if (entry.length > 0 && field !== null) endEntry();
    } else if (trimmed.startsWith('"')) {
      if (field === null) throw new FormatError('string without a keyword: start it with msgid, msgstr or msgctxt', line, indent + 1);
      const { literal, end } = readLiteral(po, lineStart + indent, line, lineStart);
      if (po.slice(end, lineStart + content.length).trim() !== '') throw new FormatError('unexpected text after the string', line, end - lineStart + 1);
      (field as Field).literals.push(literal);
    } else {
      const m = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)[ \t]+(?=")/.exec(trimmed);
      if (m === null) {
        const word = /^\S+/.exec(trimmed)?.[0] ?? trimmed;
        throw new FormatError(`unknown keyword \`${word}\`: expected msgctxt, msgid, msgid_plural or msgstr`, line, indent + 1);
      }
      const keyword = m[1] as string;
      if ((keyword === 'msgid' || keyword === 'msgctxt') && entry.some((f) => f.keyword.startsWith('msgstr'))) endEntry();
      const at = lineStart + indent + m[0].length;
      const { literal, end } = readLiteral(po, at, line, lineStart);
      if (po.slice(end, lineStart + content.length).trim() !== '') throw new FormatError('unexpected text after the string', line, end - lineStart + 1);
      field = { keyword, line, literals: [literal] };
      entry.push(field);
    }
    lineStart = lineEnd + 1;
  }
  endEntry();
  return entries;
}

/**
 * The prose view of a PO file.
 * @throws FormatError on a line the format does not allow, or an entry without msgid or msgstr
 */
export function poProse(po: string): ProseView {
  const builder = new ProseMapBuilder();
  const segments: Segment[] = [];
  for (const entry of parseEntries(po)) {
    const msgid = entry.find((f) => f.keyword === 'msgid');
    const targets = entry.filter((f) => f.keyword.startsWith('msgstr'));
    const first = entry[0] as Field;
    if (msgid === undefined) throw new FormatError('entry without msgid', first.line, 1);
    if (targets.length === 0) throw new FormatError('entry without msgstr: add `msgstr ""`', msgid.line, 1);
    const source = decoded(msgid.literals);
    if (source === '') continue; // the header
    const plural = entry.find((f) => f.keyword === 'msgid_plural');
    const context = entry.find((f) => f.keyword === 'msgctxt');
    for (const target of targets) {
      const index = /\[(\d+)\]/.exec(target.keyword)?.[1];
      const id = `${context === undefined ? '' : `${decoded(context.literals)}|`}line ${target.line}${index === undefined ? '' : `[${index}]`}`;
      const segmentSource = index !== undefined && index !== '0' && plural !== undefined ? decoded(plural.literals) : source;
      const gapAt = builder.length;
      const firstLiteral = target.literals[0] as Literal;
      builder.gap(SEPARATOR, firstLiteral.contentStart);
      const start = builder.length;
      for (const literal of target.literals) {
        builder.startNode('po-string');
        for (const p of literal.pieces) {
          if (p.fileLength === p.text.length && !p.text.includes('\\')) builder.copy(p.fileStart, p.text);
          else builder.atom(p.fileStart, p.fileLength, p.text);
        }
      }
      const end = builder.length;
      const segment: Segment = { id, source: segmentSource, target: end > start ? { start, end } : { start: gapAt + 1, end: gapAt + 1 }, missing: false };
      if (index !== undefined) segment.pluralForm = Number(index);
      segments.push(segment);
    }
  }
  const { prose, map } = builder.build();
  return { format: 'po', prose, map, excluded: [], furniture: [], blocks: [], segments };
}
