/**
 * Words repeated by mistake: a doubled word ("the the"), or a word joined to itself by a small
 * connective ("missing or missing", "fight the fight"), which in machine translation usually marks
 * two different source words collapsed into one English word. Idiomatic repetitions ("more and
 * more", "step by step", "had had") are left alone.
 */
import type { RawFinding } from '../core/finding.js';
import { LEXICON } from '../core/lexicon.js';
import type { Tokens } from '../core/tokens.js';
import type { Check, CheckContext } from './check.js';

/** Doubled words that are grammatical English. */
const DOUBLING_OK = ids(['that', 'had', 'is', 'do', 'bye', 'very', 'so', 'no', 'ha', 'knock', 'tut', 'well', 'now', 'far', 'many']);
/** Connectives whose `X conn X` form is a translation slip, not an idiom. */
const CONNECTIVES = ids(['or', 'and', 'the', 'a', 'an', 'nor']);
/** Articles: `X the X` asks for a different verb or noun. */
const ARTICLES = ids(['the', 'a', 'an']);
const AND = LEXICON.idOfWord('and');
/** Words whose `X and X` form is idiomatic (more and more, again and again, on and on). */
const AND_IDIOMATIC = ids(['more', 'less', 'again', 'over', 'on', 'round', 'around', 'through', 'up', 'down', 'out', 'back', 'forth', 'by', 'year', 'day', 'time', 'side', 'bit', 'little', 'far', 'wide', 'high', 'low', 'miles', 'ever', 'better', 'worse', 'fewer', 'further', 'farther', 'higher', 'lower', 'bigger', 'larger', 'smaller', 'stronger', 'faster', 'slower', 'louder', 'closer', 'deeper', 'wider', 'longer', 'richer', 'poorer', 'harder']);

/** The lexicon ids of some words: the check compares the tokens' word ids, not their text. */
function ids(words: string[]): Set<number> {
  return new Set(words.map((w) => LEXICON.idOfWord(w)));
}

/** 1 at the lexicon id of each connective (ids past its end are not connectives). */
const IS_CONNECTIVE = new Uint8Array(Math.max(...CONNECTIVES) + 1);
for (const id of CONNECTIVES) IS_CONNECTIVE[id] = 1;

/** Whether token `i` is followed by a connective and a third word, none behind a hard break. */
function connectiveNext(tokens: Tokens, i: number): boolean {
  const b = tokens.word[i + 1] as number;
  return b < IS_CONNECTIVE.length && IS_CONNECTIVE[b] === 1 && i + 2 < tokens.count && tokens.breakBefore[i + 2] === 0;
}

/**
 * The tokens i that may start a finding: the same word next (`the the`), or a connective next and
 * a third word after it (`X or Y`). Integer tests only, so this pass over every token is compiled
 * once and runs at full speed; the few candidates are examined one by one.
 */
function candidates(tokens: Tokens, text: string): Int32Array {
  const { word, breakBefore, starts, count } = tokens;
  const out = new Int32Array(count);
  let n = 0;
  for (let i = 0; i + 1 < count; i++) {
    if (breakBefore[i + 1] === 1) continue;
    const a = word[i] as number;
    const b = word[i + 1] as number;
    if (a !== b && !connectiveNext(tokens, i)) continue;
    const first = text.charCodeAt(starts[i] as number);
    if (first >= 0x30 && first <= 0x39) continue;
    out[n++] = i;
  }
  return out.subarray(0, n);
}

export const repeatedWords: Check = {
  id: 'repeated-word',
  description: 'A word or phrase repeated by mistake ("the the", "missing or missing", "fight the fight").',
  category: 'fluency',
  defaultSeverity: 'warning',
  fixable: true,
  check(ctx: CheckContext): RawFinding[] {
    const { tokens } = ctx;
    const text = ctx.source.text;
    const word = tokens.word;
    const findings: RawFinding[] = [];
    // A doubled run is reported whole; candidates inside it are skipped.
    let skipUntil = 0;
    for (const i of candidates(tokens, text)) {
      if (i < skipUntil) continue;
      const a = word[i] as number;
      const b = word[i + 1] as number;
      const start = tokens.starts[i] as number;
      if (a === b && !DOUBLING_OK.has(a) && /^\s+$/.test(text.slice(tokens.ends[i], tokens.starts[i + 1]))) {
        // Take the whole run ("the the the"), so one fix removes every extra copy.
        let last = i + 1;
        while (last + 1 < tokens.count && tokens.breakBefore[last + 1] === 0 && word[last + 1] === a && /^\s+$/.test(text.slice(tokens.ends[last], tokens.starts[last + 1]))) last++;
        const end = tokens.ends[last] as number;
        const kept = text.slice(start, tokens.ends[i]);
        findings.push({
          ruleId: 'repeated-word',
          severity: 'error',
          category: 'fluency',
          start,
          end,
          message: `Doubled word \`${text.slice(start, end)}\`: write \`${kept}\` once.`,
          suggestions: [kept],
          fix: { start, end, text: kept },
          origin: 'check',
        });
        skipUntil = last;
        continue;
      }
      if (!connectiveNext(tokens, i)) continue;
      const c = word[i + 2] as number;
      if (a === b || LEXICON.inflectionKey(a) !== LEXICON.inflectionKey(c)) continue;
      if (b === AND && (AND_IDIOMATIC.has(a) || LEXICON.word(a).endsWith('er'))) continue;
      if (ARTICLES.has(a)) continue;
      const end = tokens.ends[i + 2] as number;
      const phrase = text.slice(start, end);
      const single = text.slice(start, tokens.ends[i]);
      const articleForm = ARTICLES.has(b);
      findings.push({
        ruleId: 'repeated-word',
        severity: 'warning',
        category: 'fluency',
        start,
        end,
        message: articleForm
          ? `Repeated word in \`${phrase}\`: use a different verb or noun (e.g. \`wage the ${LEXICON.word(c)}\`, \`carry out the ${LEXICON.word(c)}\`).`
          : `Repeated word in \`${phrase}\`: the source probably had two different words; say each once (\`${single}\`) or name both.`,
        suggestions: articleForm ? [] : [single],
        fix: null,
        origin: 'check',
      });
    }
    return findings;
  },
};
