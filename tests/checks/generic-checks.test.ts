import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { brief, glossaryFromYaml, lint } from '../helpers.js';

interface Fixture {
  name: string;
  text: string;
  expect: string[];
}

const fixtures = parse(readFileSync(new URL('../fixtures/generic-checks.yaml', import.meta.url), 'utf8')) as Fixture[];
const empty = glossaryFromYaml('  []');

describe('built-in checks (fixtures)', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    expect(brief(lint(fixture.text, empty))).toEqual(fixture.expect);
  });

  it('fixes numbers and units without overlapping each other', () => {
    const findings = lint('400000 mu', empty);
    expect(findings.map((f) => f.fix?.text)).toEqual(['400,000', 'mu (about 26,700 hectares)']);
  });

  it('deletes a furniture line with the blank lines after it', () => {
    const text = 'Story.\n\nFriendly Links\n\nAll rights reserved\n';
    const fixes = lint(text, empty).map((f) => f.fix);
    expect(fixes).toEqual([
      { start: 8, end: 24, text: '' },
      { start: 24, end: 44, text: '' },
    ]);
  });
});

describe('overlap between checks and the glossary', () => {
  it('drops a generic finding inside a glossary finding of the same category', () => {
    const g = glossaryFromYaml(`
  - id: wage
    category: fluency
    severity: warning
    preferred: [wage the fight]
    avoid: [fight the fight]
    note: n
`);
    expect(brief(lint('They fight the fight against poverty with 16000 people.', g))).toEqual(['glossary/wage: fight the fight', 'number-format: 16000']);
  });
});
