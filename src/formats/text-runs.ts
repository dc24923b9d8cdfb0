/**
 * Lines up a stretch of the file as written (`raw`) with the text a parser decoded from it, and
 * writes the result into a {@link ProseMapBuilder}: unchanged stretches as copy runs, each
 * character reference (`&ldquo;`, `&#8220;`, `&amp;`) and each CRLF read as LF as an atom, and —
 * where the format collapses white space (HTML outside `<pre>`) — each white-space run as one
 * space.
 */
import type { ProseMapBuilder } from '../core/prose-map.js';

/** Decodes one character reference as written (`&ldquo;`, `&#x201C;`, `&copy`), or null. */
export type ReferenceDecoder = (reference: string) => string | null;

const REFERENCE = /&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{0,40};?)/y;

/** A piece of decoded text and the file stretch it came from. */
interface Piece {
  fileStart: number;
  fileLength: number;
  text: string;
  /** Copied unchanged (file text === prose text). */
  copy: boolean;
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
}

/**
 * Splits `raw` (file text starting at `fileStart`) into pieces matching `decoded`.
 * Where the two cannot be lined up (a parser repaired something), the rest becomes one atom.
 */
function align(raw: string, fileStart: number, decoded: string, decode: ReferenceDecoder): Piece[] {
  const pieces: Piece[] = [];
  let i = 0;
  let j = 0;
  let copyFrom = 0;
  const flush = (): void => {
    if (i > copyFrom) pieces.push({ fileStart: fileStart + copyFrom, fileLength: i - copyFrom, text: raw.slice(copyFrom, i), copy: true });
  };
  while (i < raw.length && j < decoded.length) {
    const r = raw[i] as string;
    const d = decoded[j] as string;
    if (r === '&') {
      REFERENCE.lastIndex = i;
      const m = REFERENCE.exec(raw);
      const value = m === null ? null : decode(m[0]);
      if (m !== null && value !== null && value !== m[0] && decoded.startsWith(value, j)) {
        flush();
        pieces.push({ fileStart: fileStart + i, fileLength: m[0].length, text: value, copy: false });
        i += m[0].length;
        j += value.length;
        copyFrom = i;
        continue;
      }
    }
    if (r === '\r' && d === '\n') {
      flush();
      const length = raw[i + 1] === '\n' ? 2 : 1;
      pieces.push({ fileStart: fileStart + i, fileLength: length, text: '\n', copy: false });
      i += length;
      j++;
      copyFrom = i;
      continue;
    }
    if (r === '\\' && raw[i + 1] === d && d !== '\\') {
      // A backslash escape (Markdown `\*`) reads as the character it escapes.
      flush();
      pieces.push({ fileStart: fileStart + i, fileLength: 2, text: d, copy: false });
      i += 2;
      j++;
      copyFrom = i;
      continue;
    }
    if (r !== d && isSpace(r)) {
      // White space the parser dropped (indentation of a Markdown continuation line).
      flush();
      i++;
      copyFrom = i;
      continue;
    }
    if (r !== d) break;
    i++;
    j++;
  }
  flush();
  if (i < raw.length || j < decoded.length) {
    pieces.push({ fileStart: fileStart + i, fileLength: raw.length - i, text: decoded.slice(j), copy: false });
  }
  return pieces;
}

/**
 * Writes decoded text into the builder, mapped to `raw` at `fileStart`.
 * @param collapse turn every white-space run into one space (HTML text outside `<pre>`)
 */
export function addDecodedText(builder: ProseMapBuilder, raw: string, fileStart: number, decoded: string, decode: ReferenceDecoder, collapse: boolean): void {
  const pieces = align(raw, fileStart, decoded, decode);
  if (!collapse) {
    for (const p of pieces) {
      if (p.copy) builder.copy(p.fileStart, p.text);
      else builder.atom(p.fileStart, p.fileLength, p.text);
    }
    return;
  }
  // White space that runs on from the previous node (`word <b> next`) is collapsed across nodes too.
  let spaceStart = -1;
  let spaceEnd = -1;
  let pendingSpace = isSpace(builder.tail(1)) && builder.length > 0;
  const emitSpace = (): void => {
    if (spaceStart >= 0) {
      if (pendingSpace) builder.atom(spaceStart, spaceEnd - spaceStart, '');
      else builder.atom(spaceStart, spaceEnd - spaceStart, ' ');
      pendingSpace = true;
    }
    spaceStart = -1;
  };
  for (const p of pieces) {
    if (!p.copy) {
      if (p.text.length > 0 && [...p.text].every(isSpace)) {
        if (spaceStart < 0) spaceStart = p.fileStart;
        spaceEnd = p.fileStart + p.fileLength;
        continue;
      }
      emitSpace();
      builder.atom(p.fileStart, p.fileLength, p.text);
      pendingSpace = false;
      continue;
    }
    let from = 0;
    for (let k = 0; k <= p.text.length; k++) {
      const space = k < p.text.length && isSpace(p.text[k] as string);
      if (space) {
        if (k > from) {
          emitSpace();
          builder.copy(p.fileStart + from, p.text.slice(from, k));
          pendingSpace = false;
        }
        if (spaceStart < 0) spaceStart = p.fileStart + k;
        spaceEnd = p.fileStart + k + 1;
        from = k + 1;
      } else if (k === p.text.length && k > from) {
        emitSpace();
        builder.copy(p.fileStart + from, p.text.slice(from, k));
        pendingSpace = false;
      }
    }
  }
  emitSpace();
}
