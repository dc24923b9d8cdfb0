import { describe, expect, it } from 'vitest';
import { expandPattern, PatternError } from '../../src/core/pattern.js';

const keys = (p: string): string[] => expandPattern(p).map((seq) => seq.map((s) => (s.kind === 'word' ? s.key : `{${s.min},${s.max}}`)).join(' '));

describe('expandPattern', () => {
  it('expands optional and required alternatives', () => {
    expect(keys('take off [their|the] (hat|cap)')).toEqual([
      'tak off hat', 'tak off cap', 'tak off their hat', 'tak off their cap', 'tak off th hat', 'tak off th cap',
    ]);
  });
  it('treats hyphens and quotes as word separators', () => {
    expect(keys('public-service "post"')).toEqual(['public servic post']);
  });
  it('keeps exact forms apart from inflection keys', () => {
    expect(keys('=hats')).toEqual(['=hats']);
  });
  it('parses gaps and merges adjacent ones', () => {
    expect(keys('gnaw {2} hard bone')).toEqual(['gnaw {0,2} hard bon']);
    expect(keys('a {1,2} [b] {1} c')).toEqual(['a {1,3} c', 'a {1,2} b {0,1} c']);
  });
  it('allows top-level alternatives', () => {
    expect(keys('poverty hat|hat of poverty')).toEqual(['poverty hat', 'hat of poverty']);
  });
  it.each([
    ['(a|)', 'empty alternative', 3],
    ['take (off', 'never closed', 5],
    ['take off]', 'unmatched', 8],
    ['a {9} b', 'at most 4', 2],
    ['{2} a', 'between two words', 0],
    ['a {x} b', '{N} or {M,N}', 2],
    ['a ---', 'no letters', 2],
    ['[a]', 'no words', 0],
  ])('reports %s with its offset', (pattern, message, offset) => {
    try {
      expandPattern(pattern);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PatternError);
      expect((error as PatternError).message).toContain(message);
      expect((error as PatternError).offset).toBe(offset);
    }
  });
  it('bounds the expansion', () => {
    const p = Array.from({ length: 9 }, () => '[a|b]').join(' ') + ' c';
    expect(() => expandPattern(p)).toThrow(/more than 256/);
  });
});
