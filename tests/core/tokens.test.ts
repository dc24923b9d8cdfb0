import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHardBreak, tokenize, WORD } from '../../src/core/tokens.js';
import { Lexicon, LEXICON } from '../../src/core/lexicon.js';

/** The tokens as the regular expression defines them, with hard breaks judged on the sliced gap. */
function reference(text: string, from = 0, to = text.length): [number, number, number][] {
  const re = new RegExp(WORD.source, 'gu');
  re.lastIndex = from;
  const slice = text.slice(0, to);
  const out: [number, number, number][] = [];
  let previousEnd = from;
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    out.push([m.index, m.index + m[0].length, out.length === 0 || isHardBreak(slice.slice(previousEnd, m.index)) ? 1 : 0]);
    previousEnd = m.index + m[0].length;
  }
  return out;
}

function actual(text: string, from?: number, to?: number): [number, number, number][] {
  const t = tokenize(text, from, to);
  return Array.from({ length: t.count }, (_, i) => [t.starts[i] as number, t.ends[i] as number, t.breakBefore[i] as number]);
}

// Characters that exercise every branch: ASCII words and digits, separators, apostrophes, dashes,
// accented and combining letters, CJK, astral letters and digits, and lone surrogates.
const PIECES = ['a', 'Z', 'é', 'e\u0301', '\u0301', '7', '٣', '²', '.', ',', "'", '\u2019', '-', '--', '—', ' ', '\n', '\n\n', '!', '摘帽', '𝐀', '𝟙', '\ud800', '\udc00', 'ß', 'İ', '_', '"'];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('tokenize', () => {
  it('finds exactly the matches of the WORD expression, with the same hard breaks', () => {
    fc.assert(fc.property(texts, (text) => {
        expect(actual(text)).toEqual(reference(text));
      }), { numRuns: 2000 });
  });

  it('agrees with the expression on a part of the text too', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const from = Math.min(a, b) % (text.length + 1);
        const to = from + (Math.max(a, b) % (text.length - from + 1));
        // Offsets always fall between code points (tokens end there); never inside a surrogate pair.
        const splitsPair = (at: number): boolean => /[\ud800-\udbff]/.test(text[at - 1] ?? '') && /[\udc00-\udfff]/.test(text[at] ?? '');
        fc.pre(!splitsPair(from) && !splitsPair(to));
        expect(actual(text, from, to)).toEqual(reference(text, from, to));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps numbers, possessives and hyphenated words as the pattern language expects', () => {
    const text = "China's 42,100 poor-county 1.749 rock'n'roll 2020s";
    const t = tokenize(text);
    expect(Array.from({ length: t.count }, (_, i) => text.slice(t.starts[i], t.ends[i]))).toEqual(["China's", '42,100', 'poor', 'county', '1.749', "rock'n'roll", '2020', 's']);
  });
});

describe('Lexicon', () => {
  it('gives a word one id whatever its case, from the text without slicing', () => {
    const lexicon = new Lexicon();
    const text = 'Hat hat HATS Éclat éclat hat';
    const ids = [[0, 3], [4, 7], [8, 12], [13, 18], [19, 24], [25, 28]].map(([s, e]) => lexicon.idOf(text, s as number, e as number));
    expect(ids).toEqual([0, 0, 1, 2, 2, 0]);
    expect([0, 1, 2].map((id) => lexicon.word(id))).toEqual(['hat', 'hats', 'éclat']);
    expect(lexicon.inflectionKey(1)).toBe(lexicon.inflectionKey(0));
    expect(lexicon.idOfWord('hats')).toBe(1);
  });

  it('keeps every word apart when the table grows', () => {
    const lexicon = new Lexicon();
    const words = Array.from({ length: 5000 }, (_, i) => `w${i}`);
    const text = words.join(' ');
    for (const pass of [0, 1]) {
      let at = 0;
      for (const [i, w] of words.entries()) {
        expect(lexicon.idOf(text, at, at + w.length), `${w} on pass ${pass}`).toBe(i);
        at += w.length + 1;
      }
    }
    expect(lexicon.size).toBe(5000);
  });

  it('tokens carry the ids of their lower-cased words, on the fast and the slow path alike', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const t = tokenize(text);
        for (let i = 0; i < t.count; i++) expect(LEXICON.word(t.word[i] as number)).toBe(text.slice(t.starts[i], t.ends[i]).toLowerCase());
      }),
      { numRuns: 1000 },
    );
  });
});
