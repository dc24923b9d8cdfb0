/**
 * The optional LLM stage of `mtqa check`: plan the requests, answer what the cache holds, send the
 * rest (one at a time with a concurrency limit, or as one Message Batch) within the caps, verify
 * every revision and add the results to each file's findings. Failure is never fatal: a failed
 * request marks its sentences "LLM unavailable: <reason>" and the run goes on.
 */
import { compareFindings } from '../core/finding.js';
import type { CompiledGlossary } from '../core/glossary.js';
import type { LlmRunSummary, TokenUsage } from '../core/llm-usage.js';
import { batchKey, requestKey } from '../llm/cache-key.js';
import { addUsage, costOf, estimateRequest, noUsage, priceOf } from '../llm/cost.js';
import { findingsForRequest, type RequestOutcome } from '../llm/llm-findings.js';
import { planRequests, PROMPT_VERSION, type PlannedRequest } from '../llm/requests.js';
import { MalformedToolInput, parseToolOutput } from '../llm/tool-contract.js';
import type { CheckedFile } from './check-command.js';
import { LlmCache } from './llm-cache.js';
import { LlmUnavailable, openClient, type Answer, type LlmClient } from './llm-client.js';
import type { LlmOptions } from './llm-options.js';

/** Where the stage writes: `out` for the dry run's requests, `err` for notes and progress. */
export interface StageIO {
  out(text: string): void;
  err(text: string): void;
}

export interface StageResult {
  /** Null when nothing was asked (dry run, no API key). */
  summary: LlmRunSummary | null;
  /** Whether any sentence was left without an answer, or the key was missing (for --llm-required). */
  unavailable: boolean;
}

/** Unique requests: the same body asked twice (two identical articles) is sent once. */
interface Job {
  key: string;
  plans: PlannedRequest[];
  outcome?: RequestOutcome;
}

const fmt = (n: number): string => n.toLocaleString('en-US');

function ids(plan: PlannedRequest): Set<string> {
  return new Set(plan.targets.map((t) => t.id));
}

/** Checks an answer's tool input; a malformed one becomes a failed outcome. */
function outcomeOf(job: Job, toolInput: unknown, review: boolean): RequestOutcome {
  try {
    return { ok: true, output: parseToolOutput(toolInput, ids(job.plans[0] as PlannedRequest), review) };
  } catch (error) {
    if (error instanceof MalformedToolInput) return { ok: false, reason: `malformed tool input: ${error.message}` };
    throw error;
  }
}

function printDryRun(jobs: readonly Job[], results: readonly CheckedFile[], options: LlmOptions, io: StageIO): void {
  const price = priceOf(options.model);
  const total = noUsage();
  let cached = 0;
  jobs.forEach((job, n) => {
    const plan = job.plans[0] as PlannedRequest;
    const estimate = estimateRequest(plan.body);
    const hit = job.outcome !== undefined;
    if (hit) cached++;
    else addUsage(total, estimate);
    io.out(`--- request ${n + 1} of ${jobs.length} (${results[plan.file]?.path ?? ''}: ${plan.targets.length} sentence${plan.targets.length === 1 ? '' : 's'}) ~${fmt(estimate.input)} input tokens, max_tokens ${fmt(plan.body.max_tokens)}${hit ? ', answered from the cache' : ''}\n`);
    io.out(`${JSON.stringify(plan.body, null, 2)}\n`);
  });
  const cost = costOf(total, price, options.batch);
  io.out(`dry run: ${jobs.length} request${jobs.length === 1 ? '' : 's'} (${cached} in the cache); to send ~${fmt(total.input)} input and ~${fmt(total.output)} output tokens (half of max_tokens), estimated cost $${cost.toFixed(4)}${options.batch ? ' at batch prices' : ''}; nothing sent\n`);
}

/** Runs `worker` over items with at most `limit` in flight. */
async function pool<T>(items: readonly T[], limit: number, worker: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await worker(items[next++] as T);
  });
  await Promise.all(runners);
}

interface Spend {
  sent: number;
  usage: TokenUsage;
  cost: number;
}

/** Whether one more request fits the caps; returns the reason when it does not. */
function capReason(spend: Spend, reserved: number, estimate: number, options: LlmOptions): string | null {
  if (spend.sent >= options.maxRequests) return `not sent: --llm-max-requests ${options.maxRequests} reached`;
  if (spend.cost + reserved + estimate > options.maxCost) return `not sent: --llm-max-cost $${options.maxCost} would be exceeded`;
  return null;
}

async function sendEach(jobs: Job[], client: LlmClient, cache: LlmCache, options: LlmOptions, spend: Spend): Promise<void> {
  const price = priceOf(options.model);
  let reserved = 0;
  await pool(jobs, options.concurrency, async (job) => {
    const body = (job.plans[0] as PlannedRequest).body;
    const estimate = costOf(estimateRequest(body), price, false);
    const cap = capReason(spend, reserved, estimate, options);
    if (cap !== null) {
      job.outcome = { ok: false, reason: cap };
      return;
    }
    spend.sent++;
    reserved += estimate;
    try {
      const answer = await client.send(body);
      record(job, answer, cache, options, spend, false);
    } catch (error) {
      if (!(error instanceof LlmUnavailable)) throw error;
      job.outcome = { ok: false, reason: error.message };
    } finally {
      reserved -= estimate;
    }
  });
}

