/** Helpers for format tests: lint a file's text in its format, apply its fixes. */
import { applyEdits } from '../../src/core/edits.js';
import type { Finding } from '../../src/core/finding.js';
import type { CompiledGlossary } from '../../src/core/glossary.js';
import { SourceText } from '../../src/core/source-text.js';
import { proseView, type FormatName } from '../../src/formats/index.js';
import { lintDocument } from '../../src/linter.js';

export async function lintAs(format: FormatName, text: string, glossary: CompiledGlossary): Promise<Finding[]> {
  const source = new SourceText(text);
  return lintDocument(source, await proseView(format, source.text), glossary);
}

/** Every finding's text is its slice of the file, and its line/column agree with its offsets. */
export function expectSlices(text: string, findings: readonly Finding[], expect: (v: unknown) => { toBe(x: unknown): void; toEqual(x: unknown): void }): void {
  const source = new SourceText(text);
  for (const f of findings) {
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(source.positionAt(f.start)).toEqual({ line: f.line, column: f.column });
  }
}

export function fixAll(text: string, findings: readonly Finding[]): string {
  return applyEdits(text, findings.flatMap((f) => (f.fix === null ? [] : [f.fix]))).output;
}
