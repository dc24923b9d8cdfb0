/**
 * Words repeated by mistake: a doubled word ("the the"), or a word joined to itself by a small
 * connective ("missing or missing", "fight the fight"), which in machine translation usually marks
 * two different source words collapsed into one English word. Idiomatic repetitions ("more and
 * more", "step by step", "had had") are left alone.
 */
import type { RawFinding } from '../core/finding.js';
import { inflectionKey } from '../core/inflection.js';
import type { Check, CheckContext } from './check.js';

/** Doubled words that are grammatical English. */
const DOUBLING_OK = new Set(['that', 'had', 'is', 'do', 'bye', 'very', 'so', 'no', 'ha', 'knock', 'tut', 'well', 'now', 'far', 'many']);
/** Connectives whose `X conn X` form is a translation slip, not an idiom. */
const CONNECTIVES = new Set(['or', 'and', 'the', 'a', 'an', 'nor']);
/** Words whose `X and X` form is idiomatic (more and more, again and again, on and on). */
const AND_IDIOMATIC = new Set(['more', 'less', 'again', 'over', 'on', 'round', 'around', 'through', 'up', 'down', 'out', 'back', 'forth', 'by', 'year', 'day', 'time', 'side', 'bit', 'little', 'far', 'wide', 'high', 'low', 'miles', 'ever', 'better', 'worse', 'fewer', 'further', 'farther', 'higher', 'lower', 'bigger', 'larger', 'smaller', 'stronger', 'faster', 'slower', 'louder', 'closer', 'deeper', 'wider', 'longer', 'richer', 'poorer', 'harder']);

export const repeatedWords: Check = {
  id: 'repeated-word',
  description: 'A word or phrase repeated by mistake ("the the", "missing or missing", "fight the fight").',
  category: 'fluency',
  defaultSeverity: 'warning',
  fixable: true,
  check(ctx: CheckContext): RawFinding[] {
    const { tokens } = ctx;
    const text = ctx.source.text;
    const lower = (i: number): string => text.slice(tokens.starts[i], tokens.ends[i]).toLowerCase();
    const findings: RawFinding[] = [];
    for (let i = 0; i + 1 < tokens.count; i++) {
      if (tokens.breakBefore[i + 1] === 1) continue;
      const a = lower(i);
      if (/^\d/.test(a)) continue;
      const b = lower(i + 1);
      const start = tokens.starts[i] as number;
      if (a === b && !DOUBLING_OK.has(a) && /^\s+$/.test(text.slice(tokens.ends[i], tokens.starts[i + 1]))) {
        // Take the whole run ("the the the"), so one fix removes every extra copy.
        let last = i + 1;
        while (last + 1 < tokens.count && tokens.breakBefore[last + 1] === 0 && lower(last + 1) === a && /^\s+$/.test(text.slice(tokens.ends[last], tokens.starts[last + 1]))) last++;
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
      if (i + 2 >= tokens.count || tokens.breakBefore[i + 2] === 1 || !CONNECTIVES.has(b)) continue;
      const c = lower(i + 2);
      if (a === b || inflectionKey(a) !== inflectionKey(c)) continue;
      if (b === 'and' && (AND_IDIOMATIC.has(a) || /er$/.test(a))) continue;
      if (a === 'the' || a === 'a' || a === 'an') continue;
      const end = tokens.ends[i + 2] as number;
      const phrase = text.slice(start, end);
      const single = text.slice(start, tokens.ends[i]);
      const articleForm = b === 'the' || b === 'a' || b === 'an';
      findings.push({
        ruleId: 'repeated-word',
        severity: 'warning',
        category: 'fluency',
        start,
        end,
        message: articleForm
          ? `Repeated word in \`${phrase}\`: use a different verb or noun (e.g. \`wage the ${c}\`, \`carry out the ${c}\`).`
          : `Repeated word in \`${phrase}\`: the source probably had two different words; say each once (\`${single}\`) or name both.`,
        suggestions: articleForm ? [] : [single],
        fix: null,
        origin: 'check',
      });
    }
    return findings;
  },
};
