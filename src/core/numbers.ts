/**
 * Numbers as Chinese and English news write them, reduced to values so that a source and its
 * translation can be compared: 4.21万 = 42,100 = "42,100"; 1.749亿 = 174.9 million; 16000 = 1.6万;
 * 百分之四十 = 40% = "40 percent"; 三十四 = 34.
 */

/** A number written in a text. */
export interface WrittenNumber {
  /** The value (a percentage as its number: 40% is 40). */
  value: number;
  /** As written, e.g. `4.21万`. */
  written: string;
  /** 0-based offset of the number in the text. */
  start: number;
  /** Month (the number is followed by 月), so an English month name stands for it. */
  month: boolean;
}

const CHINESE_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CHINESE_SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CHINESE_BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Value of a Chinese numeral (`三十四`, `四万二千一百`, `十`), or null when it is not one. */
export function chineseNumeralValue(numeral: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of numeral) {
    const d = CHINESE_DIGITS[c];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const small = CHINESE_SMALL_UNITS[c];
    if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = null;
      continue;
    }
    const big = CHINESE_BIG_UNITS[c];
    if (big !== undefined) {
      section += digit ?? 0;
      total = (total + section) * big;
      section = 0;
      digit = null;
      continue;
    }
    return null;
  }
  return total + section + (digit ?? 0);
}

const SOURCE_NUMBER = /(百分之)?(\d+(?:[,，]\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+)(万亿|亿|万|千|百)?\s*(%|％)?(月)?/gu;
const CJK_UNIT_MULTIPLIER: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3, 百: 1e2 };

/**
 * The numbers of a Chinese text. Numbers written in Chinese numerals below ten, and lone unit
 * characters, are left out: in set phrases (一人就业, 两不愁三保障, 十分, 百姓) they are not numbers
 * an English rendering must repeat.
 */
export function sourceNumbers(text: string): WrittenNumber[] {
  const out: WrittenNumber[] = [];
  for (const m of text.matchAll(SOURCE_NUMBER)) {
    const [written, percentWord, digits, unit, , month] = m as unknown as [string, string | undefined, string, string | undefined, string | undefined, string | undefined];
    const arabic = /^\d/.test(digits);
    let value = arabic ? Number(digits.replace(/[,，]/g, '')) : chineseNumeralValue(digits + (unit ?? ''));
    if (value === null || !Number.isFinite(value)) continue;
    if (arabic && unit !== undefined) value *= CJK_UNIT_MULTIPLIER[unit] as number;
    // 十分 (very), 千方百计 (by every means), 百姓 (people): a lone unit character is a word, not a number.
    if (!arabic && ([...digits].length < 2 || ![...digits].some((c) => CHINESE_DIGITS[c] !== undefined))) continue;
    if (!arabic && value < 10 && percentWord === undefined && month === undefined) continue;
    out.push({ value, written: written.replace(/月$/, ''), start: m.index, month: month !== undefined });
  }
  return out;
}

const ENGLISH_SCALE: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const ENGLISH_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14,
  fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, dozen: 12, hundred: 100, thousand: 1000,
};
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const TARGET_NUMBER = /(\d+(?:,\d{3})*(?:\.\d+)?)(?:st|nd|rd|th)?(?:\s*(hundred|thousand|million|billion|trillion)\b)?|\b([a-z]+)\b/giu;

/** The values of the numbers of an English text (digits with scale words, number words, months). */
export function targetValues(text: string): { values: number[]; months: Set<number> } {
  const values: number[] = [];
  const months = new Set<number>();
  for (const m of text.matchAll(TARGET_NUMBER)) {
    const [, digits, scale, word] = m as unknown as [string, string | undefined, string | undefined, string | undefined];
    if (digits !== undefined) {
      const base = Number(digits.replace(/,/g, ''));
      values.push(scale === undefined ? base : base * (ENGLISH_SCALE[scale.toLowerCase()] as number));
      continue;
    }
    const lower = (word as string).toLowerCase();
    const value = ENGLISH_WORDS[lower];
    if (value !== undefined) values.push(value);
    const month = MONTHS.indexOf(lower);
    if (month >= 0) months.add(month + 1);
  }
  return { values, months };
}

/** Whether two values are the same number (relative tolerance for decimal arithmetic). */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
