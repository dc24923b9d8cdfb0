import { describe, expect, it } from 'vitest';
import { escapeText, ProseMap, ProseMapBuilder } from '../../src/core/prose-map.js';

/** `<p>A &amp; <b>bold</b> word</p>` as the HTML format reads it. */
function sample(): { file: string; prose: string; map: ProseMap } {
  const file = '<p>A &amp; <b>bold</b> word</p>';
  const b = new ProseMapBuilder();
  b.startNode('html-text');
  b.copy(3, 'A ');
  b.atom(5, 5, '&');
  b.copy(10, ' ');
  b.startNode('html-text');
  b.copy(14, 'bold');
  b.startNode('html-text');
  b.copy(22, ' word');
  b.gap('\n\n');
  const { prose, map } = b.build();
  return { file, prose, map };
}

describe('ProseMap', () => {
  it('maps ranges back to the file, atoms whole, across inline tags', () => {
    const { file, prose, map } = sample();
    expect(prose).toBe('A & bold word\n\n');
    const slice = (s: number, e: number): string => {
      const r = map.toFile(s, e);
      return file.slice(r.start, r.end);
    };
    expect(slice(0, 3)).toBe('A &amp;');
    expect(slice(2, 3)).toBe('&amp;');
    expect(slice(4, 13)).toBe('bold</b> word');
    expect(slice(0, prose.length)).toBe('A &amp; <b>bold</b> word');
    expect(() => map.toFile(0, 99)).toThrow(RangeError);
  });

  it('writes an edit inside one node back, escaped; refuses one that would move a tag', () => {
    const { file, map } = sample();
    expect(map.editFor({ start: 0, end: 1, text: 'R&D <x>' }, 'A')).toEqual({ start: 3, end: 4, text: 'R&amp;D &lt;x>' });
    expect(map.editFor({ start: 4, end: 13, text: 'strong phrase' }, 'bold word')).toBeNull();
    // Only the changed words are written when what is kept lies on both sides of the tag.
    const edit = map.editFor({ start: 4, end: 13, text: 'bold phrase' }, 'bold word');
    expect(edit).toEqual({ start: 23, end: 27, text: 'phrase' });
    expect(file.slice(0, 23) + 'phrase' + file.slice(27)).toBe('<p>A &amp; <b>bold</b> phrase</p>');
  });

  it('identity maps a plain text to itself', () => {
    const map = ProseMap.identity('abc def');
    expect(map.toFile(4, 7)).toEqual({ start: 4, end: 7 });
    expect(map.editFor({ start: 0, end: 3, text: 'x&y' }, 'abc')).toEqual({ start: 0, end: 3, text: 'x&y' });
  });

  it('escapes replacements for each kind of node', () => {
    expect(escapeText('a & b < c', 'xml')).toBe('a &amp; b &lt; c');
    expect(escapeText('say "hi"\n', 'po-string')).toBe('say \\"hi\\"\\n');
    expect(escapeText(`it's "x"`, 'html-attribute')).toBe('it&#39;s &quot;x&quot;');
  });
});
