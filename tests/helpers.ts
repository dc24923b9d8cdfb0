/** Test helpers: glossaries from inline YAML, linting a string. */
import { compileGlossary, type CompiledGlossary } from '../src/core/glossary.js';
import type { Finding } from '../src/core/finding.js';
import { SourceText } from '../src/core/source-text.js';
import { parseGlossaryFile } from '../src/glossary/parse-glossary.js';
import { loadGlossary } from '../src/glossary/load-glossary.js';
import { lintText } from '../src/linter.js';

/** Compiles a glossary written inline as the YAML `entries:` list (indented by two spaces). */
export function glossaryFromYaml(entriesYaml: string): CompiledGlossary {
  const parsed = parseGlossaryFile(`glossary: test\nversion: 1\nentries:\n${entriesYaml}`, 'test.yaml');
  if (parsed.problems.length > 0) throw new Error(parsed.problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n'));
  return compileGlossary({ entries: parsed.entries, version: 'test' });
}

let shipped: CompiledGlossary | undefined;
/** The glossary shipped in glossary/, compiled once per test file. */
export function shippedGlossary(): CompiledGlossary {
  shipped ??= compileGlossary(loadGlossary(['glossary']));
  return shipped;
}

export function lint(text: string, glossary: CompiledGlossary): Finding[] {
  return lintText(new SourceText(text), glossary);
}

/** `ruleId: text` of each finding, for compact expectations. */
export function brief(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.ruleId}: ${f.text}`);
}

/** Entries YAML of a small test glossary: `hats` (error, fixable) and `weak` (warning). */
export const HATS_AND_WEAK = `  - id: hats
    source: 摘帽
    category: term
    severity: error
    preferred: [removed from the poverty list]
    avoid: ["take off [their|its] hat"]
    note: A county leaves the poverty list.
  - id: weak
    category: fluency
    severity: warning
    preferred: [weak links]
    avoid: [weak point]
    note: n
`;

/** {@link HATS_AND_WEAK} as a whole glossary file. */
export const HATS_AND_WEAK_FILE = `glossary: t\nversion: 1\nentries:\n${HATS_AND_WEAK}`;
