/**
 * The shipped glossary and checks measured on the annotated sample article: the targets of the
 * `mtqa check` issue (recall >= 0.90, major recall >= 0.95, precision >= 0.90).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { locateSpans, score, type GoldSpanYaml } from '../src/eval/gold.js';
import { lint, shippedGlossary } from './helpers.js';

const article = readFileSync(new URL('../samples/000_3d0ec830b14a6b06.txt', import.meta.url), 'utf8');
const gold = parse(readFileSync(new URL('./fixtures/seed-article.gold.yaml', import.meta.url), 'utf8')) as { spans: GoldSpanYaml[]; neutral: GoldSpanYaml[] };

describe('eval on the sample article', () => {
  const result = score({ spans: locateSpans(article, gold.spans), neutral: locateSpans(article, gold.neutral) }, lint(article, shippedGlossary()));
  it('meets the recall targets', () => {
    expect(result.recall, JSON.stringify(result.missed.map((m) => m.text))).toBeGreaterThanOrEqual(0.9);
    expect(result.majorRecall, JSON.stringify(result.missed.filter((m) => m.severity === 'major').map((m) => m.text))).toBeGreaterThanOrEqual(0.95);
  });
  it('meets the precision target', () => {
    expect(result.precision, JSON.stringify(result.falseAlarms.map((f) => `${f.ruleId}: ${f.text}`))).toBeGreaterThanOrEqual(0.9);
  });
});

describe('score', () => {
  const text = 'aaa bbb ccc ddd';
  const spans = locateSpans(text, [{ text: 'bbb', category: 'term', severity: 'major' }, { text: 'ddd', category: 'idiom', severity: 'minor' }]);
  const neutral = locateSpans(text, [{ text: 'aaa' }]);
  const finding = (start: number, end: number) => ({ ruleId: 'r', severity: 'error' as const, category: 'term', start, end, line: 1, column: start + 1, endLine: 1, endColumn: end + 1, text: text.slice(start, end), message: '', suggestions: [], fix: null });
  it('counts overlaps as detections, neutral findings neither way', () => {
    const s = score({ spans, neutral }, [finding(5, 9), finding(0, 2), finding(9, 11)]);
    expect(s).toMatchObject({ detected: 1, recall: 0.5, majorRecall: 1, truePositives: 1, neutralFindings: 1, falsePositives: 1, precision: 0.5 });
    expect(s.missed.map((m) => m.text)).toEqual(['ddd']);
  });
  it('finds the n-th occurrence and rejects spans that do not occur', () => {
    expect(locateSpans('x y x', [{ text: 'x', occurrence: 2 }])[0]).toMatchObject({ start: 4, end: 5 });
    expect(() => locateSpans('x', [{ text: 'x', occurrence: 2 }])).toThrow(/does not occur/);
  });
});
