/**
 * One broken glossary per lint rule (tests/fixtures/glossary-lint/), each with the exact messages
 * and positions `mtqa glossary lint` must print.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, glossaryFiles } from '../../src/glossary/load-glossary.js';
import { lintGlossary } from '../../src/glossary/lint/index.js';
import { parseGlossaryFile } from '../../src/glossary/parse-glossary.js';

const DIR = 'tests/fixtures/glossary-lint';

/** Lints paths (relative to the repository root) as `mtqa glossary lint` would. */
function lintPaths(...paths: string[]): string[] {
  const layers = paths.map((p) => glossaryFiles(p).map((f) => parseGlossaryFile(readFileSync(f, 'utf8'), f)));
  return lintGlossary(layers).map(formatProblem);
}

const EXPECTED: Record<string, string[]> = {
  'avoid-matches-other-preferred.yaml': [
    "tests/fixtures/glossary-lint/avoid-matches-other-preferred.yaml:25:9 error avoid pattern `(removed|removing) from the poverty list` matches `removed from the poverty list`, a preferred rendering of entry `zhaimao` (tests/fixtures/glossary-lint/avoid-matches-other-preferred.yaml:9:9): that entry's fix would be flagged by this one; narrow the pattern or add an `unless`",
    "tests/fixtures/glossary-lint/avoid-matches-other-preferred.yaml:29:11 error this flag example is not flagged by entry `delisting`; widen a pattern or fix the example",
  ],
  'avoid-matches-own-preferred.yaml': [
    "tests/fixtures/glossary-lint/avoid-matches-own-preferred.yaml:11:9 error avoid pattern `poverty (relief|alleviation)` matches this entry's own preferred rendering `poverty alleviation`: the approved wording would be flagged and the fix would loop; narrow the pattern (an exact form `=word`, more words) or remove it",
  ],
  'duplicate-id-across-files': [
    "tests/fixtures/glossary-lint/duplicate-id-across-files/b.yaml:4:9 error duplicate id `zhaimao`, first defined at tests/fixtures/glossary-lint/duplicate-id-across-files/a.yaml:4:9; rename one",
  ],
  'duplicate-id-in-file.yaml': [
    "tests/fixtures/glossary-lint/duplicate-id-in-file.yaml:18:9 error duplicate id `zhaimao`, first defined at 4:9; rename one",
  ],
  'empty-alternative.yaml': [
    "tests/fixtures/glossary-lint/empty-alternative.yaml:11:19 error invalid pattern `take (off|) poverty hat`: empty alternative in `(…)`; use [ ] for optional words",
  ],
  'flag-example-not-flagged.yaml': [
    "tests/fixtures/glossary-lint/flag-example-not-flagged.yaml:15:11 error this flag example is not flagged by entry `zhaimao`; widen a pattern or fix the example",
  ],
  'gap-too-large.yaml': [
    "tests/fixtures/glossary-lint/gap-too-large.yaml:11:14 error invalid pattern `gnaw {6} bone`: a gap may span at most 4 words, not 6",
  ],
  'no-letters.yaml': [
    "tests/fixtures/glossary-lint/no-letters.yaml:11:18 error invalid pattern `take off -- hat`: `--` has no letters or digits, so it can never match a word",
  ],
  'pass-example-flagged.yaml': [
    "tests/fixtures/glossary-lint/pass-example-flagged.yaml:17:11 error this pass example is flagged by entry `zhaimao` (`took off its red hat`); narrow that pattern, add an `unless` context, or change the example",
  ],
  'replacement-flagged.yaml': [
    "tests/fixtures/glossary-lint/replacement-flagged.yaml:12:22 error the replacement `shed its poverty hat` is itself flagged by entry `poverty-hat` (`poverty hat`): the fix would loop; change the replacement or narrow that entry's pattern",
    "tests/fixtures/glossary-lint/replacement-flagged.yaml:16:11 error fixing this flag example gives \"The county shed its poverty hat.\", which creates a finding of entry `poverty-hat` (`poverty hat`): a fix loop; change the replacement or the patterns",
  ],
  'same-rendering.yaml': [
    "tests/fixtures/glossary-lint/same-rendering.yaml:25:9 error `take off [its] poverty hat` matches the same phrases as `take off [its] poverty hat` of entry `zhaimao` (tests/fixtures/glossary-lint/same-rendering.yaml:11:9): two entries claim the same rendering; keep it in one entry",
    "tests/fixtures/glossary-lint/same-rendering.yaml:29:11 error this flag example is not flagged by entry `poverty-hat`; entry `zhaimao` (`took off its poverty hat`) matched instead (the longest match wins); widen a pattern or fix the example",
  ],
  'schema-bad-severity-missing-note.yaml': [
    "tests/fixtures/glossary-lint/schema-bad-severity-missing-note.yaml:4:5 error missing required field `note`: add it",
    "tests/fixtures/glossary-lint/schema-bad-severity-missing-note.yaml:7:15 error `severity` must be one of error, warning, info",
  ],
  'schema-unknown-key.yaml': [
    "tests/fixtures/glossary-lint/schema-unknown-key.yaml:18:5 error missing required field `note`: add it",
    "tests/fixtures/glossary-lint/schema-unknown-key.yaml:25:5 error unknown key `notes`: remove it or fix its spelling",
  ],
  'shadowed-pattern.yaml': [
    "tests/fixtures/glossary-lint/shadowed-pattern.yaml:25:9 error `took off the poverty hat` is shadowed: every phrase it matches is also matched by `take off {2} poverty hat` of entry `zhaimao` (tests/fixtures/glossary-lint/shadowed-pattern.yaml:11:9), so the two entries compete for the same text; remove it or narrow the other pattern",
    "tests/fixtures/glossary-lint/shadowed-pattern.yaml:29:11 error this flag example is not flagged by entry `poverty-hat`; entry `zhaimao` (`took off the poverty hat`) matched instead (the longest match wins); widen a pattern or fix the example",
  ],
  'shared-phrase.yaml': [
    "tests/fixtures/glossary-lint/shared-phrase.yaml:25:9 error `(drop|lose) poverty hat` and `(shed|drop) poverty hat` of entry `zhaimao` (tests/fixtures/glossary-lint/shared-phrase.yaml:11:9) both match some of the same phrases: two entries claim one rendering; split the alternatives so each phrase belongs to one entry",
  ],
  'unmatchable-pattern.yaml': [
    "tests/fixtures/glossary-lint/unmatchable-pattern.yaml:11:10 error avoid pattern `U.S. greenback` can never match: `.` in `U.S.` is a sentence or clause break in the text, and matches never cross one; remove the punctuation or split the pattern",
    "tests/fixtures/glossary-lint/unmatchable-pattern.yaml:15:11 error this flag example is not flagged by entry `us-dollar`; widen a pattern or fix the example",
  ],
  'warnings.yaml': [
    "tests/fixtures/glossary-lint/warnings.yaml:4:9 warning no examples: add `examples.flag` (sentences this entry must flag) and `examples.pass` (near misses no entry may flag)",
    "tests/fixtures/glossary-lint/warnings.yaml:4:9 warning no `source`: add the Chinese term (e.g. `source: 摘帽`) so editors and TBX exports know what is rendered",
    "tests/fixtures/glossary-lint/warnings.yaml:11:11 warning the note is too short to help editors (under 4 words): say what the source means and why the avoided renderings mislead",
  ],
};

