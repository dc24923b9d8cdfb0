/**
 * The map from a prose view's offsets back to offsets in the file as written.
 *
 * An input format extracts the prose of a file (HTML text nodes, Markdown paragraphs, XLIFF
 * targets) into one string that the checks read. Every code unit of that string comes from one
 * *run*:
 * - a **copy** run: prose `[p, p+n)` is file `[f, f+n)` unchanged;
 * - an **atom** run: a few prose code units stand for a different stretch of the file and are
 *   never split (a character reference `&ldquo;` → `"`, a PO escape `\"` → `"`, a whitespace
 *   run collapsed to one space, CRLF read as LF);
 * - a **gap** run: prose the format inserted (a blank line between two blocks) that stands for no
 *   file text; it maps to the file offset `f` where it was inserted.
 *
 * Runs belong to *nodes* (a text node, an attribute value, a PO string): an edit whose range stays
 * inside one node can be written back to the file; one that crosses from node to node would have
 * to move markup and is refused ({@link ProseMap.editFor} returns null). Every offset here is a
 * 0-based UTF-16 code-unit offset; ranges are end-exclusive.
 */
import type { Edit } from './finding.js';

/** How a replacement is escaped when written into a node of the file. */
export type Escape = 'none' | 'html-text' | 'html-attribute' | 'xml' | 'po-string';

const KIND_COPY = 0;
const KIND_ATOM = 1;
const KIND_GAP = 2;

/** Escapes a replacement for the node it is written into. */
export function escapeText(text: string, escape: Escape): string {
  switch (escape) {
    case 'none':
      return text;
    case 'html-text':
      return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\u00a0/g, '&nbsp;');
    case 'html-attribute':
      return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    case 'xml':
      return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    case 'po-string':
      return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
  }
}

/** Builds a {@link ProseMap} and its prose string run by run, in file order. */
export class ProseMapBuilder {
  private readonly parts: string[] = [];
  private proseLength = 0;
  private readonly prose: number[] = [];
  private readonly file: number[] = [];
  private readonly proseLen: number[] = [];
  private readonly fileLen: number[] = [];
  private readonly kind: number[] = [];
  private readonly node: number[] = [];
  private readonly escapes: Escape[] = [];
  private current = -1;
  /** File offset just past the last copy or atom run. */
  private fileCursor = 0;

  /** Length of the prose built so far (the offset the next run starts at). */
  get length(): number {
    return this.proseLength;
  }

  /** The last `n` code units of the prose built so far. */
  tail(n: number): string {
    let out = '';
    for (let i = this.parts.length - 1; i >= 0 && out.length < n; i--) out = (this.parts[i] as string) + out;
    return out.slice(-n);
  }

  /** Starts a new node (text node, attribute value, string): later runs belong to it. */
  startNode(escape: Escape): void {
    this.escapes.push(escape);
    this.current = this.escapes.length - 1;
  }

  private push(text: string, fileStart: number, fileLength: number, kind: number): void {
    if (text.length === 0) return;
    const last = this.kind.length - 1;
    // Adjacent copy runs of one node merge, so a long text node is one run.
    if (kind === KIND_COPY && last >= 0 && this.kind[last] === KIND_COPY && this.node[last] === this.current && (this.file[last] as number) + (this.fileLen[last] as number) === fileStart) {
      this.proseLen[last] = (this.proseLen[last] as number) + text.length;
      this.fileLen[last] = (this.fileLen[last] as number) + fileLength;
    } else {
      this.prose.push(this.proseLength);
      this.file.push(fileStart);
      this.proseLen.push(text.length);
      this.fileLen.push(fileLength);
      this.kind.push(kind);
      this.node.push(kind === KIND_GAP ? -1 : this.current);
    }
    this.parts.push(text);
    this.proseLength += text.length;
    if (kind !== KIND_GAP) this.fileCursor = fileStart + fileLength;
  }

  /** File text copied unchanged into the prose, starting at file offset `fileStart`. */
  copy(fileStart: number, text: string): void {
    this.push(text, fileStart, text.length, KIND_COPY);
  }

  /** Prose `text` standing for file `[fileStart, fileStart + fileLength)` as a whole. */
  atom(fileStart: number, fileLength: number, text: string): void {
    this.push(text, fileStart, fileLength, KIND_ATOM);
  }

  /** Prose the format inserts (block separators); it maps to `fileAt` (default: after the last run). */
  gap(text: string, fileAt: number = this.fileCursor): void {
    this.push(text, fileAt, 0, KIND_GAP);
  }

  build(): { prose: string; map: ProseMap } {
    return {
      prose: this.parts.join(''),
      map: new ProseMap(
        Int32Array.from(this.prose),
        Int32Array.from(this.file),
        Int32Array.from(this.proseLen),
        Int32Array.from(this.fileLen),
        Uint8Array.from(this.kind),
        Int32Array.from(this.node),
        this.escapes,
        this.proseLength,
        this.fileCursor,
      ),
    };
  }
}

export class ProseMap {
  constructor(
    private readonly prose: Int32Array,
    private readonly file: Int32Array,
    private readonly proseLen: Int32Array,
    private readonly fileLen: Int32Array,
    private readonly kind: Uint8Array,
    private readonly node: Int32Array,
    private readonly escapes: readonly Escape[],
    /** Length of the prose. */
    readonly length: number,
    private readonly fileEnd: number,
  ) {}

  /** A map for a file that is its own prose (plain text): every offset maps to itself. */
  static identity(text: string, escape: Escape = 'none'): ProseMap {
    const b = new ProseMapBuilder();
    b.startNode(escape);
    b.copy(0, text);
    return b.build().map;
  }

