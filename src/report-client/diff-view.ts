/**
 * The proposed text as a word-level diff against the original, built in the page from the
 * accepted replacements with the `diff` package's `diffWords`: inline (the whole article with
 * deletions and insertions in place) or side by side (one row per changed group of lines).
 * Text is only ever set through text nodes, never parsed as HTML.
 */
import { diffWords } from 'diff';
import type { Edit } from '../core/finding.js';

/** A piece of the diff: unchanged, deleted or inserted text. */
export interface DiffPart {
  kind: 'same' | 'del' | 'ins';
  text: string;
}

/** Word-level parts of one replacement of `[edit.start, edit.end)` by `edit.text`. */
export function editParts(original: string, edit: Edit): DiffPart[] {
  const before = original.slice(edit.start, edit.end);
  if (before === '' || edit.text === '') {
    return [...(before === '' ? [] : [{ kind: 'del' as const, text: before }]), ...(edit.text === '' ? [] : [{ kind: 'ins' as const, text: edit.text }])];
  }
  return diffWords(before, edit.text).map((c) => ({ kind: c.added ? 'ins' : c.removed ? 'del' : 'same', text: c.value }));
}

function appendParts(target: Node, parts: readonly DiffPart[], keep: ReadonlySet<DiffPart['kind']>): void {
  for (const p of parts) {
    if (!keep.has(p.kind)) continue;
    if (p.kind === 'same') {
      target.appendChild(document.createTextNode(p.text));
    } else {
      const el = document.createElement(p.kind);
      el.textContent = p.text;
      target.appendChild(el);
    }
  }
}

const ALL = new Set<DiffPart['kind']>(['same', 'del', 'ins']);
const OLD = new Set<DiffPart['kind']>(['same', 'del']);
const NEW = new Set<DiffPart['kind']>(['same', 'ins']);

function emptyNote(container: HTMLElement): void {
  const p = document.createElement('p');
  p.className = 'empty';
  p.textContent = 'No accepted changes yet: the proposed text is the original. Accept findings to see the changes here.';
  container.appendChild(p);
}

/** Renders the whole article with the accepted edits (sorted, non-overlapping) in place. */
export function renderInline(container: HTMLElement, text: string, edits: readonly Edit[]): void {
  container.replaceChildren();
  if (edits.length === 0) emptyNote(container);
  const body = document.createElement('div');
  body.className = 'diff-inline';
  const frag = document.createDocumentFragment();
  let cursor = 0;
  for (const e of edits) {
    frag.appendChild(document.createTextNode(text.slice(cursor, e.start)));
    appendParts(frag, editParts(text, e), ALL);
    cursor = e.end;
  }
  frag.appendChild(document.createTextNode(text.slice(cursor)));
  body.appendChild(frag);
  container.appendChild(body);
}

/** 0-based offsets where lines start (LF, CRLF and lone CR end a line, as in `SourceText`). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** 0-based line index of an offset. */
function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Renders one table row per group of changed lines: the original on the left, the proposed text on the right. */
export function renderSideBySide(container: HTMLElement, text: string, edits: readonly Edit[]): void {
  container.replaceChildren();
  if (edits.length === 0) {
    emptyNote(container);
    return;
  }
  const starts = lineStarts(text);
  const groups: { first: number; last: number; edits: Edit[] }[] = [];
  for (const e of edits) {
    const first = lineOf(starts, e.start);
    const last = lineOf(starts, Math.max(e.start, e.end - 1));
    const g = groups[groups.length - 1];
    if (g !== undefined && first <= g.last) {
      g.last = Math.max(g.last, last);
      g.edits.push(e);
    } else {
      groups.push({ first, last, edits: [e] });
    }
  }
  const table = document.createElement('table');
  table.className = 'diff-side';
  const caption = table.createCaption();
  caption.textContent = `${groups.length} changed ${groups.length === 1 ? 'passage' : 'passages'}`;
  const head = table.createTHead().insertRow();
  for (const label of ['Line', 'Original', 'Proposed']) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = label;
    head.appendChild(th);
  }
  const tbody = table.createTBody();
  for (const g of groups) {
    const from = starts[g.first] as number;
    const nextStart = starts[g.last + 1];
    const lineEnd = nextStart === undefined ? text.length : nextStart - (text.slice(nextStart - 2, nextStart) === '\r\n' ? 2 : 1);
    const to = Math.max(lineEnd, ...g.edits.map((e) => e.end));
    const parts: DiffPart[] = [];
    let cursor = from;
    for (const e of g.edits) {
      parts.push({ kind: 'same', text: text.slice(cursor, e.start) }, ...editParts(text, e));
      cursor = e.end;
    }
    parts.push({ kind: 'same', text: text.slice(cursor, to) });
    const row = tbody.insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = g.first === g.last ? `${g.first + 1}` : `${g.first + 1}–${g.last + 1}`;
    row.appendChild(th);
    appendParts(row.insertCell(), parts, OLD);
    appendParts(row.insertCell(), parts, NEW);
  }
  container.appendChild(table);
}
