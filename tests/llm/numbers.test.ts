import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupThousands } from '../../src/checks/number-format.js';
import { missingNumbers, statedNumbers } from '../../src/llm/numbers.js';

describe('numbers a sentence states', () => {
  it('reads values: thousands separators, decimals and scale words', () => {
    expect(statedNumbers('42100 and 42,100; 1.749 billion yuan, 1,749 million, 0.50 and 2020.').map((n) => n.value)).toEqual(['42100', '42100', '1749000000', '1749000000', '0.5', '2020']);
  });
  it('counts a number as kept when its value is there in any format', () => {
    expect(missingNumbers('one person per 42100 households', 'one person from each of 42,100 households')).toEqual([]);
    expect(missingNumbers('1.749 billion yuan', '1,749,000,000 yuan')).toEqual([]);
    expect(missingNumbers('34 schools and 34 clinics', '34 schools and clinics').map((n) => n.written)).toEqual(['34']);
    expect(missingNumbers('1.749 billion yuan', '1.749 million yuan').map((n) => n.written)).toEqual(['1.749 billion']);
  });
  it('treats a number and its grouped form as the same value, for any number', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (n) => {
      expect(missingNumbers(`${n} people`, `${groupThousands(n.toString())} people`)).toEqual([]);
    }));
  });
});
