/**
 * Suppressions written in the text itself, for any input that can hold them:
 *
 * - `<!-- mtqa-disable-next-line [rule…] -->`: findings starting on the next line;
 * - `<!-- mtqa-disable [rule…] -->` … `<!-- mtqa-enable [rule…] -->`: findings starting in between
 *   (to the end of the file when no `mtqa-enable` follows);
 * - with {@link SuppressionOptions.plainTextComments}, the same words on a line of their own that
 *   starts with `#` or `//` (for plain-text articles, where an HTML comment would be visible).
 *
 * Rules are separated by spaces or commas; none means every rule; `glossary/*` matches a prefix;
 * ` -- ` starts a reason for people (`<!-- mtqa-disable-next-line glossary/x -- quoted speech -->`).
 * A bare `mtqa-enable` ends every open block, `mtqa-enable rule` only that rule's block.
 * A directive that suppressed nothing becomes an `info` finding (`unused-suppression`) so that
 * stale ones get removed. Pure: text in, findings out.
 */
import type { Finding, RawFinding } from './finding.js';
import type { RuleDescriptor } from './rule.js';
import type { SourceText } from './source-text.js';

/** The rule id of a suppression that suppressed nothing. */
export const UNUSED_SUPPRESSION = 'unused-suppression';

/** How the rule is described to reporters (SARIF rules, etc.). */
export const UNUSED_SUPPRESSION_RULE: Omit<RuleDescriptor, 'defaultSeverity' | 'enabled'> = {
  id: UNUSED_SUPPRESSION,
  name: UNUSED_SUPPRESSION,
  shortDescription: 'An mtqa-disable comment that suppressed no finding.',
  fullDescription: 'An `mtqa-disable`, `mtqa-disable-next-line` or `mtqa-enable` comment that suppressed no finding: the problem it was written for is gone, or the rule id is misspelt.',
  help: 'Remove the comment, or correct the rule id it names.',
  category: 'suppression',
  fixable: false,
};

export interface SuppressionOptions {
  /** Also accept directives on lines starting with `#` or `//` (plain-text inputs). */
  plainTextComments?: boolean;
}

export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable';

export interface SuppressionDirective {
  kind: DirectiveKind;
  /** Rule ids or `prefix/*` patterns; empty means every rule. */
  rules: string[];
  /** 0-based UTF-16 offsets of the whole comment, end exclusive. */
  start: number;
  end: number;
}

const HTML_DIRECTIVE = /<!--[ \t]*mtqa-(disable-next-line|disable|enable)(?![\w-])([^]*?)-->/g;
const LINE_DIRECTIVE = /^[ \t]*(?:#|\/\/)[ \t]*mtqa-(disable-next-line|disable|enable)(?![\w-])([^\r\n]*)/gm;

/** The rules of a directive: words up to an optional ` -- reason`. */
function ruleList(raw: string): string[] {
  return raw
    .replace(/(?:^|\s)--(?:\s[^]*)?$/, '')
    .split(/[\s,]+/)
    .filter((r) => r !== '');
}

/** The directives in a text, in order of position. */
export function parseDirectives(text: string, options: SuppressionOptions = {}): SuppressionDirective[] {
  const found: SuppressionDirective[] = [];
  for (const m of text.matchAll(HTML_DIRECTIVE)) {
    found.push({ kind: m[1] as DirectiveKind, rules: ruleList(m[2] ?? ''), start: m.index, end: m.index + m[0].length });
  }
  if (options.plainTextComments === true) {
    for (const m of text.matchAll(LINE_DIRECTIVE)) {
      const lead = m[0].length - m[0].trimStart().length;
      found.push({ kind: m[1] as DirectiveKind, rules: ruleList(m[2] ?? ''), start: m.index + lead, end: m.index + m[0].trimEnd().length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whether a directive's rule pattern covers a rule id. */
export function ruleMatches(pattern: string, ruleId: string): boolean {
  if (pattern === '*' || pattern === ruleId) return true;
  return pattern.endsWith('*') && ruleId.startsWith(pattern.slice(0, -1));
}

/** One rule's suppressed range, owned by a directive. */
interface Region {
  directive: number;
  rule: string;
  start: number;
  end: number;
  used: boolean;
}

function regions(source: SourceText, directives: readonly SuppressionDirective[]): { regions: Region[]; idleEnables: number[] } {
  const out: Region[] = [];
  const open: Region[] = [];
  const idleEnables: number[] = [];
  directives.forEach((d, i) => {
    const keys = d.rules.length === 0 ? ['*'] : d.rules;
    if (d.kind === 'disable-next-line') {
      const line = source.positionAt(d.end).line + 1;
      if (line > source.lineCount) {
        for (const rule of keys) out.push({ directive: i, rule, start: source.text.length, end: source.text.length, used: false });
        return;
      }
      for (const rule of keys) out.push({ directive: i, rule, start: source.lineStart(line), end: source.lineEnd(line) + 1, used: false });
    } else if (d.kind === 'disable') {
      for (const rule of keys) {
        const region: Region = { directive: i, rule, start: d.end, end: source.text.length + 1, used: false };
        out.push(region);
        open.push(region);
      }
    } else {
      let closed = 0;
      for (let k = open.length - 1; k >= 0; k--) {
        const region = open[k] as Region;
        if (d.rules.length === 0 || d.rules.includes(region.rule)) {
          region.end = d.start;
          open.splice(k, 1);
          closed++;
        }
      }
      if (closed === 0) idleEnables.push(i);
    }
  });
  return { regions: out, idleEnables };
}

function directiveText(d: SuppressionDirective): string {
  return `mtqa-${d.kind}${d.rules.length > 0 ? ` ${d.rules.join(' ')}` : ''}`;
}

/**
 * Drops the findings the directives suppress and reports each directive (or each of its rules)
 * that suppressed nothing, and each `mtqa-enable` that ends no block.
 */
export function applySuppressions(source: SourceText, findings: readonly Finding[], directives: readonly SuppressionDirective[]): { kept: Finding[]; unused: RawFinding[] } {
  if (directives.length === 0) return { kept: [...findings], unused: [] };
  const { regions: all, idleEnables } = regions(source, directives);
  const kept: Finding[] = [];
  for (const f of findings) {
    let suppressed = false;
    for (const r of all) {
      if (f.start >= r.start && f.start < r.end && ruleMatches(r.rule, f.ruleId)) {
        r.used = true;
        suppressed = true;
      }
    }
    if (!suppressed) kept.push(f);
  }
  const unused: RawFinding[] = [];
  const report = (d: SuppressionDirective, message: string): void => {
    unused.push({ ruleId: UNUSED_SUPPRESSION, severity: 'info', category: 'suppression', start: d.start, end: d.end, message, suggestions: [], fix: null, origin: 'check' });
  };
  directives.forEach((d, i) => {
    if (d.kind === 'enable') {
      if (idleEnables.includes(i)) report(d, `Suppression \`${directiveText(d)}\` ends no \`mtqa-disable\` block: remove it.`);
      return;
    }
    const mine = all.filter((r) => r.directive === i);
    const idle = mine.filter((r) => !r.used);
    if (idle.length === mine.length) report(d, `Suppression \`${directiveText(d)}\` suppressed nothing: remove it.`);
    else if (idle.length > 0) report(d, `Suppression \`${directiveText(d)}\` suppressed nothing for ${idle.map((r) => `\`${r.rule}\``).join(', ')}: remove ${idle.length === 1 ? 'that rule' : 'those rules'} from it.`);
  });
  return { kept, unused };
}
