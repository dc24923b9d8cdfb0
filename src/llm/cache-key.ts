/**
 * The content address of a request: SHA-256 over the model, the prompt version and the request
 * body, so the same question is never paid for twice and any change to the prompt, the model or
 * the article text gives a new key. The key is also the request's `custom_id` in a Message Batch.
 */
import { createHash } from 'node:crypto';
import type { MessageRequest } from './requests.js';

/** 64 lower-case hex digits. */
export function requestKey(promptVersion: string, body: MessageRequest): string {
  return createHash('sha256').update(JSON.stringify({ promptVersion, model: body.model, body })).digest('hex');
}

/** The key of a set of requests (for remembering the batch that carries them). */
export function batchKey(keys: readonly string[]): string {
  return createHash('sha256').update([...keys].sort().join('\n')).digest('hex');
}
