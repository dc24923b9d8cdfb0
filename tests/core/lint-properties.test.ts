/**
 * Invariants of linting and fixing that hold for every input (fast-check).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyEdits } from '../../src/core/edits.js';
import { fixInPasses } from '../../src/core/fix-passes.js';
import { SourceText } from '../../src/core/source-text.js';
import { lintText } from '../../src/linter.js';
import { glossaryFromYaml } from '../helpers.js';

const glossary = glossaryFromYaml(`
  - id: hats
    category: term
    severity: error
    preferred: [removed from the poverty list]
    avoid: ["take off [their|its|the] hat", "without hat"]
    note: n
  - id: bone
    category: idiom
    severity: error
    preferred: [tackle the toughest problems]
    avoid: ["gnaw {2} hard bone"]
    note: n
  - id: worries
    category: term
    severity: error
    preferred: [two assurances and three guarantees]
    avoid: [two worry and three guarantee]
    note: n
`);

/** Text assembled from glossary phrases, noise words, numbers, punctuation and line breaks. */
const pieces = fc.constantFrom(
  'take off their hats', 'Taking off the hat', 'without hats', 'gnaw the last hard bone', 'two worries and three guarantees',
  'the', 'the the', 'missing or missing', 'county', 'mu', 'mu mu', 'at least one person per 42100 poor households', '16000', '400000 mu', '1.749', '𠀀', '摘帽', ' ', '  ', '\n', '\r\n', '\n\n',
  '.', ',', '“', '”', "'", '-', 'Friendly Links\n', 'All rights reserved\n', 'poverty',
);
const article = fc.array(pieces, { maxLength: 30 }).map((p) => p.join(' '));
const withBom = fc.tuple(fc.boolean(), article).map(([bom, t]) => (bom ? `\ufeff${t}` : t));

async function fixAll(text: string): Promise<string> {
  return (await fixInPasses(text, (t) => lintText(new SourceText(t), glossary))).output;
}

describe('lint properties', () => {
  it('every finding has offsets in range, its text, and matching line/column', () => {
    fc.assert(
      fc.property(withBom, (raw) => {
        const source = new SourceText(raw);
        for (const f of lintText(source, glossary)) {
          expect(0 <= f.start && f.start <= f.end && f.end <= source.text.length).toBe(true);
          expect(source.text.slice(f.start, f.end)).toBe(f.text);
          expect(source.positionAt(f.start)).toEqual({ line: f.line, column: f.column });
          expect(source.positionAt(f.end)).toEqual({ line: f.endLine, column: f.endColumn });
          if (f.fix !== null) expect(0 <= f.fix.start && f.fix.end <= source.text.length).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('fixes change only their own ranges', () => {
    fc.assert(
      fc.property(article, (text) => {
        const findings = lintText(new SourceText(text), glossary);
        const { output, applied } = applyEdits(text, findings.flatMap((f) => (f.fix === null ? [] : [f.fix])));
        let cursor = 0;
        let rebuilt = '';
        for (const e of applied) {
          rebuilt += text.slice(cursor, e.start) + e.text;
          cursor = e.end;
        }
        expect(output).toBe(rebuilt + text.slice(cursor));
      }),
      { numRuns: 300 },
    );
  });

  it('re-checking fixed text finds nothing that was fixed, and fixing the fixed text changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(article, async (text) => {
        const once = await fixAll(text);
        const fixedRules = new Set(lintText(new SourceText(text), glossary).filter((f) => f.fix !== null).map((f) => f.ruleId));
        const left = lintText(new SourceText(once), glossary).filter((f) => f.fix !== null && fixedRules.has(f.ruleId) && f.ruleId.startsWith('glossary/'));
        expect(left.map((f) => f.text)).toEqual([]);
        expect(await fixAll(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});

describe('fix passes', () => {
  it('applies in a later pass a fix skipped for overlapping (400000 mu mu mu)', async () => {
    const r = await fixInPasses('400000 mu mu mu', (t) => lintText(new SourceText(t), glossary));
    // Pass 1: separators and the unit (the doubled-word fix overlaps the unit fix and waits); pass 2: the doubled word.
    expect(r.output).toBe('400,000 mu (about 26,700 hectares) mu');
    expect(r.passes).toBe(2);
  });
});
