/**
 * Counts of findings by severity, category and rule, shared by the reporters.
 */
import type { Severity } from '../core/finding.js';
import type { LlmRunSummary } from '../core/llm-usage.js';
import type { FileResult } from './types.js';

export interface Summary {
  files: number;
  filesWithFindings: number;
  findings: number;
  /** Count per severity; every severity present, zero when none. */
  bySeverity: Record<Severity, number>;
  /** Count per category, keys sorted. */
  byCategory: Record<string, number>;
  /** Count per rule id, keys sorted. */
  byRule: Record<string, number>;
  /** Findings that carry an automatic fix. */
  fixable: number;
}

function sortedRecord(counts: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function summarize(results: readonly FileResult[]): Summary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byCategory = new Map<string, number>();
  const byRule = new Map<string, number>();
  let findings = 0;
  let fixable = 0;
  let filesWithFindings = 0;
  for (const r of results) {
    if (r.findings.length > 0) filesWithFindings++;
    for (const f of r.findings) {
      findings++;
      bySeverity[f.severity]++;
      byCategory.set(f.category, (byCategory.get(f.category) ?? 0) + 1);
      byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
      if (f.fix !== null) fixable++;
    }
  }
  return { files: results.length, filesWithFindings, findings, bySeverity, byCategory: sortedRecord(byCategory), byRule: sortedRecord(byRule), fixable };
}

/** "3 errors, 1 warning" style phrase. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The LLM stage in one line: requests, revisions, tokens and estimated cost. */
export function llmSummaryLine(llm: LlmRunSummary): string {
  const n = (x: number): string => x.toLocaleString('en-US');
  const r = llm.revisions;
  return (
    `LLM ${llm.model}${llm.mode === 'batch' ? ' (batch)' : ''}: ${plural(llm.requests, 'request')} sent, ${llm.cached} from the cache, ${llm.failed} failed; ` +
    `revisions ${r.accepted} accepted, ${r.rejected} rejected by verification, ${r.unavailable} unavailable` +
    `${llm.reviewFindings > 0 ? `; ${plural(llm.reviewFindings, 'review finding')}` : ''}\n` +
    `tokens: ${n(llm.usage.input)} input, ${n(llm.usage.output)} output, ${n(llm.usage.cacheRead)} cache read, ${n(llm.usage.cacheWrite)} cache write; estimated cost $${llm.costUsd.toFixed(4)}`
  );
}
