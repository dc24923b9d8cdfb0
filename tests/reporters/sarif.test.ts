import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv-draft-04';
import { sarifReporter, SARIF_FINGERPRINT_KEY } from '../../src/reporters/sarif.js';
import { applyEdits } from '../../src/core/edits.js';
import { shippedGlossary } from '../helpers.js';
import { contextFor, EDGE_TEXT, resultOf } from './report-fixtures.js';

const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
// The formats the SARIF schema uses, checked as strictly as a consumer would.
ajv.addFormat('uri', (s: string) => URL.canParse(s));
ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///repo/') && !/[\s\\]/.test(s));
ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d\d-\d\dT/.test(s));
const validate = ajv.compile(schema);

function valid(log: unknown): void {
  const ok = validate(log);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number; charOffset: number; charLength: number } } }[];
  partialFingerprints: Record<string, string>;
  fixes?: { artifactChanges: { replacements: { deletedRegion: { charOffset: number; charLength: number }; insertedContent: { text: string } }[] }[] }[];
}

describe('sarif reporter', () => {
  it('is valid SARIF 2.1.0 for the sample with the shipped glossary, one rule per entry and check', () => {
    const compiled = shippedGlossary();
    const sample = readFileSync(new URL('../../samples/000_3d0ec830b14a6b06.txt', import.meta.url), 'utf8');
    const result = resultOf('samples/000_3d0ec830b14a6b06.txt', sample, compiled);
    const log = JSON.parse(sarifReporter([result], contextFor(compiled)));
    valid(log);
    const run = log.runs[0];
    const ruleIds: string[] = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ruleIds).toEqual(expect.arrayContaining(compiled.glossary.entries.map((e) => `glossary/${e.id}`)));
    expect(ruleIds).toEqual(expect.arrayContaining(['number-format', 'chinese-unit', 'repeated-word', 'page-furniture', 'untranslated-cjk', 'unused-suppression']));
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    expect(run.results.length).toBe(result.findings.length);
    expect(run.results.length).toBeGreaterThan(40);
    for (const r of run.results as SarifResult[]) expect(ruleIds[r.ruleIndex]).toBe(r.ruleId);
  });

  it('describes a glossary rule from its note, with the preferred rendering as help', () => {
    const log = JSON.parse(sarifReporter([resultOf('a.txt', 'x')], contextFor()));
    expect(log.runs[0].tool.driver.rules[0]).toEqual({
      id: 'glossary/hats',
      name: 'hats',
      shortDescription: { text: 'A county officially leaves the national poverty list.' },
      fullDescription: { text: 'A county officially leaves the national poverty list. Not about headwear.' },
      help: { text: 'Use removed from the poverty list (摘帽); avoid take off [their|its] hat.', markdown: 'Use `removed from the poverty list` (摘帽); avoid `take off [their|its] hat`.' },
      defaultConfiguration: { level: 'error', enabled: true },
      properties: { category: 'term', tags: ['term'], fixable: true },
    });
  });

  it('is valid for CRLF, non-BMP characters and findings at offset 0 and at the end of the file; regions are UTF-16', () => {
    const file = resultOf('dir with space/edge #1.txt', EDGE_TEXT);
    const log = JSON.parse(sarifReporter([file], contextFor()));
    valid(log);
    const results = log.runs[0].results as SarifResult[];
    expect(log.runs[0].columnKind).toBe('utf16CodeUnits');
    expect(results.map((r) => r.ruleId)).toEqual(['number-format', 'glossary/hats', 'glossary/hats', 'glossary/weak']);
    const regions = results.map((r) => r.locations[0]?.physicalLocation.region);
    // offset 0
    expect(regions[0]).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 7, charOffset: 0, charLength: 6 });
    // after two astral characters (four UTF-16 code units) on a line that follows a CRLF
    const second = EDGE_TEXT.indexOf('took off its hat');
    expect(regions[2]).toEqual({ startLine: 2, startColumn: 11, endLine: 2, endColumn: 27, charOffset: second, charLength: 16 });
    // ending exactly at the end of the text
    expect(regions[3]).toEqual({ startLine: 3, startColumn: 3, endLine: 3, endColumn: 13, charOffset: EDGE_TEXT.length - 10, charLength: 10 });
    for (const region of regions) expect(EDGE_TEXT.slice(region?.charOffset, (region?.charOffset ?? 0) + (region?.charLength ?? 0))).not.toBe('');
    expect(results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('dir%20with%20space/edge%20%231.txt');
  });

  it('carries the safe fixes as replacements that rebuild the fixed text, and none for unfixable entries', () => {
    const file = resultOf('a.txt', EDGE_TEXT);
    const results = JSON.parse(sarifReporter([file], contextFor())).runs[0].results as SarifResult[];
    const edits = results.flatMap((r) => (r.fixes ?? []).flatMap((fx) => fx.artifactChanges.flatMap((c) => c.replacements.map((rep) => ({ start: rep.deletedRegion.charOffset, end: rep.deletedRegion.charOffset + rep.deletedRegion.charLength, text: rep.insertedContent.text })))));
    expect(applyEdits(EDGE_TEXT, edits).output).toBe('160,000 people removed from the poverty list 😀.\r\n𝒳𝒴 They removed from the poverty list, 𝒵.\r\nA weak point');
    expect(results[3]?.fixes).toBeUndefined();
  });

  it('gives fingerprints that ignore line numbers but not the words around the finding', () => {
    const fp = (text: string): string[] => (JSON.parse(sarifReporter([resultOf('a.txt', text)], contextFor())).runs[0].results as SarifResult[]).map((r) => r.partialFingerprints[SARIF_FINGERPRINT_KEY] as string);
    const base = fp('They took off their hats today.\n');
    expect(fp('New first line.\n\nThey took off their hats today.\n')).toEqual(base);
    expect(fp('Then they took off their hats today.\n')).not.toEqual(base);
  });
});
