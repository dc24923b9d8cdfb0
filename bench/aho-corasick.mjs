// Baseline: plain literal Aho–Corasick over characters. Reads a phrase list (one per line) and a
// text, lower-cases the text once, and counts whole-word occurrences of every phrase.
// Usage: node bench/aho-corasick.mjs <phrases.txt> <text.txt> [--offsets]
// Prints {"hits": N} (with --offsets also "matches": [[start, end], ...], 0-based, end exclusive).
import { readFileSync } from 'node:fs';

const [phrasesPath, textPath, flag] = process.argv.slice(2);
const phrases = readFileSync(phrasesPath, 'utf8').split('\n').filter((p) => p.length > 0);
const text = readFileSync(textPath, 'utf8').toLowerCase();

// The automaton: goto edges per node, failure links, and the phrase lengths ending at each node.
const edges = [new Map()];
const fail = [0];
const outputs = [null];
for (const phrase of phrases) {
  let node = 0;
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase.charCodeAt(i);
    let next = edges[node].get(c);
    if (next === undefined) {
      next = edges.length;
      edges.push(new Map());
      fail.push(0);
      outputs.push(null);
      edges[node].set(c, next);
    }
    node = next;
  }
  (outputs[node] ??= []).push(phrase.length);
}
const queue = [...edges[0].values()];
for (let q = 0; q < queue.length; q++) {
  const node = queue[q];
  for (const [c, child] of edges[node]) {
    let f = fail[node];
    while (f !== 0 && !edges[f].has(c)) f = fail[f];
    const target = edges[f].get(c);
    fail[child] = target !== undefined && target !== child ? target : 0;
    const inherited = outputs[fail[child]];
    if (inherited !== null) outputs[child] = [...(outputs[child] ?? []), ...inherited];
    queue.push(child);
  }
}

const isWordChar = (c) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 127 && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)));
let hits = 0;
const matches = [];
let node = 0;
for (let i = 0; i < text.length; i++) {
  const c = text.charCodeAt(i);
  let next = edges[node].get(c);
  while (next === undefined && node !== 0) {
    node = fail[node];
    next = edges[node].get(c);
  }
  node = next ?? 0;
  const out = outputs[node];
  if (out === null) continue;
  for (const length of out) {
    const start = i + 1 - length;
    if ((start > 0 && isWordChar(text.charCodeAt(start - 1))) || (i + 1 < text.length && isWordChar(text.charCodeAt(i + 1)))) continue;
    hits++;
    if (flag === '--offsets') matches.push([start, i + 1]);
  }
}
process.stdout.write(`${JSON.stringify(flag === '--offsets' ? { hits, matches } : { hits })}\n`);