  /** Index of the run holding prose offset `p` (0 <= p < length), or -1. */
  private runAt(p: number): number {
    let lo = 0;
    let hi = this.prose.length - 1;
    if (hi < 0) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.prose[mid] as number) <= p) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private check(p: number): void {
    if (!Number.isInteger(p) || p < 0 || p > this.length) throw new RangeError(`prose offset ${p} is outside the prose (0..${this.length})`);
  }

  /** File offset of the prose code unit at `p` (where a range starting at `p` starts in the file). */
  fileStart(p: number): number {
    this.check(p);
    const r = p === this.length ? -1 : this.runAt(p);
    if (r < 0) return this.fileEnd;
    // A range that starts in an inserted gap starts at the next real text.
    if (this.kind[r] === KIND_GAP) {
      let next = r + 1;
      while (next < this.kind.length && this.kind[next] === KIND_GAP) next++;
      return next < this.kind.length ? (this.file[next] as number) : (this.file[r] as number);
    }
    const k = this.kind[r] as number;
    const offset = p - (this.prose[r] as number);
    return (this.file[r] as number) + (k === KIND_COPY ? offset : 0);
  }

  /** File offset just past the prose code unit at `p - 1` (where a range ending at `p` ends). */
  fileEndOf(p: number): number {
    this.check(p);
    if (p === 0) return this.prose.length === 0 ? 0 : (this.file[0] as number);
    let r = this.runAt(p - 1);
    // A range that ends in an inserted gap ends after the previous real text.
    while (r > 0 && this.kind[r] === KIND_GAP) r--;
    if (this.kind[r] === KIND_GAP) return this.file[r] as number;
    const k = this.kind[r] as number;
    if (k === KIND_COPY) return (this.file[r] as number) + (Math.min(p, (this.prose[r] as number) + (this.proseLen[r] as number)) - (this.prose[r] as number));
    return (this.file[r] as number) + (this.fileLen[r] as number);
  }

  /** The file range a prose range stands for. An empty prose range maps to an empty file range. */
  toFile(start: number, end: number): { start: number; end: number } {
    if (start === end) {
      const at = this.emptyAt(start);
      return { start: at, end: at };
    }
    return { start: this.fileStart(start), end: Math.max(this.fileStart(start), this.fileEndOf(end)) };
  }

  /** Where an empty prose range (an insertion point) lies in the file. */
  private emptyAt(p: number): number {
    this.check(p);
    if (p < this.length) {
      const r = this.runAt(p);
      // Inside a gap: where the gap was inserted (an empty XLIFF target's anchor, say).
      if (this.kind[r] === KIND_GAP) return this.file[r] as number;
      if (p > (this.prose[r] as number)) return this.fileStart(p);
    }
    return p === 0 ? this.fileStart(0) : this.fileEndOf(p);
  }

  /** The nodes the runs of a prose range belong to (gaps excluded), and whether a gap lies inside it. */
  private nodesOf(start: number, end: number): { nodes: Set<number>; gapInside: boolean } {
    const nodes = new Set<number>();
    let gapInside = false;
    if (this.prose.length === 0) return { nodes, gapInside };
    if (start === end) {
      const r = start < this.length ? this.runAt(start) : this.prose.length - 1;
      if (r >= 0 && this.kind[r] !== KIND_GAP) nodes.add(this.node[r] as number);
      else if (r >= 1 && this.kind[r - 1] !== KIND_GAP) nodes.add(this.node[r - 1] as number);
      return { nodes, gapInside };
    }
    for (let r = this.runAt(start); r >= 0 && r < this.prose.length && (this.prose[r] as number) < end; r++) {
      if (this.kind[r] === KIND_GAP) gapInside = true;
      else nodes.add(this.node[r] as number);
    }
    return { nodes, gapInside };
  }

  /**
   * The file edit for a prose edit, with the replacement escaped for its node, or null when the
   * edit crosses from one node to another (it would move or drop markup) even after the parts the
   * original and the replacement share at either end are left alone.
   */
  editFor(edit: Edit, original: string): Edit | null {
    const direct = this.singleNodeEdit(edit.start, edit.end, edit.text);
    if (direct !== null) return direct;
    // Keep the whole words the replacement shares with the original at both ends (white space
    // counts as shared, so a `&nbsp;` stays); the rest may fit in one node.
    const replaced = original;
    if (replaced.length !== edit.end - edit.start) return null;
    const space = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
    const same = (a: string | undefined, b: string | undefined): boolean => a === b || (space(a) && space(b));
    const n = replaced.length;
    const m = edit.text.length;
    let head = 0;
    while (head < n && head < m && same(replaced[head], edit.text[head])) head++;
    while (head > 0 && head < n && !space(replaced[head - 1]) && !space(replaced[head])) head--;
    let tail = 0;
    while (tail < n - head && tail < m - head && same(replaced[n - 1 - tail], edit.text[m - 1 - tail])) tail++;
    while (tail > 0 && tail < n && !space(replaced[n - tail - 1]) && !space(replaced[n - tail])) tail--;
    return this.singleNodeEdit(edit.start + head, edit.end - tail, edit.text.slice(head, edit.text.length - tail));
  }

  private singleNodeEdit(start: number, end: number, text: string): Edit | null {
    const { nodes, gapInside } = this.nodesOf(start, end);
    // A deletion may run over an inserted gap (it stands for no file text); a replacement may not.
    if (nodes.size !== 1 || (gapInside && text.length > 0)) return null;
    const node = [...nodes][0] as number;
    const range = this.toFile(start, end);
    return { start: range.start, end: range.end, text: escapeText(text, this.escapes[node] ?? 'none') };
  }
}
