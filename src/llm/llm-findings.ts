/**
 * The model's answer (or the failure to get one) turned into ordinary findings with
 * `origin: 'llm'`: one `llm/revision` finding per revised sentence, and `llm/<category>` findings
 * for review issues. Every revision and every review suggestion goes through verification first.
 */
import type { Finding, LlmDetails, RawFinding, Severity } from '../core/finding.js';
import type { CompiledGlossary } from '../core/glossary.js';
import type { SourceText } from '../core/source-text.js';
import { locate } from '../linter.js';
import type { PlannedRequest, SentenceTarget } from './requests.js';
import type { MqmSeverity, ToolIssue, ToolOutput } from './tool-contract.js';
import { verifyRevision } from './verify-revision.js';

/** What came back for one request: the checked tool output, or why there is none. */
export type RequestOutcome = { ok: true; output: ToolOutput } | { ok: false; reason: string };

/** Severity of a review finding by MQM severity. */
export const SEVERITY_OF_MQM: Record<MqmSeverity, Severity> = { critical: 'error', major: 'warning', minor: 'info' };

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

function revisionFinding(source: SourceText, t: SentenceTarget, message: string, suggestions: string[], llm: LlmDetails): Finding {
  const raw: RawFinding = {
    ruleId: 'llm/revision',
    severity: 'info',
    category: 'revision',
    start: t.sentence.start,
    end: t.sentence.end,
    message,
    suggestions,
    fix: null,
    origin: 'llm',
    llm,
  };
  return locate(source, raw);
}

function neighbours(t: SentenceTarget): string[] {
  return [t.before, t.after].filter((s) => s !== '');
}

/** Where the issue's span lies in the sentence (exact first, then ignoring case and spacing). */
function findSpan(sentence: string, span: string): [number, number] | null {
  const exact = sentence.indexOf(span);
  if (span.trim() !== '' && exact >= 0) return [exact, exact + span.length];
  const words = span.trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return null;
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'iu');
  const m = re.exec(sentence);
  return m === null ? null : [m.index, m.index + m[0].length];
}

function issueFinding(source: SourceText, t: SentenceTarget, issue: ToolIssue, glossary: CompiledGlossary, model: string): Finding | null {
  const at = findSpan(t.text, issue.span);
  if (at === null) return null;
  const start = t.sentence.start + at[0];
  const end = t.sentence.start + at[1];
  if (t.findings.some((f) => f.start < end && start < f.end)) return null;
  const span = t.text.slice(at[0], at[1]);
  const suggestion = issue.suggestion.trim();
  const revised = t.text.slice(0, at[0]) + suggestion + t.text.slice(at[1]);
  const pseudo = { start, end, text: span, ruleId: `llm/${issue.category}`, suggestions: [suggestion] } as Finding;
  const verdict = verifyRevision({ original: t.text, sentenceStart: t.sentence.start, revised, changes: [{ from: span, to: suggestion }], findings: [pseudo], neighbours: neighbours(t), glossary });
  const accepted = verdict.ok;
  const reason = verdict.ok ? undefined : verdict.reasons.join('; ');
  const llm: LlmDetails = { kind: 'review', model, status: accepted ? 'accepted' : 'rejected', sentence: t.text, mqmSeverity: issue.severity };
  if (reason !== undefined) llm.reason = reason;
  const raw: RawFinding = {
    ruleId: `llm/${issue.category}`,
    severity: accepted ? SEVERITY_OF_MQM[issue.severity] : 'info',
    category: issue.category,
    start,
    end,
    message: `${oneLine(issue.explanation)} (${issue.severity}${accepted ? '' : `; suggestion rejected by verification: ${reason}`})`,
    suggestions: accepted ? [suggestion] : [],
    fix: null,
    origin: 'llm',
    llm,
  };
  return locate(source, raw);
}

/** The findings for one request's sentences. */
export function findingsForRequest(request: PlannedRequest, outcome: RequestOutcome, source: SourceText, glossary: CompiledGlossary, model: string): Finding[] {
  const out: Finding[] = [];
  for (const t of request.targets) {
    if (!outcome.ok) {
      if (t.revise) out.push(revisionFinding(source, t, `LLM unavailable: ${outcome.reason}`, [], { kind: 'revision', model, status: 'unavailable', reason: outcome.reason, sentence: t.text }));
      continue;
    }
    if (t.revise) {
      const revision = outcome.output.revisions.find((r) => r.id === t.id);
      if (revision === undefined) {
        const reason = 'the model returned no revision for this sentence';
        out.push(revisionFinding(source, t, `LLM unavailable: ${reason}`, [], { kind: 'revision', model, status: 'unavailable', reason, sentence: t.text }));
      } else {
        const revised = revision.revised.trim();
        const verdict = verifyRevision({ original: t.text, sentenceStart: t.sentence.start, revised, changes: revision.changes, findings: t.findings, neighbours: neighbours(t), glossary });
        const details: LlmDetails = { kind: 'revision', model, status: verdict.ok ? 'accepted' : 'rejected', sentence: t.text, revision: revised, changes: revision.changes };
        if (verdict.ok) {
          out.push(revisionFinding(source, t, `Suggested revision: ${oneLine(revised)}`, [revised], details));
        } else {
          details.reason = verdict.reasons.join('; ');
          out.push(revisionFinding(source, t, `LLM revision rejected by verification: ${details.reason}`, [], details));
        }
      }
    }
    for (const issue of outcome.output.issues) {
      if (issue.id !== t.id) continue;
      const f = issueFinding(source, t, issue, glossary, model);
      if (f !== null) out.push(f);
    }
  }
  return out;
}
