/**
 * Web-page furniture that a scraper carried into the article: comment widgets, share bars,
 * "Friendly Links", licence and ICP numbers, copyright and hotline lines. Judged line by line:
 * a short line that carries one of these signals is furniture; prose lines never are.
 */
import type { RawFinding } from '../core/finding.js';
import type { Check, CheckContext } from './check.js';

/** Longest line (in UTF-16 code units) that may be judged furniture. */
const MAX_LINE = 200;

const SPACE = /\s/;

/** Signals, each a pattern over one trimmed line, with what to call the furniture. */
const SIGNALS: { kind: string; re: RegExp; maxLength?: number }[] = [
  { kind: 'comment widget', re: /\bno comments? yet\b|\bgrab the sofa\b|\bclick to view (?:more|all)\b|\b(?:most popular|latest|hot|newest|all) comments?$|\bpost (?:a|your) comment\b|\bwrite (?:a|your) comment\b|\bcomments?\b.*\bparticipa(?:tion|nts?)\b|\bparticipa(?:tion|nts?)\b.*\bcomments?\b|\b(?:log|sign) ?in to comment\b|^comments?\s*\(?\d*\)?$/i, maxLength: 100 },
  { kind: 'share bar', re: /^(?:share(?: (?:to|this|on))?|print|favou?rite|collect|font size)\s*[:：]?(?:\s*(?:wechat|weibo|qq(?: space)?|facebook|twitter|linkedin|email|print)\b[\s,|/]*)*$/i, maxLength: 80 },
  { kind: 'link list', re: /^(?:friendly|related|useful|partner) links?\s*[:：]?$|^related (?:news|articles|reading|stories)\s*[:：]?$/i },
  { kind: 'licence or ICP number', re: /\bICP\b|ICP\s*(?:bei|备)|\blicen[cs]e\b.*[:：]\s*[\w(（]|\blicen[cs]e no\b|\bpolice (?:case|record|filing)\b|公网安备|\bpublic security (?:record|filing)\b|\bwangchangzheng\b/i },
  { kind: 'copyright line', re: /\ball rights reserved\b|^copyright\b|©|\(c\)\s*\d{4}/i },
  { kind: 'contact line', re: /\b(?:report(?:ing)?|complaint|tip-?off)s? (?:hotline|phone|telephone|tel|e-?mail)\b|^(?:hotline|tel|fax|e-?mail)\s*[:：]/i },
  { kind: 'navigation', re: /^(?:back to top|return to (?:top|home(?:page)?)|home\s*[>»]|previous article|next article|scan (?:the )?qr code\b|follow us\b)/i },
  { kind: 'editor line', re: /^(?:responsible editor|editor in charge|\[?editor)\s*[:：]/i },
];

/** Why a line is furniture, or null when it reads as prose. */
export function furnitureKind(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_LINE) return null;
  for (const signal of SIGNALS) {
    if (trimmed.length <= (signal.maxLength ?? MAX_LINE) && signal.re.test(trimmed)) return signal.kind;
  }
  return null;
}

export const pageFurniture: Check = {
  id: 'page-furniture',
  description: 'Web-page furniture that is not article text (comment widgets, share bars, links, licence/ICP, copyright, hotlines).',
  category: 'boilerplate',
  defaultSeverity: 'error',
  fixable: true,
  excludesProse: true,
  check(ctx: CheckContext): RawFinding[] {
    const { source } = ctx;
    const text = source.text;
    const findings: RawFinding[] = [];
    for (let line = 1; line <= source.lineCount; line++) {
      const lineStart = source.lineStart(line);
      const lineEnd = source.lineEnd(line);
      // Prose paragraphs are long: leave them without slicing (only a line padded with much white space could still qualify).
      if (lineEnd - lineStart > MAX_LINE && !SPACE.test(text[lineStart] as string) && !SPACE.test(text[lineEnd - 1] as string)) continue;
      const content = text.slice(lineStart, lineEnd);
      const kind = furnitureKind(content);
      if (kind === null) continue;
      const start = lineStart + (content.length - content.trimStart().length);
      const end = lineEnd - (content.length - content.trimEnd().length);
      // The fix removes the line, its break and the blank lines after it, so no gap is left.
      let next = line + 1;
      while (next <= source.lineCount && text.slice(source.lineStart(next), source.lineEnd(next)).trim() === '' && next < source.lineCount) next++;
      const fixEnd = next <= source.lineCount ? source.lineStart(next) : text.length;
      const shown = text.slice(start, end);
      findings.push({
        ruleId: 'page-furniture',
        severity: 'error',
        category: 'boilerplate',
        start,
        end,
        message: `Page furniture (${kind}), not article text: delete \`${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown}\`.`,
        suggestions: [''],
        fix: { start: lineStart, end: fixEnd, text: '' },
        origin: 'check',
      });
    }
    return findings;
  },
};
