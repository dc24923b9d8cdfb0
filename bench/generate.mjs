// Benchmark data from a fixed seed: a glossary in mtqa's YAML format, the equivalent literal
// phrase lists (for the prh dictionary and the baselines), and English-like corpora with planted
// renderings whose expected hit counts are known.
//
// Words: filler text uses common English words; glossary renderings use made-up words from three
// disjoint pools (inflectable stems, exact-form words for the literal entries, and words for the
// preferred renderings), so a hit can only come from a planted rendering.
//
// Entry kinds (each entry has one avoided rendering, 2-4 words):
//   literal  `=a =b =c`            exact forms only; literal variants: "a b c"
//   inflect  `a b c`               any inflection; literal variants: base, last word plural,
//                                  first word -ed and -ing ("a b c", "a b cs", "aed b c", "aing b c")
//   gap      `a {2} b c`           0-2 arbitrary words after the first; literal variant: "a b c"
//   unless   `a b` unless `a b d`  not flagged inside "a b d"; literal variant: "a b"
// Planted forms: every literal variant, plus forms only mtqa finds (an inflection the list lacks,
// a filled gap) and negative contexts only mtqa honours ("a b d").

/** Largest glossary the generator makes; smaller ones are its prefixes. */
export const MAX_ENTRIES = 100_000;

/** A small deterministic PRNG (mulberry32); returns floats in [0, 1). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rng, list) => list[Math.floor(rng() * list.length)];

const FILLER = (
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they ' +
  'you were her she there been one all we their has would when if so no will more can who about than other into ' +
  'some could them only its new over also after two first any these most years time people county village ' +
  'government work year development local city province region policy program service market support plan ' +
  'system report project industry economy reform public national rural water school health road team ' +
  'farmers officials residents workers families children students leaders experts companies projects ' +
  'improved reported built opened helped visited increased reached provided launched completed expanded ' +
  'said added noted stressed announced explained according during while since before under between through ' +
  'across within around against without toward along still already recently together further higher better ' +
  'quickly steadily largely nearly mainly widely'
).split(' ');
const FILLER_SET = new Set(FILLER);

const ONSETS = 'b c d f g j k l m n p r t v w br cl dr fl gr pl pr st tr bl cr fr gl sk sl sp'.split(' ');
const VOWELS = 'a e i o u ai ea oa ou'.split(' ');
// Stems end in a consonant that inflects plainly: not e, s, x, z, y, h, never doubled, never -ed.
const CODAS = 'b d f g k l m n p r t v lt nd nk nt rd rk rm rn st mp ft'.split(' ');

/** Makes `count` distinct made-up words not in `taken`, adding them to it. */
function pseudoWords(rng, count, taken, syllables) {
  const out = [];
  while (out.length < count) {
    let w = '';
    for (let s = 0; s < syllables; s++) w += pick(rng, ONSETS) + pick(rng, VOWELS);
    w += pick(rng, CODAS);
    if (taken.has(w) || FILLER_SET.has(w) || /(.)\1$|ed$/.test(w)) continue;
    taken.add(w);
    out.push(w);
  }
  return out;
}

/** Word pools for a glossary of up to `entries` entries. */
function wordPools(rng, entries) {
  const taken = new Set();
  const size = Math.max(200, Math.min(40_000, Math.ceil(entries * 0.4)));
  return {
    inflect: pseudoWords(rng, size, taken, 2),
    literal: pseudoWords(rng, Math.ceil(size / 2), taken, 2),
    preferred: pseudoWords(rng, 500, taken, 3),
  };
}

const KINDS = [
  ['literal', 0.3],
  ['inflect', 0.4],
  ['gap', 0.15],
  ['unless', 0.15],
];

function kindOf(rng) {
  let r = rng();
  for (const [kind, p] of KINDS) {
    if (r < p) return kind;
    r -= p;
  }
  return 'inflect';
}

/**
 * The entries of the largest glossary (smaller glossaries are prefixes). Each entry:
 * `{id, kind, words, context?, pattern, unless?, preferred, variants}` where `variants` are the
 * literal phrases (lower case, single spaces) a literal matcher looks for.
 */
