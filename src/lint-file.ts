/**
 * Checks one file through its prose view with its in-text suppressions applied:
 * {@link lintDocument}, then the `mtqa-disable…` comments of the file as written, then an
 * `unused-suppression` finding for each comment that suppressed nothing. Pure, like the linter;
 * the CLI and the worker threads both call it.
 */
import { compareFindings, type Finding } from './core/finding.js';
import type { CompiledGlossary } from './core/glossary.js';
import type { SourceText } from './core/source-text.js';
import { applySuppressions, parseDirectives, type SuppressionOptions } from './core/suppressions.js';
import type { ProseView } from './formats/prose-view.js';
import { lintDocument, locate, ruleDisabled, severityOverride, type LintOptions } from './linter.js';

export interface FileLintOptions extends LintOptions {
  /** How suppression comments are recognised (HTML comments always; `#`/`//` lines on request). */
  suppressions?: SuppressionOptions;
}

/** Checks one file; findings in the file's offsets, sorted, suppressed ones removed, stale suppressions added. */
export function lintFile(file: SourceText, view: ProseView, glossary: CompiledGlossary, options: FileLintOptions = {}): Finding[] {
  const directives = parseDirectives(file.text, options.suppressions);
  if (directives.length === 0) return lintDocument(file, view, glossary, options);
  // The comments themselves are not prose: nothing inside them is flagged. Where the prose is the
  // file itself (plain text) they must be masked here; markup formats never show comments as prose.
  const masked = view.prose === file.text ? directives.map((d) => ({ start: d.start, end: d.end })) : [];
  const findings = lintDocument(file, view, glossary, { ...options, excluded: [...(options.excluded ?? []), ...masked] });
  const { kept, unused } = applySuppressions(file, findings, directives);
  for (const raw of unused) {
    if (ruleDisabled(raw.ruleId, options.disabledRules)) continue;
    const severity = severityOverride(raw.ruleId, options.severityOverrides);
    kept.push(locate(file, severity === undefined ? raw : { ...raw, severity }));
  }
  return kept.sort(compareFindings);
}
