/**
 * The one finding type every check, the LLM stage and every reporter share.
 * It is plain data: `JSON.stringify(finding)` is the JSON report's contract.
 */

/** How serious a finding is; ordered from most to least severe. */
export type Severity = 'error' | 'warning' | 'info';

/** Severities from most to least severe, for sorting and `--fail-on`. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Numeric rank of a severity: error 3, warning 2, info 1. */
export function severityRank(severity: Severity): number {
  return 3 - SEVERITIES.indexOf(severity);
}

/**
 * What kind of problem a finding is. Glossary entries may use their own category names; these are
 * the ones the built-in checks use.
 */
export type Category = string;

/** A replacement of `[start, end)` by `text`. Offsets are 0-based UTF-16 code units, end exclusive. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Where a suggestion came from. */
export type SuggestionOrigin = 'glossary' | 'check' | 'llm';

export interface Finding {
  /** `glossary/<entry-id>` for glossary entries, the check's id (e.g. `number-format`) otherwise. */
  ruleId: string;
  severity: Severity;
  category: Category;
  /** 0-based UTF-16 offset of the first flagged code unit. */
  start: number;
  /** 0-based UTF-16 offset just past the flagged text (exclusive). */
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** 1-based column of `start`, in UTF-16 code units. */
  column: number;
  /** 1-based line of `end`. */
  endLine: number;
  /** 1-based column of `end` (the position just past the flagged text). */
  endColumn: number;
  /** The flagged text, `text.slice(start, end)`. */
  text: string;
  /** One sentence for the reader: what is wrong and what to write instead. */
  message: string;
  /** Replacement texts for `[start, end)`, best first. */
  suggestions: string[];
  /** The safe automatic fix, or null when a person must decide. */
  fix: Edit | null;
  /** Chinese source term behind the rendering, when the glossary knows it. */
  source?: string;
  /** Editor-facing explanation from the glossary. */
  note?: string;
  /** Where the finding came from: a glossary entry, a built-in check, or the LLM. */
  origin?: SuggestionOrigin;
  /** Present on findings of the optional LLM stage (`origin: 'llm'`): what the model said and what verification made of it. */
  llm?: LlmDetails;
}

/**
 * The LLM stage's part of a finding. A `revision` finding covers one sentence (`ruleId`
 * `llm/revision`); its `suggestions` hold the revised sentence only when verification accepted it.
 * A `review` finding (`llm/<mqm-category>`) covers the words the model flagged.
 */
export interface LlmDetails {
  kind: 'revision' | 'review';
  /** The model that answered (or would have). */
  model: string;
  /**
   * `accepted`: passed verification and offered as a suggestion; `rejected`: failed verification
   * (see `reason`); `unavailable`: the API failed or a cap was reached (see `reason`).
   */
  status: 'accepted' | 'rejected' | 'unavailable';
  /** Why a revision was rejected or unavailable, in one line. */
  reason?: string;
  /** The whole sentence the finding belongs to, as in the article. */
  sentence: string;
  /** The sentence as the model revised it (accepted or rejected). */
  revision?: string;
  /** The changes the model listed: exact original words and their replacement. */
  changes?: { from: string; to: string }[];
  /** MQM severity the model gave a review finding. */
  mqmSeverity?: 'minor' | 'major' | 'critical';
}

/**
 * A finding as a check produces it, before line and column are derived from the text.
 * The linter fills in `line`, `column`, `endLine`, `endColumn` and `text`.
 */
export type RawFinding = Omit<Finding, 'line' | 'column' | 'endLine' | 'endColumn' | 'text'>;

/** Orders findings by start, then end, then rule id, so every output is deterministic. */
export function compareFindings(a: Finding | RawFinding, b: Finding | RawFinding): number {
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
