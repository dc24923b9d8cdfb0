/**
 * Numbers of five or more digits written without thousands separators ("16000" → "16,000"),
 * as English news style requires. Codes are left alone: digits joined to letters, hyphens or
 * slashes, numbers with a leading zero, and numbers right after "No." or "#".
 */
import type { RawFinding } from '../core/finding.js';
import type { Check, CheckContext } from './check.js';

const LONG_NUMBER = /(?<![\p{L}\p{N}.,\-/#_])[1-9]\d{4,}(?![\p{L}\p{N}_\-/]|[.,]\d)/gu;
const CODE_BEFORE = /(?:\bno\.?|\bnumber|\bcode|\bid|\bcase|\bzip|\bpostcode)\s*[:：]?\s*$/i;

/** Writes a digit string with comma thousands separators: "4210000" → "4,210,000". */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export const numberFormat: Check = {
  id: 'number-format',
  description: 'Numbers of five or more digits need thousands separators (16,000 not 16000).',
  category: 'number',
  defaultSeverity: 'warning',
  fixable: true,
  check(ctx: CheckContext): RawFinding[] {
    const text = ctx.source.text;
    const findings: RawFinding[] = [];
    for (const m of text.matchAll(LONG_NUMBER)) {
      const start = m.index;
      const before = text.slice(Math.max(0, start - 16), start);
      if (CODE_BEFORE.test(before)) continue;
      const grouped = groupThousands(m[0]);
      findings.push({
        ruleId: 'number-format',
        severity: 'warning',
        category: 'number',
        start,
        end: start + m[0].length,
        message: `Number \`${m[0]}\` without thousands separators: write \`${grouped}\`.`,
        suggestions: [grouped],
        fix: { start, end: start + m[0].length, text: grouped },
        origin: 'check',
      });
    }
    return findings;
  },
};
