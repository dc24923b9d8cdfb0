import { describe, expect, it } from 'vitest';
import { parseGlossaryFile } from '../../src/glossary/parse-glossary.js';

const head = 'glossary: test\nversion: 1\nentries:\n';
const entry = (extra = '', id = 'a') => `  - id: ${id}\n    category: term\n    severity: error\n    preferred: [x]\n    avoid: [take off hat]\n    note: n\n${extra}`;
const problems = (text: string) => parseGlossaryFile(text, 'g.yaml').problems.map((p) => `${p.line}:${p.column} ${p.message}`);

describe('parseGlossaryFile', () => {
  it('accepts a valid file and fills defaults', () => {
    const parsed = parseGlossaryFile(head + entry(), 'g.yaml');
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries[0]).toMatchObject({ id: 'a', fixable: true, status: 'approved', unless: [], examples: { flag: [], pass: [] }, location: { file: 'g.yaml', line: 4, column: 9 } });
  });
  it('reports YAML syntax errors with line and column', () => {
    expect(problems(`${head}  - id: [unclosed\n`)).toEqual([expect.stringMatching(/^\d+:\d+ YAML syntax error: /)]);
    const [p] = parseGlossaryFile('glossary: x\n  bad: indent\n', 'g.yaml').problems;
    expect(p).toMatchObject({ file: 'g.yaml', line: 1, column: 11 });
  });
  it('reports a missing field at the entry', () => {
    expect(problems(head + entry().replace('    note: n\n', ''))).toEqual(['4:5 missing required field `note`: add it']);
  });
  it('reports an unknown key at the key', () => {
    expect(problems(head + entry('    notes: typo\n'))).toEqual(['10:5 unknown key `notes`: remove it or fix its spelling']);
  });
  it('reports a bad severity and a wrong type at the value', () => {
    expect(problems(head + entry().replace('severity: error', 'severity: fatal'))).toEqual(['6:15 `severity` must be one of error, warning, info']);
    expect(problems(head + entry().replace('preferred: [x]', 'preferred: x'))).toEqual(['7:16 `preferred` must be a list']);
  });
  it('reports a duplicate id with where it was first defined', () => {
    expect(problems(head + entry() + entry('', 'a'))).toEqual(['10:9 duplicate id `a`, first defined at 4:9; rename one']);
  });
  it('reports an invalid pattern at the mistake inside the pattern', () => {
    expect(problems(head + entry().replace('avoid: [take off hat]', 'avoid: ["take (off hat"]'))).toEqual([
      '8:19 invalid pattern `take (off hat`: `(` is never closed; add `)`',
    ]);
  });
  it('reports an avoid item that is neither a string nor a mapping', () => {
    expect(problems(head + entry().replace('avoid: [take off hat]', 'avoid: [42]'))).toEqual([
      '8:13 item 1 of `avoid` must be a pattern string or a mapping with `pattern` (and optional `replacement`, `unless`)',
    ]);
  });
});
