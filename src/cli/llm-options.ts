/**
 * The `--llm*` options of `mtqa check`: their parseArgs definitions, help text and validation.
 */
import { UsageError } from './errors.js';

/** The default model: a current Claude model from the SDK's model list. */
export const DEFAULT_MODEL = 'claude-sonnet-5-5';

/** parseArgs definitions, spread into the check command's options. */
export const LLM_OPTIONS = {
  llm: { type: 'boolean' },
  'llm-review': { type: 'boolean' },
  'llm-required': { type: 'boolean' },
  'llm-dry-run': { type: 'boolean' },
  'llm-batch': { type: 'boolean' },
  model: { type: 'string' },
  'llm-concurrency': { type: 'string' },
  'llm-max-requests': { type: 'string' },
  'llm-max-cost': { type: 'string' },
  'llm-timeout': { type: 'string' },
  'llm-retries': { type: 'string' },
  'llm-sentences': { type: 'string' },
  'llm-cache': { type: 'string' },
  'llm-poll-interval': { type: 'string' },
} as const;

export const LLM_HELP = `
LLM stage (off by default; needs ANTHROPIC_API_KEY; ANTHROPIC_BASE_URL picks another endpoint):
  --llm                  ask Claude for verified revisions of sentences with findings
  --llm-review           also ask for MQM findings beyond the glossary (llm/<category>); implies --llm
  --llm-batch            send everything as one Message Batch (half price; resumes if interrupted)
  --llm-dry-run          print the requests with token estimates; send nothing
  --llm-required         exit 2 when any sentence is left "LLM unavailable" (or no API key)
  --model <name>         model (default ${DEFAULT_MODEL})
  --llm-concurrency <n>  requests in flight at once (default 4)
  --llm-max-requests <n> send at most n API requests (cache hits are free)
  --llm-max-cost <usd>   stop sending before the estimated cost passes this many US dollars
  --llm-timeout <s>      per-attempt timeout in seconds (default 120)
  --llm-retries <n>      retries on 429, 5xx and timeouts, honouring retry-after (default 3)
  --llm-sentences <n>    sentences per request (default 6)
  --llm-cache <dir>      answer cache (default .mtqa-cache)
  --llm-poll-interval <s> seconds between batch status checks (default 30)
`;

/** The LLM stage's settings, validated. */
export interface LlmOptions {
  review: boolean;
  required: boolean;
  dryRun: boolean;
  batch: boolean;
  model: string;
  concurrency: number;
  maxRequests: number;
  /** US dollars; Infinity when not capped. */
  maxCost: number;
  timeoutMs: number;
  retries: number;
  sentencesPerRequest: number;
  cacheDir: string;
  pollIntervalMs: number;
}

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

function number(values: Values, flag: string, fallback: number, check: (n: number) => boolean, what: string): number {
  const raw = values[flag];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (typeof raw !== 'string' || raw.trim() === '' || !Number.isFinite(n) || !check(n)) throw new UsageError(`--${flag} must be ${what}, not \`${String(raw)}\``);
  return n;
}

/** The LLM options, or null when the stage is off. @throws UsageError for a bad value or a tuning flag without --llm */
export function readLlmOptions(values: Values): LlmOptions | null {
  const on = values.llm === true || values['llm-review'] === true || values['llm-batch'] === true || values['llm-dry-run'] === true;
  if (!on) {
    const stray = Object.keys(LLM_OPTIONS).find((k) => values[k] !== undefined);
    if (stray !== undefined) throw new UsageError(`--${stray} only applies with --llm`);
    return null;
  }
  const integer = (n: number): boolean => Number.isInteger(n) && n >= 1;
  const model = values.model;
  if (model !== undefined && (typeof model !== 'string' || !/^[\w.:@/-]+$/.test(model))) throw new UsageError(`--model must be a model name such as ${DEFAULT_MODEL}`);
  return {
    review: values['llm-review'] === true,
    required: values['llm-required'] === true,
    dryRun: values['llm-dry-run'] === true,
    batch: values['llm-batch'] === true,
    model: model ?? DEFAULT_MODEL,
    concurrency: number(values, 'llm-concurrency', 4, integer, 'a whole number of at least 1'),
    maxRequests: number(values, 'llm-max-requests', Number.POSITIVE_INFINITY, (n) => Number.isInteger(n) && n >= 0, 'a whole number'),
    maxCost: number(values, 'llm-max-cost', Number.POSITIVE_INFINITY, (n) => n >= 0, 'an amount in US dollars'),
    timeoutMs: number(values, 'llm-timeout', 120, (n) => n > 0, 'a number of seconds') * 1000,
    retries: number(values, 'llm-retries', 3, (n) => Number.isInteger(n) && n >= 0 && n <= 10, 'a whole number from 0 to 10'),
    sentencesPerRequest: number(values, 'llm-sentences', 6, (n) => integer(n) && n <= 50, 'a whole number from 1 to 50'),
    cacheDir: typeof values['llm-cache'] === 'string' ? values['llm-cache'] : '.mtqa-cache',
    pollIntervalMs: number(values, 'llm-poll-interval', 30, (n) => n >= 0, 'a number of seconds') * 1000,
  };
}
