/**
 * What every reporter receives. Reporters are pure: `(results, context) => string`.
 */
import type { Finding } from '../core/finding.js';
import type { RuleDescriptor } from '../core/rule.js';
import type { LlmRunSummary } from '../core/llm-usage.js';

/** The findings of one checked file, with the text they point into. */
export interface FileResult {
  /** Path as the user gave it (or relative to the working directory). */
  path: string;
  /** The text that was checked (offsets point into it). */
  text: string;
  findings: Finding[];
  /** The file began with a byte-order mark (removed from `text`); diffs put it back. */
  bom?: boolean;
}

export interface ReportContext {
  /** Colour the output with ANSI escapes. */
  color: boolean;
  /** Glossary version string, for headers. */
  glossaryVersion: string;
  /** The mtqa version. */
  toolVersion: string;
  /**
   * Every rule the run could report (glossary entries, built-in checks), for formats that
   * describe rules (SARIF, Code Quality). Rules found in findings but missing here are described
   * from the findings alone. A function is called only by the formats that need the catalog, so
   * a run with a large glossary does not build it for text or JSON output.
   */
  rules?: readonly RuleDescriptor[] | (() => readonly RuleDescriptor[]);
  /** What the optional LLM stage did and spent; absent when it did not run. */
  llm?: LlmRunSummary;
}

export type Reporter = (results: readonly FileResult[], context: ReportContext) => string;
