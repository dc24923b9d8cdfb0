/**
 * Every number of the source must appear in the target, with Chinese units understood
 * (4.21万 = 42,100; 1.749亿 = 174.9 million; 16000 = 1.6万; 百分之四十 = 40%).
 */
import type { RawFinding } from '../core/finding.js';
import { sameValue, sourceNumbers, targetValues } from '../core/numbers.js';
import type { Check, CheckContext } from './check.js';
import { targetRange, unitFinding } from './segment-range.js';

/** A value for a message: `42,100`, `174,900,000 (174.9 million)`. */
export function showValue(value: number): string {
  const plain = value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  for (const [scale, word] of [[1e9, 'billion'], [1e6, 'million']] as const) {
    if (Math.abs(value) >= scale) return `${plain} (${(value / scale).toLocaleString('en-US', { maximumFractionDigits: 6 })} ${word})`;
  }
  return plain;
}

export const sourceNumbersCheck: Check = {
  id: 'source-number',
  description: 'A number of the Chinese source that the target does not give (Chinese units such as 万 and 亿 understood).',
  category: 'number',
  defaultSeverity: 'error',
  fixable: false,
  check(ctx: CheckContext): RawFinding[] {
    const text = ctx.source.text;
    const findings: RawFinding[] = [];
    for (const segment of ctx.segments ?? []) {
      const range = targetRange(text, segment);
      if (range.end === range.start) continue;
      const { values, months } = targetValues(text.slice(range.start, range.end));
      for (const n of sourceNumbers(segment.source)) {
        if (values.some((v) => sameValue(v, n.value)) || (n.month && months.has(n.value))) continue;
        const message = `Number \`${n.written}\` of the source (${showValue(n.value)}) is missing from the target of unit ${segment.id}: check the figure.`;
        findings.push(unitFinding('source-number', 'number', range, message, n.written));
      }
    }
    return findings;
  },
};
