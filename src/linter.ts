/**
 * Runs the checks over one text and returns its findings, with lines and columns derived from the
 * one line index. Pure: no file system, no network, no argv.
 */
import { BUILTIN_CHECKS, type Check, type Range } from './checks/index.js';
import { compareFindings, type Finding, type RawFinding, type Severity } from './core/finding.js';
import type { CompiledGlossary } from './core/glossary.js';
import { SourceText } from './core/source-text.js';
import { tokenize } from './core/tokens.js';

export interface LintOptions {
  /** Checks to run (default: every built-in check). */
  checks?: readonly Check[];
  /** Rule ids (or `glossary/*`-style prefixes ending in `/`) that are turned off. */
  disabledRules?: ReadonlySet<string>;
  /** Severity overrides by rule id. */
  severityOverrides?: ReadonlyMap<string, Severity>;
  /**
   * Ranges that are not prose, found by the input format (markup, code); findings inside them are
   * dropped. Offsets are into the text given to {@link lintText}.
   */
  excluded?: readonly Range[];
}

/**
 * A test for "inside one of these ranges" in O(log n) per finding: ranges sorted by start, with
 * the largest end among each prefix, so the range reaching furthest among those starting at or
 * before a finding decides.
 */
export function insideAny(ranges: readonly Range[]): (f: Range) => boolean {
  if (ranges.length === 0) return () => false;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const starts = sorted.map((r) => r.start);
  const reach: number[] = [];
  let furthest = -1;
  for (const r of sorted) reach.push((furthest = Math.max(furthest, r.end)));
  return (f) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) <= f.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (reach[lo - 1] as number) >= f.end;
  };
}

function disabled(ruleId: string, rules: ReadonlySet<string> | undefined): boolean {
  if (rules === undefined || rules.size === 0) return false;
  if (rules.has(ruleId)) return true;
  const slash = ruleId.indexOf('/');
  return slash > 0 && rules.has(`${ruleId.slice(0, slash)}/*`);
}

/** Adds line, column and the matched text to a raw finding. */
export function locate(source: SourceText, raw: RawFinding): Finding {
  const start = source.positionAt(raw.start);
  const end = source.positionAt(raw.end);
  const { ruleId, severity, category, message, suggestions, fix, start: _start, end: _end, ...rest } = raw;
  return {
    ruleId,
    severity,
    category,
    start: raw.start,
    end: raw.end,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    text: source.text.slice(raw.start, raw.end),
    message,
    suggestions,
    fix,
    ...rest,
  };
}

/** Checks one text; findings come back sorted by position. */
export function lintText(source: SourceText, glossary: CompiledGlossary, options: LintOptions = {}): Finding[] {
  const checks = options.checks ?? BUILTIN_CHECKS;
  const tokens = tokenize(source.text);
  const excluded: Range[] = [...(options.excluded ?? [])];
  const raw: RawFinding[] = [];
  const ordered = [...checks.filter((c) => c.excludesProse === true), ...checks.filter((c) => c.excludesProse !== true)];
  let inside = insideAny(excluded);
  for (const check of ordered) {
    const found = check.check({ source, tokens, glossary, excluded });
    if (check.excludesProse === true) {
      raw.push(...found);
      for (const f of found) excluded.push({ start: f.start, end: f.end });
      inside = insideAny(excluded);
      continue;
    }
    for (const f of found) if (!inside(f)) raw.push(f);
  }
  const out: Finding[] = [];
  for (const f of raw) {
    if (disabled(f.ruleId, options.disabledRules)) continue;
    const severity = options.severityOverrides?.get(f.ruleId);
    out.push(locate(source, severity === undefined ? f : { ...f, severity }));
  }
  return out.sort(compareFindings);
}
