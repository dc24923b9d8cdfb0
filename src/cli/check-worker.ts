/**
 * A worker thread of the check pool: compiles the glossary once, then checks the files it is sent,
 * one message per file (see `check-pool.ts`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkPath, workerGlossary, type WorkerReply, type WorkerSetup } from './check-pool.js';
import { compiledGlossary } from './compiled-glossary.js';

const setup = workerData as WorkerSetup;
const compiled = compiledGlossary(workerGlossary(setup));
const port = parentPort;

port?.on('message', async ({ index, path }: { index: number; path: string }) => {
  let reply: WorkerReply;
  try {
    const outcome = await checkPath(path, compiled, setup.options);
    if (outcome.ok) {
      const { file } = outcome;
      reply = { index, ok: true, path: file.path, absolute: file.input.absolute, text: file.text, bom: file.input.source.bom, encoding: file.input.encoding, findings: file.findings };
    } else {
      reply = { index, ok: false, message: outcome.message };
    }
  } catch (error) {
    reply = { index, fatal: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? (error.stack ?? '') : '' };
  }
  port.postMessage(reply);
});
