import { describe, expect, it } from 'vitest';
import { chineseNumeralValue, sameValue, sourceNumbers, targetValues } from '../../src/core/numbers.js';
import { alignedTextProse } from '../../src/formats/aligned-text.js';
import { SourceText } from '../../src/core/source-text.js';
import { lintDocument } from '../../src/linter.js';
import { brief, glossaryFromYaml, lint } from '../helpers.js';

const glossary = glossaryFromYaml(`
  - id: hats
    source: 摘帽
    category: term
    severity: error
    preferred: [removed from the poverty list]
    avoid: ["take off [their|its] hat", "pattern: without hats"]
    note: n
  - id: weak
    source: 补短板
    category: term
    severity: warning
    preferred: [shore up weak links]
    avoid: [strengthen weak point, improvement of weaknesses]
    note: n
`);

function pair(en: string, zh: string): string[] {
  return brief(lintDocument(new SourceText(en), alignedTextProse(en, zh, 'en', 'zh'), glossary));
}

describe('numbers', () => {
  it('reads Chinese units and numerals', () => {
    expect(sourceNumbers('4.21万人，1.749亿元，1.6万户，16000户，百分之四十，82%，三十四所，十分重要，千方百计，两不愁').map((n) => n.value)).toEqual([42100, 174900000, 16000, 16000, 40, 82, 34]);
    expect(chineseNumeralValue('四万二千一百')).toBe(42100);
    expect(chineseNumeralValue('十七')).toBe(17);
    expect(sourceNumbers('10月17日').map((n) => [n.value, n.month])).toEqual([[10, true], [17, false]]);
  });
  it('reads English figures, scale words and number words', () => {
    expect(targetValues('42,100 people, 174.9 million yuan, 1.6 million, 40 percent, forty, the 17th').values).toEqual([42100, 174900000, 1600000, 40, 40, 17]);
    expect([...targetValues('on October 17').months]).toEqual([10]);
    expect(sameValue(1.749 * 1e8, 174.9e6)).toBe(true);
  });
  it('flags a number of the source missing from the target', () => {
    expect(pair('Investment was 1.749 billion yuan.\n\nSome 42,100 people and 16,000 homes.\n\nOn October 17, 40% of them.', '投资1.749亿元。\n\n4.21万人，1.6万户。\n\n10月17日，百分之四十。')).toEqual([
      'source-number: Investment was 1.749 billion yuan.',
    ]);
  });
});

describe('key term', () => {
  it('flags a source term whose approved rendering is missing, in any inflection', () => {
    expect(pair('The county shed its label.\n\nThe counties were removing from the poverty lists.', '该县摘帽。\n\n各县摘帽。')).toEqual(['key-term: The county shed its label.']);
  });
  it('leaves avoided renderings the glossary check reports to it', () => {
    expect(pair('The county took off its hat.', '该县摘帽。')).toEqual(['glossary/hats: took off its hat']);
  });
  it('does nothing without a source', () => {
    expect(brief(lint('The county shed its label.', glossary))).toEqual([]);
  });
});

describe('untranslated and missing targets', () => {
  it('flags a target identical to its source', () => {
    expect(pair('该县摘帽。\n\n2020', '该县摘帽。\n\n2020')).toEqual(['untranslated-cjk: 该县摘帽。', 'untranslated-segment: 该县摘帽。']);
  });
});

describe('consistency', () => {
  it('reports an entry rendered in two avoided ways once, listing the variants and places', () => {
    const findings = lint('Weak: improvement of weaknesses.\nThey strengthened weak points.\nWe strengthen weak points.', glossary).filter((f) => f.ruleId === 'consistency');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toBe(
      'Inconsistent rendering: 补短板 is rendered 2 ways in this article: `improvement of weaknesses` (1:7), `strengthened weak points` (2:6, 3:4); use `shore up weak links` throughout.',
    );
  });
  it('in a bilingual file, counts approved renderings of the term too', () => {
    expect(pair('They shore up weak links.\n\nThey strengthened weak points.', '补短板。\n\n补短板。')).toEqual([
      'consistency: strengthened weak points',
      'glossary/weak: strengthened weak points',
    ]);
  });
});
