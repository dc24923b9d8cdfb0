// Preloaded into a measured process (node --import) where GNU time is missing: writes the
// process's peak resident memory, in KiB, to $MTQA_BENCH_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs';

const file = process.env.MTQA_BENCH_RSS_FILE;
if (file !== undefined) process.on('exit', () => writeFileSync(file, `${process.resourceUsage().maxRSS}\n`));
