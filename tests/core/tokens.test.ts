import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHardBreak, tokenize, WORD } from '../../src/core/tokens.js';
import { WordIds } from '../../src/core/word-ids.js';

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

describe('WordIds', () => {
  it('resolves each word once, case-insensitively, from the text without slicing', () => {
    const resolved: string[] = [];
    const ids = new WordIds((w) => {
      resolved.push(w);
      return [resolved.length, -resolved.length];
    });
    const text = 'Hat hat HATS Éclat éclat hat';
    const seen: [number, number][] = [];
    for (const [s, e] of [[0, 3], [4, 7], [8, 12], [13, 18], [19, 24], [25, 28]] as const) {
      ids.lookup(text, s, e);
      seen.push([ids.key, ids.exact]);
    }
    expect(resolved).toEqual(['hat', 'hats', 'éclat']);
    expect(seen).toEqual([[1, -1], [1, -1], [2, -2], [3, -3], [3, -3], [1, -1]]);
  });

  it('keeps every word apart when the table grows', () => {
    const ids = new WordIds((w) => [Number(w.slice(1)), 0]);
    const words = Array.from({ length: 5000 }, (_, i) => `w${i}`);
    const text = words.join(' ');
    let at = 0;
    for (const pass of [0, 1]) {
      at = 0;
      for (const w of words) {
        ids.lookup(text, at, at + w.length);
        expect(ids.key, `${w} on pass ${pass}`).toBe(Number(w.slice(1)));
        at += w.length + 1;
      }
    }
  });
});
