/**
 * The on-disk cache of the LLM stage (default `.mtqa-cache/`): one JSON file per answered
 * request, named by its content address, and one file per Message Batch in flight so an
 * interrupted `--llm-batch` run resumes instead of paying twice. Files hold the model's tool input
 * and token usage, never a credential. Writes are atomic.
 */
import { readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { TokenUsage } from '../core/llm-usage.js';
import { writeFileAtomic } from './io.js';

/** A cached answer: the raw tool input (checked again on every read) and what it cost. */
export interface CachedAnswer {
  version: 1;
  key: string;
  model: string;
  promptVersion: string;
  toolInput: unknown;
  usage: TokenUsage;
}

/** A batch that was created and not yet collected. */
export interface PendingBatch {
  version: 1;
  batchId: string;
  /** The custom ids (request keys) the batch carries. */
  customIds: string[];
  createdAt: string;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

export class LlmCache {
  constructor(readonly dir: string) {}

  private answerPath(key: string): string {
    return join(this.dir, 'llm', key.slice(0, 2), `${key}.json`);
  }

  private batchPath(key: string): string {
    return join(this.dir, 'batches', `${key}.json`);
  }

  /** The cached answer for a request key, or undefined (a missing or unreadable file is a miss). */
  read(key: string): CachedAnswer | undefined {
    const value = readJson(this.answerPath(key)) as Partial<CachedAnswer> | undefined;
    return value?.version === 1 && value.key === key ? (value as CachedAnswer) : undefined;
  }

  write(answer: CachedAnswer): void {
    writeFileAtomic(this.answerPath(answer.key), `${JSON.stringify(answer, null, 1)}\n`);
  }

  readBatch(key: string): PendingBatch | undefined {
    const value = readJson(this.batchPath(key)) as Partial<PendingBatch> | undefined;
    return value?.version === 1 && typeof value.batchId === 'string' ? (value as PendingBatch) : undefined;
  }

  writeBatch(key: string, batch: PendingBatch): void {
    writeFileAtomic(this.batchPath(key), `${JSON.stringify(batch, null, 1)}\n`);
  }

  removeBatch(key: string): void {
    try {
      unlinkSync(this.batchPath(key));
    } catch {
      // already gone
    }
  }
}
