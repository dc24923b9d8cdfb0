/**
 * A worker thread of the check pool: compiles the glossary once, then checks the paths it claims
 * from the counter it shares with the other threads, one reply per file, until none is left
 * (see `check-pool.ts`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkPath, claim, workerGlossary, type WorkerReply, type WorkerSetup } from './check-pool.js';
import { compiledGlossary } from './compiled-glossary.js';

const setup = workerData as WorkerSetup;
const port = parentPort;

async function checkClaimed(): Promise<void> {
  const compiled = compiledGlossary(workerGlossary(setup));
  const counter = new Int32Array(setup.next);
  for (let index = claim(counter); index < setup.paths.length; index = claim(counter)) {
    let reply: WorkerReply;
    try {
      const outcome = await checkPath(setup.paths[index] as string, compiled, setup.options);
      if (outcome.ok) {
        const { file } = outcome;
        reply = { index, ok: true, path: file.path, absolute: file.input.absolute, text: file.text, bom: file.input.source.bom, encoding: file.input.encoding, findings: file.findings };
      } else {
        reply = { index, ok: false, message: outcome.message };
      }
    } catch (error) {
      reply = { index, fatal: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? (error.stack ?? '') : '' };
    }
    port?.postMessage(reply);
    if ('fatal' in reply) return;
  }
}

void checkClaimed();
