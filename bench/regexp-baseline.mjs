// Baseline: one regular expression per phrase (`\bphrase\b`), each run over the whole text, the
// way a naive rule-per-term checker works. Usage: node bench/regexp-baseline.mjs <phrases.txt> <text.txt>
// Prints {"hits": N}.
import { readFileSync } from 'node:fs';

const [phrasesPath, textPath] = process.argv.slice(2);
const phrases = readFileSync(phrasesPath, 'utf8').split('\n').filter((p) => p.length > 0);
const text = readFileSync(textPath, 'utf8').toLowerCase();
let hits = 0;
for (const phrase of phrases) {
  const re = new RegExp(`\\b${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
  while (re.exec(text) !== null) hits++;
}
process.stdout.write(`${JSON.stringify({ hits })}\n`);
