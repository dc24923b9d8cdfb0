/**
 * Chinese characters left untranslated in the English text.
 */
import type { RawFinding } from '../core/finding.js';
import type { Check, CheckContext } from './check.js';

const CJK_RUN = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]*\p{Script=Han}[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]*/gu;

export const untranslatedCjk: Check = {
  id: 'untranslated-cjk',
  description: 'Chinese characters left untranslated in the English text.',
  category: 'untranslated',
  defaultSeverity: 'warning',
  fixable: false,
  check(ctx: CheckContext): RawFinding[] {
    const text = ctx.source.text;
    return Array.from(text.matchAll(CJK_RUN), (m) => ({
      ruleId: 'untranslated-cjk',
      severity: 'warning' as const,
      category: 'untranslated',
      start: m.index,
      end: m.index + m[0].length,
      message: `Untranslated Chinese text \`${m[0]}\`: translate it or remove it.`,
      suggestions: [],
      fix: null,
      origin: 'check' as const,
    }));
  },
};
