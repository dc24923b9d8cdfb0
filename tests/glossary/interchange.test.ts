/**
 * TBX, CSV and Vale import and export: hand-written real-world-shaped TBX files, round trips
 * (import(export(g)) = g) on fixtures and on generated glossaries, and errors with line numbers.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryDataFromEntry, normaliseEntryData, type EntryData } from '../../src/glossary/entry-data.js';
import { exportCsv } from '../../src/glossary/interchange/csv-export.js';
import { importCsv } from '../../src/glossary/interchange/csv-import.js';
import { CATEGORIES } from '../../src/glossary/interchange/imported-entry.js';
import { InterchangeError } from '../../src/glossary/interchange/interchange-error.js';
import { exportTbx } from '../../src/glossary/interchange/tbx-export.js';
import { importTbx } from '../../src/glossary/interchange/tbx-import.js';
import { importVale, patternFromValeRegex } from '../../src/glossary/interchange/vale-import.js';
import { glossaryFileYaml } from '../../src/glossary/format-glossary.js';
import { parseGlossaryFile } from '../../src/glossary/parse-glossary.js';

const fixture = (name: string) => readFileSync(`tests/fixtures/interchange/${name}`, 'utf8');

function entriesOf(path: string): EntryData[] {
  const parsed = parseGlossaryFile(readFileSync(path, 'utf8'), path);
  expect(parsed.problems).toEqual([]);
  return parsed.entries.map(entryDataFromEntry);
}

function failure(run: () => unknown): { line: number; column: number; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof InterchangeError) return { line: error.line, column: error.column, message: error.message };
    throw error;
  }
  throw new Error('expected an InterchangeError');
}

describe('TBX import of a termbase export (TBX v3, TBX-Basic)', () => {
  const result = importTbx(fixture('termbase-v3.tbx'));

  it('maps statuses onto preferred and avoid, notes, zh source; ignores other languages', () => {
    expect(result.entries).toEqual([
      {
        id: 'c1021',
        source: '摘帽',
        category: 'term',
        severity: 'warning',
        preferred: ['removed from the poverty list', 'shed the poverty label'],
        avoid: ['take off the poverty hat', 'remove the hat of poverty'],
        note: 'Literal renderings with "hat" confuse readers; say what happened.',
      },
      {
        id: 'two-sessions',
        source: '两会',
        category: 'term',
        severity: 'warning',
        preferred: ['the two sessions'],
        avoid: ['two meetings npc cppcc'],
        note: 'The annual plenary sessions of the NPC and the CPPCC, held together each March.',
      },
      {
        id: 'c1200',
        source: '小康社会',
        category: 'term',
        severity: 'warning',
        preferred: ['moderately prosperous society'],
        avoid: ['well-off society'],
        note: '小康社会: use “moderately prosperous society”, not “well-off society” (imported without a note).',
      },
    ]);
  });

  it('skips a concept with nothing to flag, saying where it is', () => {
    expect(result.warnings).toEqual([{ line: 84, column: 1, message: 'concept `c1107` has no deprecated or superseded English term to flag; skipped' }]);
  });

  it('yields a valid glossary file', () => {
    const yaml = glossaryFileYaml('termbase', result.entries);
    expect(parseGlossaryFile(yaml, 'termbase.yaml').problems).toEqual([]);
  });
});

describe('TBX import of an older export (TBX v2: martif, termEntry, langSet, tig, ntig)', () => {
  it('reads the same mapping', () => {
    expect(importTbx(fixture('termbase-v2.tbx'), { severity: 'error' })).toEqual({
      entries: [
        {
          id: 'gnaw-hard-bones',
          source: '啃硬骨头',
          category: 'idiom',
          severity: 'error',
          preferred: ['tackle the toughest problems'],
          avoid: ['gnaw hard bones'],
          note: '啃硬骨头 means taking on the hardest tasks.',
        },
      ],
      warnings: [],
    });
  });
});

describe('round trips', () => {
  const files = ['tests/fixtures/glossary-fmt/messy.yaml', 'tests/fixtures/glossary-lint/replacement-flagged.yaml'];
  const glossary = files.flatMap(entriesOf);
  // Fields TBX and CSV must carry: status, owner, fixable, unless (entry and avoid level), examples.
  const rich: EntryData = normaliseEntryData({
    id: 'rich-entry',
    source: '两会 & <会议>',
    category: 'meaning',
    severity: 'info',
    status: 'proposed',
    owner: 'desk "B", Beijing',
    preferred: ['the two sessions', 'NPC, CPPCC sessions'],
    avoid: ['two meetings', { pattern: 'two (conference|conferences)', replacement: 'the two sessions', unless: ['two conferences on'] }],
    unless: ['=Two Meetings Ltd'],
    fixable: false,
    note: 'Line one; "quoted", <angle> & ampersand.\n\nSecond paragraph, with a comma.',
    examples: { flag: ['The two meetings open, today.'], pass: ['Two conferences on trade; "quoted".'] },
  });
  const all = [...glossary, rich];

  it('import(export(g)) = g for TBX', () => {
    expect(importTbx(exportTbx(all)).entries).toEqual(all);
  });

  it('import(export(g)) = g for CSV', () => {
    expect(importCsv(exportCsv(all)).entries).toEqual(all);
  });

  it('holds for generated glossaries', () => {
    const word = fc.stringMatching(/^[a-z]{2,7}$/);
    const phrase = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
    const sentence = fc
      .array(fc.oneof(word, fc.constantFrom('&', '<b>', '"q"', "it's", ',', ';', '摘帽', 'x|y')), { minLength: 1, maxLength: 8 })
      .map((w) => w.join(' '));
    const entry = fc.record(
      {
        id: word,
        source: fc.constantFrom('摘帽', '两会', '啃硬骨头', 'A&B'),
        category: fc.constantFrom(...CATEGORIES),
        severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const),
        status: fc.constantFrom('approved' as const, 'proposed' as const, 'deprecated' as const),
        owner: sentence,
        preferred: fc.array(phrase, { minLength: 1, maxLength: 3 }),
        avoid: fc.array(fc.oneof(phrase, fc.record({ pattern: phrase, replacement: phrase }, { requiredKeys: ['pattern'] })), { minLength: 1, maxLength: 3 }),
        unless: fc.array(phrase, { maxLength: 2 }),
        fixable: fc.boolean(),
        note: fc.array(sentence, { minLength: 1, maxLength: 2 }).map((s) => s.join('\n')),
        examples: fc.record({ flag: fc.array(sentence, { maxLength: 2 }), pass: fc.array(sentence, { maxLength: 2 }) }),
      },
      { requiredKeys: ['id', 'category', 'severity', 'preferred', 'avoid', 'note'] },
    );
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.id, minLength: 1, maxLength: 5 }), (generated) => {
        const g = generated.map((e) => normaliseEntryData(e as EntryData));
        expect(importTbx(exportTbx(g)).entries).toEqual(g);
        expect(importCsv(exportCsv(g)).entries).toEqual(g);
      }),
      { numRuns: 150 },
    );
  });
});

describe('errors with line numbers', () => {
  it('reports invalid XML at its line and column', () => {
    expect(failure(() => importTbx('<?xml version="1.0"?>\n<tbx>\n<text>\n<body></bod>\n</text></tbx>'))).toEqual({ line: 4, column: 12, message: 'invalid XML: unexpected close tag.' });
  });
  it('refuses XML that is not TBX', () => {
    expect(failure(() => importTbx('<html/>')).message).toBe('not a TBX file: the root element is <html>, not <tbx> (TBX v3) or <martif> (TBX v2)');
  });
  it('reports an unclosed CSV quote at its line', () => {
    expect(failure(() => importCsv('id,preferred,avoid\na,"x\ny",b\nc,"unclosed,d\n'))).toEqual({ line: 4, column: 1, message: 'invalid CSV: Quote Not Closed: the parsing is finished with an opening quote' });
  });
  it('reports a row with too many cells, an unknown column and disagreeing rows', () => {
    expect(failure(() => importCsv('id,preferred,avoid\na,x,b,extra\n')).line).toBe(2);
    expect(failure(() => importCsv('id,preferred,avoid,colour\n'))).toMatchObject({ line: 1, column: 4, message: expect.stringMatching(/^unknown column `colour` \(column 4\); the columns are id, source,/) });
    expect(failure(() => importCsv('id,preferred,avoid,note\na,x,b,n1\na,,c,n2\n'))).toEqual({ line: 3, column: 1, message: '`note` differs from line 2 for id `a`; fill it on one row or make the rows agree' });
    expect(failure(() => importCsv('id,preferred,avoid,severity\na,x,b,fatal\n'))).toEqual({ line: 2, column: 1, message: '`severity` must be one of error, warning, info, not `fatal`' });
  });
});

describe('Vale substitution import', () => {
  const rule = `extends: substitution
message: "Use '%s' instead of '%s'."
level: error
ignorecase: true
swap:
  take off (?:the|its) poverty hats?: removed from the poverty list
  poverty hat(?:s)?: removed from the poverty list
  '\\bwell-off society\\b': moderately prosperous society|xiaokang society
  'gnaw.*bones': tackle the toughest problems
`;

  it('turns swaps into entries, grouped by replacement, and leaves out regexes it cannot express', () => {
    expect(importVale(rule, {}, 'Terms')).toEqual({
      entries: [
        {
          id: 'removed-from-the-poverty-list',
          category: 'style',
          severity: 'error',
          preferred: ['removed from the poverty list'],
          avoid: ['take off (the|its) poverty hat', 'poverty hat[s]'],
          note: "Use 'removed from the poverty list' instead of 'take off (the|its) poverty hat'.",
        },
        {
          id: 'moderately-prosperous-society',
          category: 'style',
          severity: 'error',
          preferred: ['moderately prosperous society', 'xiaokang society'],
          avoid: ['well-off society'],
          note: "Use 'moderately prosperous society' instead of 'well-off society'.",
        },
      ],
      warnings: [{ line: 9, column: 3, message: 'swap key `gnaw.*bones` uses regular-expression features mtqa patterns do not have; left out' }],
    });
  });

  it('converts the regex subset it knows', () => {
    expect(patternFromValeRegex('(?:a|b) c')).toBe('(a|b) c');
    expect(patternFromValeRegex('hats?')).toBe('hat');
    expect(patternFromValeRegex('a\\s+b')).toBe('a b');
    expect(patternFromValeRegex('[abc]')).toBeUndefined();
  });

  it('refuses other kinds of Vale rule', () => {
    expect(failure(() => importVale('extends: existence\ntokens: [a]\n')).message).toBe('not a Vale substitution rule: the file needs `extends: substitution`');
  });
});
