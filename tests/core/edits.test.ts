import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyEdits, editsOverlap, matchCase } from '../../src/core/edits.js';
import type { Edit } from '../../src/core/finding.js';

describe('applyEdits', () => {
  it('applies edits in text order whatever order they come in', () => {
    const r = applyEdits('take off hats now', [{ start: 14, end: 17, text: 'later' }, { start: 0, end: 13, text: 'leave the list' }]);
    expect(r.output).toBe('leave the list later');
    expect(r.skipped).toEqual([]);
  });
  it('skips an edit that overlaps one already applied', () => {
    const r = applyEdits('abcdef', [{ start: 0, end: 3, text: 'X' }, { start: 2, end: 4, text: 'Y' }]);
    expect(r.output).toBe('Xdef');
    expect(r.skipped).toEqual([{ start: 2, end: 4, text: 'Y' }]);
  });
  it('allows touching edits and insertions at a boundary', () => {
    expect(applyEdits('abcd', [{ start: 0, end: 2, text: 'X' }, { start: 2, end: 4, text: 'Y' }]).output).toBe('XY');
    expect(applyEdits('abcd', [{ start: 2, end: 2, text: '+' }, { start: 0, end: 2, text: 'X' }]).output).toBe('X+cd');
  });
  it('rejects ranges outside the text', () => {
    expect(() => applyEdits('ab', [{ start: 1, end: 3, text: '' }])).toThrow(RangeError);
  });

  const editsOf = (text: string) =>
    fc.array(
      fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }), fc.string({ maxLength: 4 })).map(([a, b, t]): Edit => ({ start: Math.min(a, b), end: Math.max(a, b), text: t })),
      { maxLength: 8 },
    );

  it('changes nothing outside the applied ranges (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }).chain((text) => fc.tuple(fc.constant(text), editsOf(text))), ([text, edits]) => {
        const { output, applied, skipped } = applyEdits(text, edits);
        expect(applied.length + skipped.length).toBe(edits.length);
        for (let i = 1; i < applied.length; i++) expect(editsOverlap(applied[i - 1] as Edit, applied[i] as Edit)).toBe(false);
        // Rebuild the output from the untouched pieces and the replacements.
        let expected = '';
        let cursor = 0;
        for (const e of applied) {
          expected += text.slice(cursor, e.start) + e.text;
          cursor = e.end;
        }
        expect(output).toBe(expected + text.slice(cursor));
      }),
    );
  });
});

describe('matchCase', () => {
  it('capitalises a replacement for a capitalised original', () => {
    expect(matchCase('Taking off hats', 'leaving the poverty list')).toBe('Leaving the poverty list');
  });
  it('keeps a replacement as written for a lower-case original', () => {
    expect(matchCase('mount mustague', 'Muztagh Ata')).toBe('Muztagh Ata');
  });
  it('upper-cases for an all-capitals original', () => {
    expect(matchCase('HATS', 'poverty list')).toBe('POVERTY LIST');
  });
});
