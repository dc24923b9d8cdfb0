/**
 * Chinese units of measure (mu, jin, li, liang, dan) given with no metric equivalent.
 * English readers do not know them: add the metric figure in brackets.
 */
import type { RawFinding } from '../core/finding.js';
import type { Check, CheckContext } from './check.js';
import { groupThousands } from './number-format.js';

interface Unit {
  /** Metric factor per unit. */
  factor: number;
  metric: string;
  /** Plain name for the message. */
  gloss: string;
}

const UNITS: Record<string, Unit> = {
  mu: { factor: 1 / 15, metric: 'hectares', gloss: '1 mu is 1/15 hectare' },
  jin: { factor: 0.5, metric: 'kilograms', gloss: '1 jin is 0.5 kg' },
  li: { factor: 0.5, metric: 'kilometres', gloss: '1 li is 0.5 km' },
  liang: { factor: 50, metric: 'grams', gloss: '1 liang is 50 g' },
  dan: { factor: 50, metric: 'kilograms', gloss: '1 dan is 50 kg' },
};

/** A number followed by a Chinese unit; the unit must be a whole word. */
const QUANTITY = /(?<![\p{L}\p{N}])(\d[\d,]*(?:\.\d+)?)(\s*(?:million|thousand|billion|hundred)?\s*)(mu|jin|li|liang|dan)(?![\p{L}\p{N}])/giu;
/** A metric equivalent written right after the quantity, e.g. " (about 26,700 hectares)". */
const METRIC_AFTER = /^\s*[(（,，\-–—]?\s*(?:about|around|roughly|some|or|approximately|nearly)?\s*[\d,.]+\s*(?:million\s+|thousand\s+)?(?:hectares?|ha\b|km|kilomet|kilogram|kg|grams?\b|g\b|tonnes?|tons?|acres?|square)/i;
const MULTIPLIER: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, hundred: 1e2 };

/** "about 26,700 hectares" for 400000 mu: three significant figures, grouped. */
export function metricEquivalent(amount: number, unit: Unit): string {
  const value = amount * unit.factor;
  const rounded = Number(value.toPrecision(3));
  // Formatted by hand: Intl's first use costs tens of milliseconds of start-up.
  const [whole, fraction] = String(rounded).split('.') as [string, string | undefined];
  return `about ${groupThousands(whole)}${fraction === undefined ? '' : `.${fraction.slice(0, 2)}`} ${unit.metric}`;
}

export const chineseUnits: Check = {
  id: 'chinese-unit',
  description: 'Chinese units (mu, jin, li, liang, dan) need a metric equivalent.',
  category: 'number',
  defaultSeverity: 'warning',
  fixable: true,
  check(ctx: CheckContext): RawFinding[] {
    const text = ctx.source.text;
    const findings: RawFinding[] = [];
    for (const m of text.matchAll(QUANTITY)) {
      const [whole, digits, middle, unitWord] = m as unknown as [string, string, string, string];
      const unit = UNITS[unitWord.toLowerCase()];
      if (unit === undefined) continue;
      const end = m.index + whole.length;
      if (METRIC_AFTER.test(text.slice(end, end + 60))) continue;
      const scale = MULTIPLIER[middle.trim().toLowerCase()] ?? 1;
      const amount = Number(digits.replace(/,/g, '')) * scale;
      const unitStart = end - unitWord.length;
      const replacement = `${unitWord} (${metricEquivalent(amount, unit)})`;
      findings.push({
        ruleId: 'chinese-unit',
        severity: 'warning',
        category: 'number',
        start: unitStart,
        end,
        message: `Chinese unit \`${unitWord}\` without a metric equivalent: add it, e.g. \`${replacement}\` (${unit.gloss}).`,
        suggestions: [replacement],
        fix: { start: unitStart, end, text: replacement },
        origin: 'check',
      });
    }
    return findings;
  },
};
