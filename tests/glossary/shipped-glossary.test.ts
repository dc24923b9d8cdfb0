/**
 * Every entry of the shipped glossary keeps its promises: each `flag` example is flagged by that
 * entry, each `pass` example by no entry; fixing a flag example leaves nothing of that entry behind.
 */
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/edits.js';
import { lint, shippedGlossary } from '../helpers.js';

const compiled = shippedGlossary();
const entries = compiled.glossary.entries;

describe('shipped glossary', () => {
  it('has at least 80 entries, each with a note and examples of both kinds', () => {
    expect(entries.length).toBeGreaterThanOrEqual(80);
    for (const e of entries) {
      expect(e.note.length, e.id).toBeGreaterThan(10);
      expect(e.examples.flag.length, `${e.id} flag examples`).toBeGreaterThan(0);
      expect(e.examples.pass.length, `${e.id} pass examples`).toBeGreaterThan(0);
    }
  });

  describe.each(entries.map((e) => [e.id, e] as const))('%s', (id, entry) => {
    const rule = `glossary/${id}`;
    it.each(entry.examples.flag)('flags: %s', (sentence) => {
      const findings = lint(sentence, compiled).filter((f) => f.ruleId.startsWith('glossary/'));
      expect(findings.map((f) => f.ruleId)).toContain(rule);
      // The fix must not leave this entry's finding behind (no fix loops).
      const fixed = applyEdits(sentence, findings.flatMap((f) => (f.fix ? [f.fix] : []))).output;
      if (findings.some((f) => f.ruleId === rule && f.fix !== null)) {
        expect(lint(fixed, compiled).filter((f) => f.ruleId === rule).map((f) => f.text), fixed).toEqual([]);
      }
    });
    it.each(entry.examples.pass)('passes: %s', (sentence) => {
      expect(lint(sentence, compiled).filter((f) => f.ruleId.startsWith('glossary/')).map((f) => `${f.ruleId}: ${f.text}`)).toEqual([]);
    });
  });
});
