import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SourceText } from '../../src/core/source-text.js';

describe('SourceText', () => {
  it('derives 1-based lines and columns on LF text', () => {
    const s = new SourceText('ab\ncd\n');
    expect(s.positionAt(0)).toEqual({ line: 1, column: 1 });
    expect(s.positionAt(3)).toEqual({ line: 2, column: 1 });
    expect(s.positionAt(6)).toEqual({ line: 3, column: 1 });
    expect(s.lineCount).toBe(3);
  });

  it('treats CRLF as one line break and keeps CR on the line it ends', () => {
    const s = new SourceText('ab\r\ncd\r\nef');
    expect(s.positionAt(2)).toEqual({ line: 1, column: 3 });
    expect(s.positionAt(3)).toEqual({ line: 1, column: 4 });
    expect(s.positionAt(4)).toEqual({ line: 2, column: 1 });
    expect(s.lineEnd(1)).toBe(2);
    expect(s.lineStart(3)).toBe(8);
    expect(s.eol).toBe('\r\n');
  });

  it('removes a byte-order mark and remembers it', () => {
    const s = new SourceText('\ufeffhats');
    expect(s.bom).toBe(true);
    expect(s.text).toBe('hats');
    expect(s.positionAt(0)).toEqual({ line: 1, column: 1 });
  });

  it('counts columns in UTF-16 code units past non-BMP characters', () => {
    const s = new SourceText('𠀀 hats');
    expect(s.text.indexOf('hats')).toBe(3);
    expect(s.positionAt(3)).toEqual({ line: 1, column: 4 });
  });

  it('throws on offsets out of range', () => {
    const s = new SourceText('abc');
    expect(() => s.positionAt(-1)).toThrow(RangeError);
    expect(() => s.positionAt(4)).toThrow(RangeError);
    expect(() => s.positionAt(1.5)).toThrow(RangeError);
    expect(() => s.offsetAt({ line: 2, column: 1 })).toThrow(RangeError);
  });

  it('offsetAt inverts positionAt for every offset (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\r', '\r\n', '𠀀', ' ') }), (text) => {
        const s = new SourceText(text);
        for (let i = 0; i <= s.text.length; i++) {
          // An offset between CR and LF is not a position a finding can have; skip it.
          if (s.text[i - 1] === '\r' && s.text[i] === '\n') continue;
          expect(s.offsetAt(s.positionAt(i))).toBe(i);
        }
      }),
    );
  });
});
