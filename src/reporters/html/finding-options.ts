/**
 * The replacements an editor can accept for a finding: its suggestions, best first. The one equal
 * to the finding's safe fix replaces the fix's range (which may be wider: page furniture deletes
 * its whole line); the others replace the finding's own range.
 */
import type { Finding, SuggestionOrigin } from '../../core/finding.js';
import type { ReportOption, Verification } from './report-data.js';

/** Where a finding's suggestions come from when the finding does not say. */
export function findingOrigin(f: Finding): SuggestionOrigin {
  return f.origin ?? (f.ruleId.startsWith('glossary/') ? 'glossary' : 'check');
}

/** The verification an LLM finding's suggestions went through, from the LLM stage's `llm.status`. */
export function findingVerification(f: Finding): Verification | undefined {
  if (f.llm?.status === 'accepted') return 'passed';
  if (f.llm?.status === 'rejected') return 'failed';
  return undefined;
}

export function findingOptions(f: Finding): ReportOption[] {
  const origin = findingOrigin(f);
  const verification = findingVerification(f);
  const texts = f.fix !== null && !f.suggestions.includes(f.fix.text) ? [f.fix.text, ...f.suggestions] : f.suggestions;
  let fixUsed = false;
  const options: ReportOption[] = [];
  for (const text of new Set(texts)) {
    const safe = !fixUsed && f.fix !== null && f.fix.text === text;
    if (safe) fixUsed = true;
    const range = safe && f.fix !== null ? f.fix : f;
    const option: ReportOption = { text, start: range.start, end: range.end, origin, safe };
    if (origin === 'llm' && verification !== undefined) option.verification = verification;
    options.push(option);
  }
  return options;
}
