/**
 * Checks one text with its in-text suppressions applied: {@link lintText}, then the
 * `mtqa-disable…` comments, then an `unused-suppression` finding for each comment that suppressed
 * nothing. Pure, like the linter; the CLI and the worker threads both call it.
 */
import { compareFindings, type Finding } from './core/finding.js';
import type { CompiledGlossary } from './core/glossary.js';
import type { SourceText } from './core/source-text.js';
import { applySuppressions, parseDirectives, type SuppressionOptions } from './core/suppressions.js';
import { lintText, locate, ruleDisabled, severityOverride, type LintOptions } from './linter.js';

export interface FileLintOptions extends LintOptions {
  /** How suppression comments are recognised (HTML comments always; `#`/`//` lines on request). */
  suppressions?: SuppressionOptions;
}

/** Checks one text; findings sorted by position, suppressed ones removed, stale suppressions added. */
export function lintFile(source: SourceText, glossary: CompiledGlossary, options: FileLintOptions = {}): Finding[] {
  const directives = parseDirectives(source.text, options.suppressions);
  if (directives.length === 0) return lintText(source, glossary, options);
  // The comments themselves are not prose: nothing inside them is flagged.
  const excluded = [...(options.excluded ?? []), ...directives.map((d) => ({ start: d.start, end: d.end }))];
  const findings = lintText(source, glossary, { ...options, excluded });
  const { kept, unused } = applySuppressions(source, findings, directives);
  for (const raw of unused) {
    if (ruleDisabled(raw.ruleId, options.disabledRules)) continue;
    const severity = severityOverride(raw.ruleId, options.severityOverrides);
    kept.push(locate(source, severity === undefined ? raw : { ...raw, severity }));
  }
  return kept.sort(compareFindings);
}
