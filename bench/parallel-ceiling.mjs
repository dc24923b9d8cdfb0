// How much faster two threads can be than one on this machine, whatever the program: the same
// fixed work run in one thread, then in two threads at once (this one and a worker), as in
// `mtqa check --jobs 2`. Two kinds of work: pure arithmetic, and table look-ups scattered over a
// few megabytes (what tokenizing and matching mostly do). On two cores that share one physical
// core, or a busy host, the ceiling is well under 2×, and no program shows more than it.
// Usage: node bench/parallel-ceiling.mjs [--rounds N]   Prints {"arithmetic": {...}, "lookups": {...}}.
import { Worker } from 'node:worker_threads';
import { parseArgs } from 'node:util';

const WORK = String.raw`
export function arithmetic() {
  let x = 0;
  for (let i = 0; i < 2e8; i++) x = (x + (i % 7) * (i & 3)) | 0;
  return x;
}
export function lookups() {
  const table = new Int32Array(1 << 20);
  for (let i = 0; i < table.length; i++) table[i] = (i * 2654435761) >>> 12;
  let at = 1;
  let sum = 0;
  for (let i = 0; i < 3e7; i++) {
    at = table[at & 0xfffff] ^ i;
    sum = (sum + at) | 0;
  }
  return sum;
}
`;

const work = await import(`data:text/javascript,${encodeURIComponent(WORK)}`);

/** Milliseconds the named work takes in this thread alone. */
function alone(name) {
  const started = performance.now();
  work[name]();
  return performance.now() - started;
}

/** Milliseconds until both this thread and a worker have done the named work once each. */
function together(name) {
  return new Promise((resolve, reject) => {
    const source = `import { parentPort } from 'node:worker_threads';
      const work = await import(${JSON.stringify(`data:text/javascript,${encodeURIComponent(WORK)}`)});
      parentPort.once('message', () => { work[${JSON.stringify(name)}](); parentPort.postMessage('done'); });
      parentPort.postMessage('ready');`;
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(source)}`));
    worker.on('error', reject);
    worker.once('message', () => {
      const started = performance.now();
      worker.postMessage('go');
      work[name]();
      worker.once('message', () => {
        resolve(performance.now() - started);
        void worker.terminate();
      });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const { values } = parseArgs({ options: { rounds: { type: 'string' } } });
const rounds = Number(values.rounds ?? 3);
const result = {};
for (const name of ['arithmetic', 'lookups']) {
  alone(name); // compiled and warm, like a checker past its first files
  const one = [];
  const two = [];
  for (let r = 0; r < rounds; r++) {
    one.push(alone(name));
    two.push(await together(name));
  }
  // Two threads did twice the work in `two` ms; one thread does it in 2 × `one`.
  result[name] = { oneMs: median(one), twoMs: median(two), ceiling: (2 * median(one)) / median(two) };
}
process.stdout.write(`${JSON.stringify(result)}\n`);