describe('glossary lint rules', () => {
  it.each(Object.keys(EXPECTED))('%s', (fixture) => {
    expect(lintPaths(`${DIR}/${fixture}`)).toEqual(EXPECTED[fixture]);
  });

  it('has a fixture for every rule that reports errors or warnings', async () => {
    const { GLOSSARY_LINT_RULES } = await import('../../src/glossary/lint/index.js');
    expect(GLOSSARY_LINT_RULES.map((r) => r.id).sort()).toEqual([
      'avoid-matches-preferred',
      'duplicate-id',
      'flag-examples',
      'missing-examples',
      'missing-source',
      'overlapping-patterns',
      'pass-examples',
      'replacement-flagged',
      'thin-note',
      'unmatchable-pattern',
    ]);
  });

  it('treats a later layer reusing an id as an override, not a duplicate', () => {
    const [a, b] = ['a', 'b'].map((n) => `${DIR}/duplicate-id-across-files/${n}.yaml`) as [string, string];
    expect(lintPaths(a, b)).toEqual([]);
  });

  it('warns about a pattern repeated within one entry', () => {
    const text = readFileSync(`${DIR}/flag-example-not-flagged.yaml`, 'utf8').replace('      - take off [its] poverty hat\n', '      - take off [its] poverty hat\n      - take off poverty hat\n');
    const problems = lintGlossary([[parseGlossaryFile(text, 'g.yaml')]]).map(formatProblem);
    expect(problems).toContain(
      'g.yaml:12:9 warning `take off poverty hat` is shadowed: every phrase it matches is also matched by `take off [its] poverty hat` of this entry; remove it',
    );
  });

  it('ignores deprecated entries in the behavioural rules', () => {
    const text = readFileSync(`${DIR}/same-rendering.yaml`, 'utf8').replace('  - id: poverty-hat\n', '  - id: poverty-hat\n    status: deprecated\n');
    expect(lintGlossary([[parseGlossaryFile(text, 'g.yaml')]])).toEqual([]);
  });
});