export function generateEntries(seed, count = MAX_ENTRIES) {
  const rng = random(seed);
  const pools = wordPools(rng, count);
  const phrases = new Set();
  const windows = new Set();
  const entries = [];
  // No phrase may contain another entry's phrase (or be contained in one), so hits never nest.
  const fits = (ws) => {
    const full = ws.join(' ');
    if (phrases.has(full) || windows.has(full)) return false;
    for (let i = 0; i < ws.length; i++) for (let j = i + 2; j <= ws.length; j++) if (j - i < ws.length && phrases.has(ws.slice(i, j).join(' '))) return false;
    return true;
  };
  const remember = (ws) => {
    phrases.add(ws.join(' '));
    for (let i = 0; i < ws.length; i++) for (let j = i + 2; j <= ws.length; j++) windows.add(ws.slice(i, j).join(' '));
  };
  while (entries.length < count) {
    const kind = kindOf(rng);
    const pool = kind === 'literal' ? pools.literal : pools.inflect;
    const length = kind === 'unless' ? 2 : 2 + Math.floor(rng() * 3);
    const ws = Array.from({ length }, () => pick(rng, pool));
    if (new Set(ws).size < ws.length || !fits(ws)) continue;
    let context;
    if (kind === 'unless') {
      context = [...ws, pick(rng, pools.inflect)];
      if (!fits(context)) continue;
      remember(context);
    }
    remember(ws);
    const id = `${kind}-${entries.length}`;
    const preferred = `${pick(rng, pools.preferred)} ${pick(rng, pools.preferred)} ${entries.length}`;
    const [first, ...rest] = ws;
    let pattern;
    let variants;
    if (kind === 'literal') {
      pattern = ws.map((w) => `=${w}`).join(' ');
      variants = [ws.join(' ')];
    } else if (kind === 'gap') {
      pattern = `${first} {2} ${rest.join(' ')}`;
      variants = [ws.join(' ')];
    } else if (kind === 'unless') {
      pattern = ws.join(' ');
      variants = [ws.join(' ')];
    } else {
      pattern = ws.join(' ');
      const last = ws.length - 1;
      variants = [ws.join(' '), [...ws.slice(0, last), `${ws[last]}s`].join(' '), [`${first}ed`, ...rest].join(' '), [`${first}ing`, ...rest].join(' ')];
    }
    const entry = { id, kind, words: ws, pattern, preferred, variants };
    if (context !== undefined) entry.unless = context.join(' ');
    entries.push(entry);
  }
  return entries;
}

/** One plant in this many opens a sentence (capitalised). */
export const SENTENCE_START_EVERY = 8;

const capitalised = (text) => text[0].toUpperCase() + text.slice(1);

