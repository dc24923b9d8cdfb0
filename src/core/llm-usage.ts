/**
 * What the optional LLM stage spent in a run, as the reports show it. Plain data.
 */

/** Token counts, summed over the run's API responses (cached responses count zero). */
export interface TokenUsage {
  /** Input tokens billed at the base rate (not read from or written to the prompt cache). */
  input: number;
  output: number;
  /** Input tokens read from the prompt cache. */
  cacheRead: number;
  /** Input tokens written to the prompt cache. */
  cacheWrite: number;
}

/** The LLM stage's summary for the JSON report (`llm`) and the text summary. */
export interface LlmRunSummary {
  model: string;
  /** `messages` (one request at a time) or `batch` (Message Batches API). */
  mode: 'messages' | 'batch';
  /** API requests sent and answered. */
  requests: number;
  /** Requests answered from the on-disk cache (no API call). */
  cached: number;
  /** Requests that failed (API error, timeout, malformed tool input) or were not sent (a cap). */
  failed: number;
  usage: TokenUsage;
  /** Estimated cost in US dollars, from the price table in `src/llm/cost.ts` (batch at half price). */
  costUsd: number;
  /** Revisions offered, rejected by verification, and sentences left without one. */
  revisions: { accepted: number; rejected: number; unavailable: number };
  /** Findings from `--llm-review`. */
  reviewFindings: number;
}
