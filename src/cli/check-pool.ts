/**
 * Checks many files: in this thread for one file or `--jobs 1`, else on a pool of worker threads,
 * each compiling the glossary once. Outcomes are handed on in input order, whatever order the
 * workers finish in, so the output is the same for any number of jobs.
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
 * Fewest files a worker is started for: a worker costs about 0.2 s of start-up (loading modules
 * and compiling the glossary) while a news article takes a few milliseconds to check.
 */
export const MIN_FILES_PER_WORKER = 4;

/**
 * Files handed to a worker ahead of its replies: with one at a time a worker waits idle for every
 * round trip through the main thread (a quarter of its time on 10 KB articles, measured).
 */
export const FILES_IN_FLIGHT = 8;

/** Checks every path; resolves when all outcomes have been handed on. */
export async function checkFiles(run: PoolRun): Promise<void> {
  const { paths, options, onOutcome } = run;
  const jobs = Math.max(1, Math.min(run.jobs, Math.ceil(paths.length / MIN_FILES_PER_WORKER)));
  if (jobs === 1) {
    const compiled = compiledGlossary(run.glossary);
    for (const [i, path] of paths.entries()) {
      const outcome = await checkPath(path, compiled, options, run.source);
      run.onComplete?.();
      onOutcome(outcome, i);
    }
    return;
  }
  const pending = new Map<number, FileOutcome>();
  let nextToEmit = 0;
  let nextToSend = 0;
  const stored = storedGlossaryBytes(run.glossary);
  const setup: WorkerSetup = { glossary: stored === undefined ? run.glossary : { stored }, options };
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (error: Error): void => {
        if (failed) return;
        failed = true;
        reject(error);
      };
      const send = (worker: Worker): void => {
        if (nextToSend < paths.length) {
          worker.postMessage({ index: nextToSend, path: paths[nextToSend] });
          nextToSend++;
        }
      };
      for (let w = 0; w < jobs; w++) {
        const worker = new Worker(new URL('./check-worker.js', import.meta.url), { workerData: setup });
        workers.push(worker);
        worker.on('message', (reply: WorkerReply) => {
          if ('fatal' in reply) {
            const error = new Error(reply.fatal);
            error.stack = reply.stack;
            return fail(error);
          }
          pending.set(reply.index, reply.ok ? { ok: true, file: fromReply(reply) } : { ok: false, message: reply.message });
          run.onComplete?.();
          send(worker);
          try {
            for (let next = pending.get(nextToEmit); next !== undefined; next = pending.get(nextToEmit)) {
              pending.delete(nextToEmit);
              onOutcome(next, nextToEmit++);
            }
          } catch (error) {
            return fail(error as Error);
          }
          if (nextToEmit === paths.length) resolve();
        });
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (code !== 0 && nextToEmit < paths.length) fail(new Error(`a worker thread stopped with exit code ${code}`));
        });
        for (let k = 0; k < FILES_IN_FLIGHT; k++) send(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
