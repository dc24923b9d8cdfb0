/**
 * Prices, token estimates and cost. Prices are list prices in US dollars per million tokens by
 * model family; a cache write costs 1.25× the input rate (5-minute cache), a cache read 0.1×, and
 * the Message Batches API half of everything. Estimates, not invoices.
 */
import type { TokenUsage } from '../core/llm-usage.js';

/** Input and output price, USD per million tokens. */
export interface Price {
  input: number;
  output: number;
}

/** Prices by model-name prefix, longest prefix first wins. */
export const PRICES: readonly [prefix: string, price: Price][] = [
  ['claude-opus-4-0', { input: 15, output: 75 }],
  ['claude-opus-4-1', { input: 15, output: 75 }],
  ['claude-opus', { input: 5, output: 25 }],
  ['claude-sonnet', { input: 3, output: 15 }],
  ['claude-haiku-3', { input: 0.25, output: 1.25 }],
  ['claude-haiku', { input: 1, output: 5 }],
];

/** Price used for a model the table does not know (Sonnet's). */
export const FALLBACK_PRICE: Price = { input: 3, output: 15 };

export function priceOf(model: string): Price {
  let best: [string, Price] | undefined;
  for (const entry of PRICES) if (model.startsWith(entry[0]) && (best === undefined || entry[0].length > best[0].length)) best = entry;
  return best?.[1] ?? FALLBACK_PRICE;
}

/** Zero usage. */
export function noUsage(): TokenUsage {
  return { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };
}

/** Adds `b` into `a`. */
export function addUsage(a: TokenUsage, b: TokenUsage): void {
  a.input += b.input;
  a.output += b.output;
  a.cacheRead += b.cacheRead;
  a.cacheWrite += b.cacheWrite;
}

/** Cost in USD of the given usage. */
export function costOf(usage: TokenUsage, price: Price, batch: boolean): number {
  const perToken = (rate: number): number => rate / 1_000_000;
  const full =
    usage.input * perToken(price.input) +
    usage.cacheWrite * perToken(price.input * 1.25) +
    usage.cacheRead * perToken(price.input * 0.1) +
    usage.output * perToken(price.output);
  return batch ? full / 2 : full;
}

/** Rough token count of a text: one token per 3.5 characters (English prose and JSON). */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 3.5);
}

/** Estimated usage of a request body before it is sent: its input, and an output of half of `max_tokens`. */
export function estimateRequest(body: { system: { text: string }[]; tools: unknown[]; messages: { content: string }[]; max_tokens: number }): TokenUsage {
  const input = estimateTokens(JSON.stringify(body.tools)) + body.system.reduce((n, b) => n + estimateTokens(b.text), 0) + body.messages.reduce((n, m) => n + estimateTokens(m.content), 0);
  return { input, output: Math.ceil(body.max_tokens / 2), cacheRead: 0, cacheWrite: 0 };
}
