/**
 * The only module that talks to the Messages API, through the official `@anthropic-ai/sdk`.
 * The SDK is imported dynamically here, so it is loaded only when `--llm` sends a request.
 * Retries (with the SDK's back-off, honouring `retry-after` and `retry-after-ms`) and the timeout
 * are the SDK's; `ANTHROPIC_BASE_URL` points it at another endpoint. Every error becomes an
 * {@link LlmUnavailable} with a one-line reason from which the API key is removed.
 */
import type { MessageBatchIndividualResponse } from '@anthropic-ai/sdk/resources/messages/batches';
import type { Message, MessageCreateParamsNonStreaming } from '@anthropic-ai/sdk/resources/messages/messages';
import type { TokenUsage } from '../core/llm-usage.js';
import type { MessageRequest } from '../llm/requests.js';
import { REVISION_TOOL_NAME } from '../llm/tool-contract.js';

/** The API could not give an answer; `message` is the one-line reason shown to the user. */
export class LlmUnavailable extends Error {
  override name = 'LlmUnavailable';
}

export interface ClientSettings {
  apiKey: string;
  /** Retries after the first attempt (SDK `maxRetries`). */
  maxRetries: number;
  /** Per-attempt timeout, milliseconds. */
  timeoutMs: number;
}

/** A successful answer: the raw tool input (checked later) and its token usage. */
export interface Answer {
  toolInput: unknown;
  usage: TokenUsage;
}

/** The state of a Message Batch. */
export interface BatchProgress {
  ended: boolean;
  status: string;
  /** Requests finished (succeeded, errored, canceled or expired). */
  done: number;
  total: number;
}

/** One result of a batch: an answer, or why there is none. */
export type BatchItem = { customId: string; answer: Answer } | { customId: string; error: string };

export interface LlmClient {
  send(body: MessageRequest): Promise<Answer>;
  createBatch(requests: { customId: string; body: MessageRequest }[]): Promise<string>;
  batchProgress(batchId: string): Promise<BatchProgress>;
  batchResults(batchId: string): AsyncIterable<BatchItem>;
}

/** Removes every occurrence of the secret from a text. */
export function redact(text: string, secret: string): string {
  return secret.length < 4 ? text : text.split(secret).join('[redacted]');
}

function usageOf(message: Message): TokenUsage {
  const u = message.usage;
  return { input: u.input_tokens ?? 0, output: u.output_tokens ?? 0, cacheRead: u.cache_read_input_tokens ?? 0, cacheWrite: u.cache_creation_input_tokens ?? 0 };
}

/** The forced tool call's input, or why the message has none. */
export function answerOf(message: Message): Answer {
  const call = message.content.find((b) => b.type === 'tool_use' && b.name === REVISION_TOOL_NAME);
  if (call === undefined || call.type !== 'tool_use') {
    throw new LlmUnavailable(message.stop_reason === 'max_tokens' ? 'the answer was cut off at max_tokens' : `the model did not call ${REVISION_TOOL_NAME}`);
  }
  if (message.stop_reason === 'max_tokens') throw new LlmUnavailable('the answer was cut off at max_tokens');
  return { toolInput: call.input, usage: usageOf(message) };
}

/** Opens a client. Loads the SDK on first call. */
export async function openClient(settings: ClientSettings): Promise<LlmClient> {
  const sdk = await import('@anthropic-ai/sdk');
  const client = new sdk.Anthropic({ apiKey: settings.apiKey, maxRetries: settings.maxRetries, timeout: settings.timeoutMs, logLevel: 'off' });
  const tries = `${settings.maxRetries} ${settings.maxRetries === 1 ? 'retry' : 'retries'}`;

  const reason = (error: unknown): string => {
    if (error instanceof LlmUnavailable) return error.message;
    if (error instanceof sdk.APIConnectionTimeoutError) return `the request timed out after ${settings.timeoutMs / 1000} s (${tries})`;
    if (error instanceof sdk.APIConnectionError) return `cannot reach the API at ${client.baseURL} (${tries})`;
    if (error instanceof sdk.APIError && error.status !== undefined) {
      const status = error.status;
      if (status === 401) return 'authentication failed (HTTP 401): check ANTHROPIC_API_KEY';
      if (status === 429) return `rate limited (HTTP 429) after ${tries}`;
      if (status >= 500) return `server error (HTTP ${status}) after ${tries}`;
      const body = error.error as { error?: { message?: unknown } } | undefined;
      const detail = typeof body?.error?.message === 'string' ? `: ${body.error.message}` : '';
      return `HTTP ${status}${detail}`.slice(0, 240);
    }
    return error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 240) : String(error).slice(0, 240);
  };
  const guard = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      throw new LlmUnavailable(redact(reason(error).replace(/\s+/g, ' '), settings.apiKey));
    }
  };

  return {
    send: (body) =>
      guard(async () => {
        const params: MessageCreateParamsNonStreaming = body;
        return answerOf(await client.messages.create(params));
      }),
    createBatch: (requests) =>
      guard(async () => {
        const batch = await client.messages.batches.create({ requests: requests.map((r) => ({ custom_id: r.customId, params: r.body })) });
        return batch.id;
      }),
    batchProgress: (batchId) =>
      guard(async () => {
        const b = await client.messages.batches.retrieve(batchId);
        const c = b.request_counts;
        const done = c.succeeded + c.errored + c.canceled + c.expired;
        return { ended: b.processing_status === 'ended', status: b.processing_status, done, total: done + c.processing };
      }),
    batchResults: (batchId) => ({
      async *[Symbol.asyncIterator]() {
        const stream = await guard(() => client.messages.batches.results(batchId));
        const items: MessageBatchIndividualResponse[] = [];
        await guard(async () => {
          for await (const item of stream) items.push(item);
        });
        for (const item of items) {
          const r = item.result;
          if (r.type === 'succeeded') {
            try {
              yield { customId: item.custom_id, answer: answerOf(r.message) };
            } catch (error) {
              yield { customId: item.custom_id, error: redact(reason(error), settings.apiKey) };
            }
          } else if (r.type === 'errored') {
            const e = r.error as { error?: { type?: unknown; message?: unknown } };
            yield { customId: item.custom_id, error: redact(`the batch request failed: ${String(e.error?.type ?? 'error')}${typeof e.error?.message === 'string' ? ` (${e.error.message})` : ''}`, settings.apiKey) };
          } else {
            yield { customId: item.custom_id, error: `the batch request was ${r.type}` };
          }
        }
      },
    }),
  };
}
