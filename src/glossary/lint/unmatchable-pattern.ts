/**
 * Patterns that parse but can never match: punctuation inside a word of the pattern that the
 * tokenizer treats as a sentence or clause break (`U.S.`, `policy:reform`, `a—b`), since matches
 * never cross a break. (Words with no letters or digits, empty alternatives and oversized gaps
 * are rejected by the pattern parser and reported as invalid patterns.)
 */
import { isHardBreak, tokenize } from '../../core/tokens.js';
import { avoidPath, positionIn, type GlossaryLintRule, type LintReport, type LintSubject } from './lint-rule.js';

/** The 0-based offset and text of the first break inside a word of the pattern, if any. */
export function breakInsidePattern(pattern: string): { offset: number; punctuation: string; word: string } | undefined {
  for (const m of pattern.matchAll(/[^\s()[\]{}|]+/g)) {
    const word = m[0];
    const tokens = tokenize(word);
    for (let t = 1; t < tokens.count; t++) {
      const gapStart = tokens.ends[t - 1] as number;
      const gap = word.slice(gapStart, tokens.starts[t]);
      if (isHardBreak(gap)) return { offset: (m.index ?? 0) + gapStart, punctuation: gap, word };
    }
  }
  return undefined;
}

function report(subject: LintSubject, path: (string | number)[], pattern: string, kind: string): LintReport | undefined {
  const found = breakInsidePattern(pattern);
  if (found === undefined) return undefined;
  return {
    at: positionIn(subject, path, found.offset),
    message: `${kind} \`${pattern}\` can never match: \`${found.punctuation}\` in \`${found.word}\` is a sentence or clause break in the text, and matches never cross one; remove the punctuation or split the pattern`,
  };
}

export const unmatchablePattern: GlossaryLintRule = {
  id: 'unmatchable-pattern',
  description: 'A pattern that can never match (punctuation the tokenizer treats as a break).',
  severity: 'error',
  check(ctx) {
    const reports: (LintReport | undefined)[] = [];
    for (const subject of ctx.subjects) {
      subject.entry.avoid.forEach((avoid, a) => {
        reports.push(report(subject, avoidPath(subject, a), avoid.pattern, 'avoid pattern'));
        avoid.unless.forEach((u, k) => reports.push(report(subject, ['avoid', a, 'unless', k], u, '`unless` pattern')));
      });
      subject.entry.unless.forEach((u, k) => reports.push(report(subject, ['unless', k], u, '`unless` pattern')));
    }
    return reports.filter((r): r is LintReport => r !== undefined);
  },
};
