// Preloaded into a measured process (node --import) where GNU time is missing: writes the
// process's peak resident memory in KiB and its user and system CPU seconds (GNU time's
// `%M %U %S`) to $MTQA_BENCH_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs';

const file = process.env.MTQA_BENCH_RSS_FILE;
if (file !== undefined) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, `${usage.maxRSS} ${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6}\n`);
  });
}
