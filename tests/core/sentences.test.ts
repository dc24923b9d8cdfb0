import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/core/sentences.js';

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at sentence ends followed by a capital, a digit or a quote, and at every line break', () => {
    expect(split('Headline without a stop\n\nOne. Two! "Three?" 4 counties left. Last')).toEqual(['Headline without a stop', 'One.', 'Two!', '"Three?"', '4 counties left.', 'Last']);
  });
  it('keeps abbreviations, initials, acronyms and decimals inside the sentence', () => {
    expect(split('Mr. Wang met Dr. Li at No. 5 Road. The U.S. sent 1.749 billion yuan. J. Smith came.')).toEqual([
      'Mr. Wang met Dr. Li at No. 5 Road.',
      'The U.S. sent 1.749 billion yuan.',
      'J. Smith came.',
    ]);
  });
  it('does not split before a lower-case word, and splits after an ellipsis before a capital', () => {
    expect(split('It grew by 3 per cent. in May... In June it fell.')).toEqual(['It grew by 3 per cent. in May...', 'In June it fell.']);
  });
  it('splits at Chinese full stops and handles CRLF', () => {
    expect(split('第一句。第二句\r\nNext line.')).toEqual(['第一句。', '第二句', 'Next line.']);
  });
  it('gives ordered, non-overlapping, trimmed ranges inside the text for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', '.', '!', '\n', '"', '1', 'Mr', '\r') , maxLength: 80 }), (text) => {
        let previous = 0;
        for (const s of splitSentences(text)) {
          expect(s.start).toBeGreaterThanOrEqual(previous);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          const body = text.slice(s.start, s.end);
          expect(body).toBe(body.trim());
          expect(body).not.toMatch(/[\r\n]/);
          previous = s.end;
        }
      }),
    );
  });
});
