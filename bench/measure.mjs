// Runs a command as a whole process and measures it: wall-clock time (from the parent), peak
// resident memory (GNU time's %M when /usr/bin/time exists, else a preloaded hook that reports
// process.resourceUsage().maxRSS at exit), exit code and stdout (or stdout written to a file).
// A run that outlives the time limit is killed with its whole process group.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const GNU_TIME = '/usr/bin/time';
const RSS_HOOK = fileURLToPath(new URL('./report-rss.mjs', import.meta.url));

/** How peak memory is measured on this machine, for the report. */
export const rssMethod = existsSync(GNU_TIME) ? 'GNU time (%M)' : 'process.resourceUsage().maxRSS at exit';

let counter = 0;

/**
 * The machine rests `seconds` once `after` seconds of measured runs have piled up since its last
 * rest: right after a CPU-bound minute, the same run is about 20 % slower here (measured), which
 * would charge one tool for the tool measured before it. Rests depend on the work done, not on
 * which tool is next.
 */
export const REST = { after: 20, seconds: 10 };
let busySeconds = 0;

async function restIfBusy() {
  if (busySeconds < REST.after) return;
  await new Promise((resolve) => setTimeout(resolve, REST.seconds * 1000));
  busySeconds = 0;
}

/**
 * Runs `node args...` once.
 * @returns {{seconds: number, rssMiB: number | null, cpuSeconds: number | null, code: number | null, timedOut: boolean, stdout: string}}
 *   cpuSeconds: user + system CPU time of the whole process, all its threads (V8 compiles and
 *   collects garbage on background threads, so it can exceed the wall time)
 */
export async function runOnce(args, { timeoutSeconds = 600, stdoutFile, env = {}, cwd } = {}) {
  await restIfBusy();
  const rssFile = join(tmpdir(), `mtqa-bench-rss-${process.pid}-${counter++}`);
  rmSync(rssFile, { force: true });
  const useTime = existsSync(GNU_TIME);
  const command = useTime ? GNU_TIME : process.execPath;
  const argv = useTime ? ['-f', '%M %U %S', '-o', rssFile, process.execPath, ...args] : args;
  const childEnv = { ...process.env, ...env };
  if (!useTime) {
    childEnv.MTQA_BENCH_RSS_FILE = rssFile;
    childEnv.NODE_OPTIONS = `${childEnv.NODE_OPTIONS ?? ''} --import=${RSS_HOOK}`.trim();
  }
  const out = stdoutFile === undefined ? 'pipe' : openSync(stdoutFile, 'w');
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, argv, { cwd, env: childEnv, stdio: ['ignore', out, 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, timeoutSeconds * 1000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      busySeconds += seconds;
      if (typeof out === 'number') closeSync(out);
      let rssMiB = null;
      let cpuSeconds = null;
      try {
        const [kib, user, system] = (readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
        rssMiB = kib / 1024;
        if (Number.isFinite(user) && Number.isFinite(system)) cpuSeconds = user + system;
      } catch {
        // killed before it could report
      }
      rmSync(rssFile, { force: true });
      if (!timedOut && code !== 0 && code !== 1) {
        reject(new Error(`node ${args.join(' ')} exited with ${code}:\n${stderr.slice(-2000)}`));
        return;
      }
      resolve({ seconds, rssMiB, cpuSeconds, code, timedOut, stdout });
    });
  });
}

/**
 * Runs a command up to `runs` times and keeps the median time. Stops early once one run took
 * longer than `slowSeconds` (a slow tool is run once), and at the first run over the time limit.
 * @returns {{seconds: number | null, runs: number, rssMiB: number | null, timedOut: boolean, last: object, all: number[]}}
 */
export async function measure(args, { runs = 3, timeoutSeconds = 600, slowSeconds = 15, stdoutFile, env, cwd } = {}) {
  const times = [];
  const rss = [];
  let last;
  for (let r = 0; r < runs; r++) {
    last = await runOnce(args, { timeoutSeconds, stdoutFile, env, cwd });
    if (last.timedOut) return { seconds: null, runs: times.length, rssMiB: null, timedOut: true, last, all: times };
    times.push(last.seconds);
    if (last.rssMiB !== null) rss.push(last.rssMiB);
    if (last.seconds > slowSeconds) break;
  }
  return { seconds: median(times), runs: times.length, rssMiB: rss.length > 0 ? median(rss) : null, timedOut: false, last, all: times };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
