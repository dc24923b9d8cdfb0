/**
 * `lintGlossary`: every rule over every parsed glossary file. Pure: the caller reads the files.
 *
 * Each layer is one command-line argument (a file, or every file of a directory), combined as
 * `mtqa check --glossary` combines them: a later layer's entry replaces an earlier one with the same
 * id; deprecated entries never apply. Rules about behaviour (overlaps, fix loops, examples) look
 * at the entries that apply, proposed ones included; the structural rules look at every entry.
 */
import { compileGlossary } from '../../core/glossary.js';
import { expandPattern } from '../../core/pattern.js';
import type { ParsedGlossaryFile } from '../parse-glossary.js';
import type { FileProblem } from '../schema-errors.js';
import { avoidMatchesPreferred } from './avoid-matches-preferred.js';
import { duplicateId } from './duplicate-id.js';
import { flagExamples } from './flag-examples.js';
import type { GlossaryLintContext, GlossaryLintRule, LintSubject } from './lint-rule.js';
import { missingExamples } from './missing-examples.js';
import { missingSource } from './missing-source.js';
import { overlappingPatterns } from './overlapping-patterns.js';
import { passExamples } from './pass-examples.js';
import { replacementFlagged } from './replacement-flagged.js';
import { thinNote } from './thin-note.js';
import { unmatchablePattern } from './unmatchable-pattern.js';

/** Every glossary lint rule, in the order their messages are gathered. */
export const GLOSSARY_LINT_RULES: readonly GlossaryLintRule[] = [
  duplicateId,
  unmatchablePattern,
  overlappingPatterns,
  avoidMatchesPreferred,
  replacementFlagged,
  flagExamples,
  passExamples,
  missingExamples,
  missingSource,
  thinNote,
];

/** Orders problems by file, line and column (stable for equal positions). */
export function compareProblems(a: FileProblem, b: FileProblem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}

/** Builds the lint context from valid parsed files. */
export function lintContext(layers: readonly (readonly ParsedGlossaryFile[])[]): GlossaryLintContext {
  const subjects: LintSubject[] = [];
  layers.forEach((files, layer) => {
    for (const parsed of files) {
      parsed.entries.forEach((entry, index) => {
        subjects.push({ entry, parsed, index, layer, avoidSteps: entry.avoid.map((a) => expandPattern(a.pattern)) });
      });
    }
  });
  const byId = new Map<string, LintSubject>();
  for (const s of subjects) {
    const earlier = byId.get(s.entry.id);
    // Within a layer the first definition stands (the duplicate is an error); across layers the later wins.
    if (earlier !== undefined && earlier.layer === s.layer) continue;
    byId.delete(s.entry.id);
    byId.set(s.entry.id, s);
  }
  const applicable = [...byId.values()].filter((s) => s.entry.status !== 'deprecated');
  const compiled = compileGlossary({ entries: applicable.map((s) => s.entry), version: 'lint' });
  return { subjects, applicable, compiled };
}

/** Lints parsed glossary files: the loader's problems, then every rule's, sorted by position. */
export function lintGlossary(layers: readonly (readonly ParsedGlossaryFile[])[], rules: readonly GlossaryLintRule[] = GLOSSARY_LINT_RULES): FileProblem[] {
  const problems: FileProblem[] = layers.flatMap((files) => files.flatMap((f) => f.problems));
  const ctx = lintContext(layers);
  for (const rule of rules) {
    for (const r of rule.check(ctx)) problems.push({ ...r.at, severity: r.severity ?? rule.severity, message: r.message });
  }
  return problems.sort(compareProblems);
}
