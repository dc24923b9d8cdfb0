// The floor: Node starting, reading the text and counting its lines. Usage: node bench/count-lines.mjs <text.txt>
// Prints {"lines": N}.
import { readFileSync } from 'node:fs';

const text = readFileSync(process.argv[2], 'utf8');
let lines = 0;
for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
process.stdout.write(`${JSON.stringify({ lines })}\n`);
