/**
 * Words repeated by mistake: a doubled word ("the the"), or a word joined to itself by a small
 * connective ("missing or missing", "fight the fight"), which in machine translation usually marks
 * two different source words collapsed into one English word. Idiomatic repetitions ("more and
 * more", "step by step", "had had") are left alone.
 */
import type { RawFinding } from '../core/finding.js';
import { LEXICON } from '../core/lexicon.js';
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
    for (let i = 0; i + 1 < tokens.count; i++) {
      if (tokens.breakBefore[i + 1] === 1) continue;
      const first = text.charCodeAt(tokens.starts[i] as number);
      if (first >= 0x30 && first <= 0x39) continue;
      const a = word[i] as number;
      const b = word[i + 1] as number;
      // Cheap filter first: past a doubled word, a finding needs a connective (3 letters at most) next.
      if (a !== b && (tokens.ends[i + 1] as number) - (tokens.starts[i + 1] as number) > 3) continue;
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
        i = last - 1;
        continue;
      }
      if (!CONNECTIVES.has(b) || i + 2 >= tokens.count || tokens.breakBefore[i + 2] === 1) continue;
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
