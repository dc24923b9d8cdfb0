import { describe, expect, it } from 'vitest';
import { brief, glossaryFromYaml, lint } from '../helpers.js';

const g = glossaryFromYaml(`
  - id: hats
    category: term
    severity: error
    preferred: [removed from the poverty list]
    avoid:
      - take off [their|its|the] hat
      - pattern: poverty hat
        unless: [poverty hat factory]
    note: n
  - id: bone
    category: idiom
    severity: error
    preferred: [tackle the toughest problems]
    avoid: ["gnaw {2} hard bone"]
    fixable: false
    note: n
  - id: industrial
    category: meaning
    severity: error
    preferred: [poverty alleviation through industrial development]
    avoid: [industrial poverty]
    unless: [industrial poverty (alleviation|reduction)]
    note: n
  - id: short
    category: term
    severity: warning
    preferred: [weak links]
    avoid: [weak point]
    note: n
  - id: long
    category: term
    severity: warning
    preferred: [shored up its weak links]
    avoid: [strengthen its weak point]
    note: n
  - id: exact
    category: term
    severity: info
    preferred: [caps]
    avoid: [=hats]
    note: n
`);
const only = (text: string): string[] => brief(lint(text, g)).filter((b) => !b.startsWith('number') && !b.startsWith('repeated'));

describe('matcher', () => {
  it('matches inflected forms of every word', () => {
    expect(only('The counties took off their hats.')).toEqual(['glossary/hats: took off their hats']);
  });
  it('matches across line breaks, extra spaces and curly quotes', () => {
    expect(only('they will take\n  off  “the” hat soon')).toEqual(['glossary/hats: take\n  off  “the” hat']);
  });
  it('never matches across a sentence boundary or blank line', () => {
    expect(only('They take off. The hat stays.')).toEqual([]);
    expect(only('take off\n\nthe hat')).toEqual([]);
  });
  it('bridges a bounded gap of words', () => {
    expect(only('to gnaw the last hard bone')).toEqual(['glossary/bone: gnaw the last hard bone']);
    expect(only('to gnaw on the very last hard bone')).toEqual([]);
  });
  it('honours negative contexts, entry-level and pattern-level', () => {
    expect(only('benefits of industrial poverty into play')).toEqual(['glossary/industrial: industrial poverty']);
    expect(only('industrial poverty alleviation difficulties')).toEqual([]);
    expect(only('the poverty hat was removed')).toEqual(['glossary/hats: poverty hat']);
    expect(only('a poverty hat factory')).toEqual([]);
  });
  it('lets an approved rendering shield the avoided words inside it', () => {
    const shielded = glossaryFromYaml(`
  - id: a
    category: term
    severity: error
    preferred: [relocation for poverty alleviation]
    avoid: [poverty alleviation relocation]
    note: n
  - id: b
    category: term
    severity: error
    preferred: [x]
    avoid: [for poverty]
    note: n
`);
    expect(brief(lint('relocation for poverty alleviation works', shielded))).toEqual([]);
    expect(brief(lint('money for poverty', shielded))).toEqual(['glossary/b: for poverty']);
  });
  it('lets the longest match win where matches overlap', () => {
    expect(only('it strengthened its weak points')).toEqual(['glossary/long: strengthened its weak points']);
  });
  it('matches exact forms only', () => {
    expect(only('straw hats')).toEqual(['glossary/exact: hats']);
    expect(only('a straw hat')).toEqual([]);
  });
  it('is case-insensitive and keeps the first letter case in fixes', () => {
    const [f] = lint('Taking off hats is hard.', g);
    expect(f?.text).toBe('Taking off hats');
    expect(f?.fix?.text).toBe('Removed from the poverty list');
  });
  it('does not slow down per entry: a 2,000-entry glossary finds the same matches', () => {
    const entries = Array.from({ length: 2000 }, (_, i) => `  - {id: e${i}, category: term, severity: info, preferred: [p${i}], avoid: ["w${i} x${i}"], note: n}`).join('\n');
    const big = glossaryFromYaml(`${entries}\n  - {id: target, category: term, severity: error, preferred: [ok], avoid: [take off hat], note: n}`);
    expect(brief(lint('w7 x7 and w1999 x1999; take off hats', big))).toEqual(['glossary/e7: w7 x7', 'glossary/e1999: w1999 x1999', 'glossary/target: take off hats']);
  });

  it('flags only the part outside the context `< >`, and longer flagged parts win', () => {
    const ctx = glossaryFromYaml(`
  - id: hats
    category: term
    severity: error
    preferred: [removed from the poverty list]
    avoid:
      - "<(county|village) {3}> take off (their|the) hat"
      - pattern: "not yet take off (their|the) hat"
        replacement: not yet been removed from the poverty list
    fixable: true
    note: n
`);
    expect(brief(lint('The county took off the hat.', ctx))).toEqual(['glossary/hats: took off the hat']);
    expect(brief(lint('He took off the hat.', ctx))).toEqual([]);
    const [f] = lint('Counties that have not yet taken off their hats get help.', ctx);
    expect(f?.text).toBe('not yet taken off their hats');
    expect(f?.fix?.text).toBe('not yet been removed from the poverty list');
  });
  it('puts the words a gap took into the replacement as $1', () => {
    const cap = glossaryFromYaml(`
  - id: each
    category: meaning
    severity: error
    preferred: [at least one member of each household]
    avoid:
      - pattern: "at least one person per {1,3} =households"
        replacement: at least one member of each of the $1 households
    note: n
`);
    const [f] = lint('so that at least one person per 42100 poor households can work', cap);
    expect(f?.fix?.text).toBe('at least one member of each of the 42100 poor households');
  });
  it('rejects misplaced or nested context', () => {
    expect(() => glossaryFromYaml(`
  - {id: x, category: term, severity: error, preferred: [y], avoid: ["a <b> c"], note: n}`)).toThrow(/only at the start or the end/);
    expect(() => glossaryFromYaml(`
  - {id: x, category: term, severity: error, preferred: [y], avoid: ["<a <b>> c"], note: n}`)).toThrow(/cannot be nested/);
    expect(() => glossaryFromYaml(`
  - {id: x, category: term, severity: error, preferred: [y], avoid: ["<a b>"], note: n}`)).toThrow(/no words outside its context/);
  });
});
