import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BaselineMatcher, baselineProblem, createBaseline } from '../../src/core/baseline.js';
import { parseUnifiedDiff, touchesChangedLines } from '../../src/core/changed-lines.js';
import { contextWords, findingFingerprint } from '../../src/core/fingerprint.js';
import { hashString } from '../../src/core/hash.js';
import { glossaryFromYaml, HATS_AND_WEAK, lint } from '../helpers.js';

const glossary = glossaryFromYaml(HATS_AND_WEAK);

const ARTICLE = 'Poor counties took off their hats in 2019.\nOthers took off their hats too.\nAnd more took off their hats in 2019.\n';

function file(path: string, text: string) {
  return { path, text, findings: lint(text, glossary) };
}

describe('fingerprints', () => {
  it('use the rule, the matched text and up to three words either side on the same line', () => {
    expect(contextWords('One two three four HIT five six seven eight', 19, 22)).toEqual({ before: ['two', 'three', 'four'], after: ['five', 'six', 'seven'] });
    expect(contextWords('above\nHIT below\nnext', 6, 9)).toEqual({ before: [], after: ['below'] });
  });

  it('survive any lines inserted above (property)', () => {
    const [base] = lint(ARTICLE, glossary);
    fc.assert(
      fc.property(fc.array(fc.string().map((s) => s.replace(/[\r\n]/g, ' ')), { maxLength: 5 }), (lines) => {
        const text = lines.map((l) => `${l}\n`).join('') + ARTICLE;
        const [moved] = lint(text, glossary);
        if (base === undefined || moved === undefined || moved.text !== base.text) return true;
        return findingFingerprint(text, moved) === findingFingerprint(ARTICLE, base);
      }),
    );
  });

  it('differ for a different rule or different surrounding words', () => {
    const f = { ruleId: 'glossary/hats', start: 14, end: 33 };
    expect(findingFingerprint(ARTICLE, f)).not.toBe(findingFingerprint(ARTICLE, { ...f, ruleId: 'glossary/other' }));
    expect(findingFingerprint(ARTICLE, f)).not.toBe(findingFingerprint(ARTICLE.replace('Poor', 'Rich'), f));
    expect(hashString('a')).toMatch(/^[0-9a-f]{28}$/);
  });
});

describe('baselines', () => {
  it('round trip: a baselined file reports nothing, even with lines inserted above its findings', () => {
    const baseline = createBaseline([file('a.txt', ARTICLE)]);
    expect(baseline.entries.map((e) => `${e.line} ${e.ruleId}`)).toEqual(['1 glossary/hats', '2 glossary/hats', '3 glossary/hats']);
    const edited = `Headline added.\n\nA new paragraph above.\n${ARTICLE}`;
    const matcher = new BaselineMatcher(baseline);
    expect(matcher.filter(file('a.txt', edited))).toEqual([]);
    expect(matcher.suppressed).toBe(3);
    expect(matcher.unmatchedIn(new Set(['a.txt']))).toBe(0);
  });

  it('reports new findings, counts repeated identical ones, and counts entries that no longer occur', () => {
    const text = 'They took off their hats.\nThey took off their hats.\n';
    const baseline = createBaseline([file('a.txt', text), file('b.txt', text)]);
    const matcher = new BaselineMatcher(baseline);
    const grown = `${text}They took off their hats.\nNew: they took off its hat.\n`;
    expect(matcher.filter(file('a.txt', grown)).map((f) => `${f.line} ${f.text}`)).toEqual(['3 took off their hats', '4 took off its hat']);
    expect(matcher.filter(file('b.txt', 'They removed it.\n'))).toEqual([]);
    expect(matcher.suppressed).toBe(2);
    expect(matcher.unmatchedIn(new Set(['a.txt', 'b.txt']))).toBe(2);
    expect(matcher.unmatchedIn(new Set(['a.txt']))).toBe(0);
  });

  it('rejects what is not a baseline with a sentence', () => {
    expect(baselineProblem([])).toMatch(/not a baseline/);
    expect(baselineProblem({ version: 2, entries: [] })).toMatch(/unsupported baseline version 2/);
    expect(baselineProblem({ version: 1, entries: [{ path: 'a' }] })).toBe('entry 1 needs string `path`, `ruleId` and `fingerprint`');
    expect(baselineProblem({ version: 1, entries: [] })).toBeNull();
  });
});

describe('changed lines', () => {
  it('reads the new-side lines of each hunk from git diff --unified=0', () => {
    const diff = [
      'diff --git a/news/a.txt b/news/a.txt',
      '--- a/news/a.txt',
      '+++ b/news/a.txt',
      '@@ -0,0 +1,2 @@',
      '+new',
      '+new',
      '@@ -10 +12 @@',
      '-old',
      '+changed',
      '@@ -20,3 +21,0 @@',
      'diff --git a/gone.txt b/gone.txt',
      '--- a/gone.txt',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      'diff --git "a/\\344\\270\\255.txt" "b/\\344\\270\\255.txt"',
      '--- "a/\\344\\270\\255.txt"',
      '+++ "b/\\344\\270\\255.txt"',
      '@@ -1 +1 @@',
    ].join('\n');
    expect([...parseUnifiedDiff(diff)]).toEqual([
      ['news/a.txt', [[1, 2], [12, 12]]],
      ['中.txt', [[1, 1]]],
    ]);
  });

  it('keeps a finding when any line it spans changed', () => {
    expect(touchesChangedLines({ line: 3, endLine: 4 }, [[4, 4]])).toBe(true);
    expect(touchesChangedLines({ line: 3, endLine: 3 }, [[1, 2], [4, 9]])).toBe(false);
  });
});