/** The glossary file (mtqa's YAML format, v1) for the given entries. */
export function glossaryYaml(entries) {
  const lines = ['# Generated by bench/generate.mjs: a synthetic glossary for the benchmark.', 'glossary: bench', 'version: 1', 'entries:'];
  for (const e of entries) {
    lines.push(`  - id: ${e.id}`, '    category: term', '    severity: warning', `    preferred: [${e.preferred}]`);
    if (e.unless === undefined) lines.push(`    avoid: ["${e.pattern}"]`);
    else lines.push('    avoid:', `      - pattern: ${e.pattern}`, `        unless: ["${e.unless}"]`);
    lines.push(`    note: Synthetic entry ${e.id}.`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The equivalent prh dictionary: one rule per entry, its literal variants as patterns, each also
 * capitalised (prh matches case-sensitively, and its own examples list case variants this way),
 * so that, like mtqa and the baselines, it finds a rendering that opens a sentence.
 */
export function prhYaml(entries) {
  const lines = ['version: 1', 'rules:'];
  for (const e of entries) {
    lines.push(`  - expected: ${e.preferred}`, '    options:', '      wordBoundary: true', '    patterns:');
    for (const v of e.variants) lines.push(`      - ${v}`, `      - ${capitalised(v)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The literal phrases of the entries, one per line (the baselines' input). */
export function phraseList(entries) {
  return `${entries.flatMap((e) => e.variants).join('\n')}\n`;
}

/**
 * A planted rendering of an entry: its text and who should find it.
 * `mtqa`: mtqa flags it; `literal`: it is one of the entry's literal variants (the baselines and
 * prh find it).
 */
function plantFor(rng, entry) {
  const ws = entry.words;
  const [first, ...rest] = ws;
  const r = rng();
  switch (entry.kind) {
    case 'literal':
      return { text: ws.join(' '), mtqa: true, literal: true };
    case 'gap':
      if (r < 0.5) return { text: ws.join(' '), mtqa: true, literal: true };
      return { text: [first, pick(rng, FILLER), pick(rng, FILLER), ...rest].join(' '), mtqa: true, literal: false };
    case 'unless':
      if (r < 0.6) return { text: ws.join(' '), mtqa: true, literal: true };
      return { text: entry.unless, mtqa: false, literal: true };
    default:
      if (r < 0.8) return { text: pick(rng, entry.variants), mtqa: true, literal: true };
      // An inflection the literal list lacks: first word -s, last word -ed.
      return { text: [`${first}s`, ...rest.slice(0, -1), `${ws[ws.length - 1]}ed`].join(' '), mtqa: true, literal: false };
  }
}

/** Entry sizes that plants are spread over, so every glossary size sees hits. */
export const TIERS = [100, 1_000, 10_000, 100_000];

/**
 * English-like text of about `bytes` bytes: paragraphs on one line each, blank lines between,
 * sentences of filler words, with one planted rendering about every `every` words (never two in
 * one sentence). One plant in {@link SENTENCE_START_EVERY} opens its sentence, capitalised as
 * news text has it (`Taking off hats was…`): every tool must find it there too. Returns the text
 * and the plants as `{entry, mtqa, literal}` (entry = index into the entries).
 */
export function generateCorpus(seed, bytes, entries, every = 150) {
  const rng = random(seed);
  const tiers = TIERS.filter((t) => t <= entries.length);
  if (tiers.length === 0 || tiers[tiers.length - 1] < entries.length) tiers.push(entries.length);
  const parts = [];
  const plants = [];
  let size = 0;
  let sinceLast = 0;
  while (size < bytes) {
    const sentences = 3 + Math.floor(rng() * 5);
    const paragraph = [];
    for (let s = 0; s < sentences; s++) {
      const n = 8 + Math.floor(rng() * 18);
      // No word repeats within two places, so the repeated-word check stays quiet on filler.
      const words = [];
      while (words.length < n) {
        const w = pick(rng, FILLER);
        if (w !== words[words.length - 1] && w !== words[words.length - 2]) words.push(w);
      }
      words[0] = words[0][0].toUpperCase() + words[0].slice(1);
      sinceLast += n;
      if (sinceLast >= every) {
        sinceLast = 0;
        const tier = pick(rng, tiers);
        const entry = Math.floor(rng() * tier);
        const plant = plantFor(rng, entries[entry]);
        if (rng() * SENTENCE_START_EVERY < 1) {
          words[0] = words[0].toLowerCase();
          words.unshift(capitalised(plant.text));
        } else {
          words.splice(1 + Math.floor(rng() * (n - 1)), 0, plant.text);
        }
        plants.push({ entry, mtqa: plant.mtqa, literal: plant.literal });
      }
      paragraph.push(`${words.join(' ')}.`);
    }
    const line = paragraph.join(' ');
    parts.push(line);
    size += line.length + 2;
  }
  return { text: `${parts.join('\n\n')}\n`, plants };
}

/** Expected hits of a glossary made of the first `size` entries (optionally only some kinds). */
export function expectedHits(plants, entries, size, kinds) {
  let mtqa = 0;
  let literal = 0;
  for (const p of plants) {
    if (p.entry >= size || (kinds !== undefined && !kinds.includes(entries[p.entry].kind))) continue;
    if (p.mtqa) mtqa++;
    if (p.literal) literal++;
  }
  return { mtqa, literal };
}
