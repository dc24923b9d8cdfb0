/**
 * Checks many files: in this thread for one file or `--jobs 1`, else in this thread and `jobs - 1`
 * worker threads together, each compiling the glossary once and claiming files from one shared
 * counter. Outcomes are handed on in input order, whatever order the threads finish in, so the
 * output is the same for any number of jobs.
 */
import { Worker } from 'node:worker_threads';
import type { CompiledGlossary, Glossary } from '../core/glossary.js';
import { SourceText } from '../core/source-text.js';
import { checkInput, type CheckedFile, type FileCheckOptions } from './check-input.js';
import { InputError } from './errors.js';
import { readInput, type InputFile, type TextEncoding } from './io.js';
import { compiledGlossary } from './compiled-glossary.js';
import { decodeStoredGlossary, storedGlossaryBytes } from '../glossary/stored-glossary.js';

/** A file checked, or the one-line reason it could not be read. */
export type FileOutcome = { ok: true; file: CheckedFile } | { ok: false; message: string };

/** What a worker sends back for one file (a CheckedFile without its SourceText class). */
export type WorkerReply =
  | { index: number; ok: true; path: string; absolute: string; text: string; bom: boolean; encoding: TextEncoding; findings: CheckedFile['findings'] }
  | { index: number; ok: false; message: string }
  | { index: number; fatal: string; stack: string };

/**
 * What a worker starts with: the glossary itself, or, for a glossary read from the loader's cache,
 * the bytes it was read from (copying them is far cheaper than cloning every entry, and the worker
 * then builds only the entries that match, as the main thread does).
 */
export interface WorkerSetup {
  glossary: Glossary | { stored: Uint8Array };
  options: FileCheckOptions;
  /** Every path of the run; a worker checks the indices it claims from `next`. */
  paths: readonly string[];
  /** One Int32 shared by all threads: the index of the next unclaimed path (see {@link claim}). */
  next: SharedArrayBuffer;
}

/** Claims the next path's index for this thread; an index ≥ the number of paths means none is left. */
export function claim(next: Int32Array): number {
  return Atomics.add(next, 0, 1);
}

/** The glossary a worker was started with. */
export function workerGlossary(setup: WorkerSetup): Glossary {
  const { glossary } = setup;
  if (!('stored' in glossary)) return glossary;
  const decoded = decodeStoredGlossary(glossary.stored);
  if (decoded === null) throw new Error('a worker thread could not read the glossary it was sent');
  return decoded;
}

/** Checks one file in this thread; unreadable input becomes an outcome, anything else throws. */
export async function checkPath(path: string, compiled: CompiledGlossary, options: FileCheckOptions, source?: InputFile): Promise<FileOutcome> {
  try {
    return { ok: true, file: await checkInput(readInput(path), compiled, options, source) };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, message: error.message };
    throw error;
  }
}

function fromReply(reply: Extract<WorkerReply, { ok: true }>): CheckedFile {
  const source = new SourceText(reply.bom ? `\ufeff${reply.text}` : reply.text);
  return { path: reply.path, text: reply.text, findings: reply.findings, input: { path: reply.path, absolute: reply.absolute, source, encoding: reply.encoding } };
}

export interface PoolRun {
  paths: readonly string[];
  glossary: Glossary;
  options: FileCheckOptions;
  jobs: number;
  /** Called once per file, in input order. */
  onOutcome: (outcome: FileOutcome, index: number) => void;
  /** Called once per file as it completes (any order), for progress. */
  onComplete?: () => void;
  /** The aligned Chinese source of the one file checked (`--source`). */
  source?: InputFile;
}

/**
 * Fewest files per extra thread. A worker that starts up (about 0.1 s: a thread, the modules, the
 * glossary) after this thread has claimed every file simply finds nothing left, so the cost of
 * starting one too many is only the other core's time.
 */
export const MIN_FILES_PER_WORKER = 8;

/** Yields to the event loop, so the workers' replies are taken in while this thread checks too. */
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Checks every path; resolves when all outcomes have been handed on.
 *
 * With more than one job this thread is one of the checkers and `jobs - 1` workers are the others:
 * every thread claims the next unchecked path from one shared counter, so none waits for work to
 * be handed out, and this thread (already warm, glossary compiled) starts at once while the
 * workers start up. Outcomes are handed on in input order as they become contiguous.
 */
export async function checkFiles(run: PoolRun): Promise<void> {
  const { paths, options, onOutcome } = run;
  const jobs = Math.max(1, Math.min(run.jobs, Math.ceil(paths.length / MIN_FILES_PER_WORKER)));
  const compiled = compiledGlossary(run.glossary);
  if (jobs === 1) {
    for (const [i, path] of paths.entries()) {
      const outcome = await checkPath(path, compiled, options, run.source);
      run.onComplete?.();
      onOutcome(outcome, i);
    }
    return;
  }
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const pending = new Map<number, FileOutcome>();
  let nextToEmit = 0;
  let failure: Error | null = null;
  let allDone: (() => void) | null = null;
  const take = (index: number, outcome: FileOutcome): void => {
    pending.set(index, outcome);
    run.onComplete?.();
    for (let ready = pending.get(nextToEmit); ready !== undefined; ready = pending.get(nextToEmit)) {
      pending.delete(nextToEmit);
      onOutcome(ready, nextToEmit++);
    }
    if (nextToEmit === paths.length) allDone?.();
  };
  const fail = (error: Error): void => {
    failure ??= error;
    allDone?.();
  };
  const stored = storedGlossaryBytes(run.glossary);
  const setup: WorkerSetup = { glossary: stored === undefined ? run.glossary : { stored }, options, paths, next };
  const workers: Worker[] = [];
  try {
    for (let w = 1; w < jobs; w++) {
      const worker = new Worker(new URL('./check-worker.js', import.meta.url), { workerData: setup });
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if ('fatal' in reply) {
          const error = new Error(reply.fatal);
          error.stack = reply.stack;
          return fail(error);
        }
        try {
          take(reply.index, reply.ok ? { ok: true, file: fromReply(reply) } : { ok: false, message: reply.message });
        } catch (error) {
          fail(error as Error);
        }
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (code !== 0 && nextToEmit < paths.length) fail(new Error(`a worker thread stopped with exit code ${code}`));
      });
    }
    for (let i = claim(counter); i < paths.length && failure === null; i = claim(counter)) {
      take(i, await checkPath(paths[i] as string, compiled, options));
      await turn();
    }
    if (failure === null && nextToEmit < paths.length) await new Promise<void>((resolve) => (allDone = resolve));
    if (failure !== null) throw failure;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
