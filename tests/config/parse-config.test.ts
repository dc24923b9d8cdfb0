import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConfigFile, ruleSettings } from '../../src/config/parse-config.js';
import { REPORTERS } from '../../src/reporters/index.js';

describe('.mtqa.yaml', () => {
  it('accepts every documented setting', () => {
    const text = `glossaries: [glossary, desk/glossary]
includeProposed: true
include: ["articles/**/*.txt"]
exclude: ["articles/archive/**"]
rules:
  glossary/*: warning
  number-format: off
failOn: warning
format: github
outputs:
  - {format: sarif, file: mtqa.sarif}
baseline: .mtqa-baseline.json
suppressions: {plainTextComments: true}
jobs: 4
`;
    const { settings, problems } = parseConfigFile(text, '.mtqa.yaml');
    expect(problems).toEqual([]);
    expect(settings.outputs).toEqual([{ format: 'sarif', file: 'mtqa.sarif' }]);
    const { disabledRules, severityOverrides } = ruleSettings(settings.rules);
    expect([...disabledRules]).toEqual(['number-format']);
    expect([...severityOverrides]).toEqual([['glossary/*', 'warning']]);
  });

  it('treats an empty file as no settings', () => {
    expect(parseConfigFile('# nothing yet\n', 'c.yaml')).toEqual({ settings: {}, problems: [] });
  });

  it('reports every problem with its line and column', () => {
    const { problems } = parseConfigFile('jobs: 0\nfailOn: sometimes\nglossaries: glossary\n', 'c.yaml');
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '1:7 `jobs` must be at least 1',
      '2:9 `failOn` must be one of error, warning, info, never',
      '3:13 `glossaries` must be a list',
    ]);
  });

  it('lists exactly the formats the reporters offer', () => {
    const schema = JSON.parse(readFileSync(new URL('../../src/config/schema.json', import.meta.url), 'utf8'));
    expect(schema.properties.format.enum).toEqual(Object.keys(REPORTERS));
    expect(schema.properties.outputs.items.properties.format.enum).toEqual(Object.keys(REPORTERS));
  });
});
