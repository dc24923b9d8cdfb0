/**
 * The text of one input, and the single place where offsets become lines and columns.
 *
 * Offsets everywhere in mtqa are 0-based UTF-16 code-unit indices into {@link SourceText.text}
 * (JavaScript string indices), end-exclusive. Lines and columns are 1-based; a column counts
 * UTF-16 code units from the start of its line, as SARIF and ESLint do. A byte-order mark is not
 * part of the text: it is removed when the file is decoded and remembered in {@link SourceText.bom}
 * so that writers can put it back. CRLF, lone CR and LF all end a line; the CR of a CRLF belongs
 * to the line it ends.
 */
export interface Position {
  /** 1-based line number. */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
}

export class SourceText {
  /** The text without its byte-order mark. */
  readonly text: string;
  /** Whether the decoded file began with a byte-order mark (U+FEFF). */
  readonly bom: boolean;
  /** The dominant line ending, used by writers that add lines. */
  readonly eol: '\n' | '\r\n';
  /** 0-based offset of the first character of each line; lineStarts[0] is 0. */
  private readonly lineStarts: number[];

  /**
   * @param text the decoded text; a leading U+FEFF is treated as a byte-order mark and removed.
   */
  constructor(text: string) {
    this.bom = text.charCodeAt(0) === 0xfeff;
    this.text = this.bom ? text.slice(1) : text;
    const starts = [0];
    let crlf = 0;
    let lf = 0;
    const t = this.text;
    if (t.indexOf('\r') < 0) {
      // The common case, LF only: let indexOf find the breaks (several times faster than a loop).
      for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) {
        lf++;
        starts.push(i + 1);
      }
    } else {
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c === 10) {
          lf++;
          starts.push(i + 1);
        } else if (c === 13) {
          if (t.charCodeAt(i + 1) === 10) {
            crlf++;
            i++;
          }
          starts.push(i + 1);
        }
      }
    }
    this.lineStarts = starts;
    this.eol = crlf > lf ? '\r\n' : '\n';
  }

  /** Number of lines (an empty text, or a text ending with a line break, still has a last line). */
  get lineCount(): number {
    return this.lineStarts.length;
  }

  /**
   * Line and column of a 0-based offset. `offset === text.length` is allowed (end of file).
   * @throws RangeError when the offset is outside `[0, text.length]` or not an integer.
   */
  positionAt(offset: number): Position {
    if (!Number.isInteger(offset) || offset < 0 || offset > this.text.length) {
      throw new RangeError(`offset ${offset} is outside the text (0..${this.text.length})`);
    }
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
  }

  /**
   * 0-based offset of a 1-based line and column.
   * @throws RangeError when the line does not exist or the column is past the line's end.
   */
  offsetAt(position: Position): number {
    const start = this.lineStarts[position.line - 1];
    if (start === undefined || position.column < 1) {
      throw new RangeError(`line ${position.line} column ${position.column} is outside the text`);
    }
    const offset = start + position.column - 1;
    const next = this.lineStarts[position.line];
    const limit = next === undefined ? this.text.length : next;
    if (offset > limit) {
      throw new RangeError(`column ${position.column} is past the end of line ${position.line}`);
    }
    return offset;
  }

  /** 0-based offset where the given 1-based line starts. */
  lineStart(line: number): number {
    const start = this.lineStarts[line - 1];
    if (start === undefined) throw new RangeError(`line ${line} does not exist`);
    return start;
  }

  /** 0-based offset just past the given 1-based line's content (before its line break). */
  lineEnd(line: number): number {
    const next = this.lineStarts[line];
    let end = next === undefined ? this.text.length : next;
    if (end > 0 && next !== undefined) {
      end--;
      if (this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    }
    return end;
  }
}
