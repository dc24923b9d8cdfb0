/** Shared inputs for the reporter tests: a small glossary and results built by the real linter. */
import { SourceText } from '../../src/core/source-text.js';
import type { CompiledGlossary } from '../../src/core/glossary.js';
import { plainTextProse } from '../../src/formats/plain-text.js';
import { lintFile } from '../../src/lint-file.js';
import type { FileResult, ReportContext } from '../../src/reporters/index.js';
import { ruleCatalog } from '../../src/rule-catalog.js';
import { glossaryFromYaml } from '../helpers.js';

export const glossary = glossaryFromYaml(`
  - id: hats
    source: 摘帽
    category: term
    severity: error
    preferred: [removed from the poverty list]
    avoid: ["take off [their|its] hat"]
    note: A county officially leaves the national poverty list. Not about headwear.
  - id: weak
    category: fluency
    severity: warning
    preferred: [weak links]
    avoid: [weak point]
    fixable: false
    note: Weak links in a chain of work.
`);

/** Lints a text under a path, as the CLI would. */
export function resultOf(path: string, text: string, compiled: CompiledGlossary = glossary): FileResult {
  const source = new SourceText(text);
  return { path, text: source.text, findings: lintFile(source, plainTextProse(source.text), compiled) };
}

/** The context the CLI builds: the rule catalog of the glossary and checks. */
export function contextFor(compiled: CompiledGlossary = glossary): ReportContext {
  return { color: false, glossaryVersion: compiled.glossary.version, toolVersion: '0.1.0', rules: ruleCatalog(compiled.glossary) };
}

/**
 * Edge cases in one file: CRLF line ends, characters outside the BMP (two UTF-16 code units each)
 * before findings, a finding at offset 0 and one that ends at the very end of the text.
 */
export const EDGE_TEXT = '160000 people took off their hats 😀.\r\n𝒳𝒴 They took off its hat, 𝒵.\r\nA weak point';