/** Counts an answer's usage, checks it and caches it when it is well-formed. */
function record(job: Job, answer: Answer, cache: LlmCache, options: LlmOptions, spend: Spend, batch: boolean): void {
  addUsage(spend.usage, answer.usage);
  spend.cost += costOf(answer.usage, priceOf(options.model), batch);
  job.outcome = outcomeOf(job, answer.toolInput, options.review);
  if (job.outcome.ok) cache.write({ version: 1, key: job.key, model: options.model, promptVersion: PROMPT_VERSION, toolInput: answer.toolInput, usage: answer.usage });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function sendBatch(jobs: Job[], client: LlmClient, cache: LlmCache, options: LlmOptions, spend: Spend, io: StageIO): Promise<void> {
  const price = priceOf(options.model);
  const chosen: Job[] = [];
  let planned = 0;
  for (const job of jobs) {
    const estimate = costOf(estimateRequest((job.plans[0] as PlannedRequest).body), price, true);
    const cap = capReason({ ...spend, sent: chosen.length }, planned, estimate, options);
    if (cap !== null) job.outcome = { ok: false, reason: cap };
    else {
      chosen.push(job);
      planned += estimate;
    }
  }
  if (chosen.length === 0) return;
  const key = batchKey(chosen.map((j) => j.key));
  const fail = (reason: string): void => {
    for (const j of chosen) j.outcome ??= { ok: false, reason };
  };
  try {
    let batchId = cache.readBatch(key)?.batchId;
    if (batchId !== undefined) {
      io.err(`llm: resuming batch ${batchId} (${chosen.length} requests)\n`);
    } else {
      batchId = await client.createBatch(chosen.map((j) => ({ customId: j.key, body: (j.plans[0] as PlannedRequest).body })));
      cache.writeBatch(key, { version: 1, batchId, customIds: chosen.map((j) => j.key), createdAt: new Date().toISOString() });
      io.err(`llm: created batch ${batchId} with ${chosen.length} requests (its id is saved in ${cache.dir}; an interrupted run resumes it)\n`);
    }
    spend.sent += chosen.length;
    for (;;) {
      const p = await client.batchProgress(batchId);
      io.err(`llm: batch ${batchId}: ${p.done}/${p.total} done (${p.status})\n`);
      if (p.ended) break;
      await sleep(options.pollIntervalMs);
    }
    const byKey = new Map(chosen.map((j) => [j.key, j]));
    for await (const item of client.batchResults(batchId)) {
      const job = byKey.get(item.customId);
      if (job === undefined) continue;
      if ('answer' in item) record(job, item.answer, cache, options, spend, true);
      else job.outcome = { ok: false, reason: item.error };
    }
    fail('the batch returned no result for this request');
    cache.removeBatch(key);
  } catch (error) {
    if (!(error instanceof LlmUnavailable)) throw error;
    fail(error.message);
  }
}

/** Runs the stage over checked files, adding LLM findings to them in place. */
export async function runLlmStage(results: CheckedFile[], glossary: CompiledGlossary, options: LlmOptions, io: StageIO): Promise<StageResult> {
  const plans = results.flatMap((r, i) => planRequests(i, r.text, r.findings, glossary, { model: options.model, review: options.review, sentencesPerRequest: options.sentencesPerRequest }));
  const byKey = new Map<string, Job>();
  for (const plan of plans) {
    const key = requestKey(PROMPT_VERSION, plan.body);
    const job = byKey.get(key);
    if (job === undefined) byKey.set(key, { key, plans: [plan] });
    else job.plans.push(plan);
  }
  const jobs = [...byKey.values()];
  const cache = new LlmCache(options.cacheDir);
  let cached = 0;
  for (const job of jobs) {
    const hit = cache.read(job.key);
    if (hit === undefined) continue;
    const outcome = outcomeOf(job, hit.toolInput, options.review);
    if (outcome.ok) {
      job.outcome = outcome;
      cached++;
    }
  }
  if (options.dryRun) {
    printDryRun(jobs, results, options, io);
    return { summary: null, unavailable: false };
  }
  const misses = jobs.filter((j) => j.outcome === undefined);
  const spend: Spend = { sent: 0, usage: noUsage(), cost: 0 };
  if (misses.length > 0) {
    const apiKey = process.env.ANTHROPIC_API_KEY ?? '';
    if (apiKey.trim() === '') {
      io.err('mtqa: --llm needs ANTHROPIC_API_KEY; the LLM stage was skipped and the glossary check ran as usual\n');
      return { summary: null, unavailable: true };
    }
    const client = await openClient({ apiKey, maxRetries: options.retries, timeoutMs: options.timeoutMs });
    if (options.batch) await sendBatch(misses, client, cache, options, spend, io);
    else await sendEach(misses, client, cache, options, spend);
  }

  const summary: LlmRunSummary = {
    model: options.model,
    mode: options.batch ? 'batch' : 'messages',
    requests: spend.sent,
    cached,
    failed: jobs.filter((j) => j.outcome?.ok !== true).length,
    usage: spend.usage,
    costUsd: Math.round(spend.cost * 1e6) / 1e6,
    revisions: { accepted: 0, rejected: 0, unavailable: 0 },
    reviewFindings: 0,
  };
  for (const job of jobs) {
    const outcome = job.outcome ?? { ok: false, reason: 'not sent' };
    for (const plan of job.plans) {
      const file = results[plan.file] as CheckedFile;
      const added = findingsForRequest(plan, outcome, file.input.source, glossary, options.model);
      for (const f of added) {
        if (f.llm?.kind === 'review') summary.reviewFindings++;
        else if (f.llm !== undefined) summary.revisions[f.llm.status]++;
      }
      file.findings.push(...added);
    }
  }
  for (const r of results) r.findings.sort(compareFindings);
  return { summary, unavailable: summary.revisions.unavailable > 0 || jobs.some((j) => j.outcome?.ok !== true) };
}
