/**
 * The data a review report embeds for its script (`<script type="application/json">`): the
 * article text and, per finding, the replacements an editor can accept. Shared by the reporter
 * (which writes it) and the report's client script (which reads it). Offsets are 0-based UTF-16
 * code units into `text`, end exclusive.
 */
import type { Severity, SuggestionOrigin } from '../../core/finding.js';

/** Whether an LLM suggestion passed the LLM stage's verification (`llm.status`); absent: not verified. */
export type Verification = 'passed' | 'failed';

/** One replacement an editor can accept for a finding. */
export interface ReportOption {
  /** Replacement text; empty for a deletion. */
  text: string;
  /** Range it replaces: the finding's range, or the wider range of the finding's fix. */
  start: number;
  end: number;
  origin: SuggestionOrigin;
  /** The finding's safe automatic fix (what `mtqa check --fix` applies). */
  safe: boolean;
  /** For LLM suggestions: the verification result, when there was one. */
  verification?: Verification;
}

export interface ReportFinding {
  ruleId: string;
  severity: Severity;
  category: string;
  start: number;
  end: number;
  options: ReportOption[];
}

export interface ReportData {
  format: 'mtqa-report';
  version: 1;
  /** The article's path as checked. */
  article: string;
  /** Content hash of `text` (see `core/content-hash.ts`); decisions carry it. */
  articleHash: string;
  /** Content hash of the report's inputs; the localStorage key of the decisions. */
  report: string;
  /** File name offered when decisions are exported. */
  download: string;
  /** The article text without its byte-order mark. */
  text: string;
  findings: ReportFinding[];
}
