/**
 * The numbers a sentence states, by value, so that a revision can be checked for keeping them:
 * `42100` ≡ `42,100`, `1.749 billion` ≡ `1,749 million` ≡ `1,749,000,000`.
 * Only numbers written with digits count; a comma between digit groups of three is a thousands
 * separator, a full stop between digits a decimal point.
 */

/** A number as written and its value as a canonical decimal string ("1749000000", "0.5"). */
export interface StatedNumber {
  written: string;
  value: string;
}

const NUMBER = /(?<![\p{N}])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s+(thousand|million|billion|trillion)\b)?/giu;
const SCALE: Record<string, number> = { thousand: 3, million: 6, billion: 9, trillion: 12 };

/** The canonical decimal string of `integer.fraction × 10^shift`, without needless zeros. */
export function canonicalValue(integer: string, fraction: string, shift: number): string {
  const digits = integer.replace(/,/g, '') + fraction;
  const point = integer.replace(/,/g, '').length + shift;
  const padded = point > digits.length ? digits + '0'.repeat(point - digits.length) : digits;
  const whole = padded.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const frac = padded.slice(point).replace(/0+$/, '');
  return frac === '' ? whole : `${whole}.${frac}`;
}

/** Every number in a text, in order. */
export function statedNumbers(text: string): StatedNumber[] {
  const out: StatedNumber[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const scale = m[3] === undefined ? 0 : (SCALE[m[3].toLowerCase()] ?? 0);
    out.push({ written: m[0], value: canonicalValue(m[1] as string, m[2] ?? '', scale) });
  }
  return out;
}

/** Numbers of `original` that `revision` no longer states (as many times), in order. */
export function missingNumbers(original: string, revision: string): StatedNumber[] {
  const available = new Map<string, number>();
  for (const n of statedNumbers(revision)) available.set(n.value, (available.get(n.value) ?? 0) + 1);
  const missing: StatedNumber[] = [];
  for (const n of statedNumbers(original)) {
    const left = available.get(n.value) ?? 0;
    if (left > 0) available.set(n.value, left - 1);
    else missing.push(n);
  }
  return missing;
}
