import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { codeclimateReporter } from '../../src/reporters/codeclimate.js';
import { escapeData, escapeProperty, githubReporter } from '../../src/reporters/github.js';
import { githubSummaryReporter } from '../../src/reporters/github-summary.js';
import { jsonlReporter } from '../../src/reporters/jsonl.js';
import { escapeXml, junitReporter } from '../../src/reporters/junit.js';
import { contextFor, EDGE_TEXT, resultOf } from './report-fixtures.js';

const context = contextFor();

describe('junit reporter', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name), processEntities: true, htmlEntities: false });

  it('parses back: a suite per file, a failing case per finding, a passing case for a clean file', () => {
    const xml = junitReporter([resultOf('a & <b>.txt', EDGE_TEXT), resultOf('clean.txt', 'Nothing to see.')], context);
    const doc = parser.parse(xml, true);
    const suites = doc.testsuites.testsuite;
    expect(doc.testsuites).toMatchObject({ name: 'mtqa', tests: '5', failures: '4' });
    expect(suites.map((s: { name: string; tests: string; failures: string }) => [s.name, s.tests, s.failures])).toEqual([
      ['a & <b>.txt', '4', '4'],
      ['clean.txt', '1', '0'],
    ]);
    const first = suites[0].testcase[0];
    expect(first).toMatchObject({ classname: 'a & <b>.txt', name: '1:1 number-format: 160000', line: '1' });
    expect(first.failure).toMatchObject({ type: 'warning', message: 'Number `160000` without thousands separators: write `160,000`.' });
    expect(first.failure['#text']).toContain('flagged: 160000');
    expect(suites[1].testcase).toEqual([{ classname: 'clean.txt', name: 'no findings', file: 'clean.txt', time: '0' }]);
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml('a<b>&"c\' \u0001 \ud800x 𝒳')).toBe('a&lt;b&gt;&amp;&quot;c&apos; \ufffd \ufffdx 𝒳');
    const xml = junitReporter([resultOf('x.txt', 'He took off their hats \u0007 <now> & "then".')], context);
    expect(() => new XMLParser().parse(xml, true)).not.toThrow();
  });
});

describe('github reporter', () => {
  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('C:\\dir,x/100%\n')).toBe('C%3A\\dir%2Cx/100%25%0A');
  });

  it('prints one command per finding: error, warning, and notice for info', () => {
    const out = githubReporter([resultOf('news/a:b,c.txt', 'They took off their hats.\n<!-- mtqa-disable-next-line number-format -->\nA weak point.\n')], context);
    expect(out).toMatchInlineSnapshot(`
      "::error file=news/a%3Ab%2Cc.txt,line=1,col=6,endLine=1,endColumn=25,title=mtqa glossary/hats::Literal rendering \`took off their hats\`: use \`removed from the poverty list\` (摘帽).
      ::notice file=news/a%3Ab%2Cc.txt,line=2,col=1,endLine=2,endColumn=46,title=mtqa unused-suppression::Suppression \`mtqa-disable-next-line number-format\` suppressed nothing: remove it.
      ::warning file=news/a%3Ab%2Cc.txt,line=3,col=3,endLine=3,endColumn=13,title=mtqa glossary/weak::Unidiomatic phrasing \`weak point\`: use \`weak links\`.
      "
    `);
  });

  it('writes a Markdown step summary with a table, escaping pipes', () => {
    const md = githubSummaryReporter([resultOf('a|b.txt', 'They took off their hats.')], context);
    expect(md).toContain('| file | line | severity | rule | message |');
    expect(md).toContain('| a\\|b.txt | 1 | error | `glossary/hats` |');
    expect(githubSummaryReporter([resultOf('a.txt', 'Clean.')], context)).toContain('0 findings in 0 files of 1 checked');
  });
});

describe('codeclimate reporter', () => {
  it('writes GitLab Code Quality issues with unique fingerprints and mapped severities', () => {
    const issues = JSON.parse(codeclimateReporter([resultOf('a.txt', 'A weak point. A weak point.\nThey took off their hats.')], context));
    expect(issues.map((i: { check_name: string; severity: string; location: unknown }) => [i.check_name, i.severity, i.location])).toEqual([
      ['glossary/weak', 'minor', { path: 'a.txt', lines: { begin: 1, end: 1 } }],
      ['glossary/weak', 'minor', { path: 'a.txt', lines: { begin: 1, end: 1 } }],
      ['glossary/hats', 'major', { path: 'a.txt', lines: { begin: 2, end: 2 } }],
    ]);
    expect(new Set(issues.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(3);
    expect(issues[0]).toMatchObject({ type: 'issue', description: 'Unidiomatic phrasing `weak point`: use `weak links`.', categories: ['Style'] });
  });
});

describe('jsonl reporter', () => {
  it('prints one finding a line with its path, and a report of many files is the concatenation of each', () => {
    const a = resultOf('a.txt', EDGE_TEXT);
    const b = resultOf('b.txt', 'They took off their hats.');
    const out = jsonlReporter([a, b], context);
    const lines = out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => `${l.path} ${l.ruleId} ${l.text}`)).toEqual([
      'a.txt number-format 160000',
      'a.txt glossary/hats took off their hats',
      'a.txt glossary/hats took off its hat',
      'a.txt glossary/weak weak point',
      'b.txt glossary/hats took off their hats',
    ]);
    expect(out).toBe(jsonlReporter([a], context) + jsonlReporter([b], context));
  });
});
