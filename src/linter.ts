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
  /** Severity overrides by rule id (or `prefix/*`). */
  severityOverrides?: ReadonlyMap<string, Severity>;
  /**
   * Ranges that are not prose, found by the input format (markup, code); findings inside them are
   * dropped. Offsets are into the text given to {@link lintText}.
   */
  excluded?: readonly Range[];
}

function inside(ranges: readonly Range[], f: RawFinding): boolean {
  for (const r of ranges) if (f.start >= r.start && f.end <= r.end) return true;
  return false;
}

/** Whether a rule id is turned off by `disabledRules` (exact id, or `prefix/*`). */
export function ruleDisabled(ruleId: string, rules: ReadonlySet<string> | undefined): boolean {
  if (rules === undefined || rules.size === 0) return false;
  if (rules.has(ruleId)) return true;
  const slash = ruleId.indexOf('/');
  return slash > 0 && rules.has(`${ruleId.slice(0, slash)}/*`);
}

/** The severity override for a rule id: its own, else its `prefix/*` one. */
export function severityOverride(ruleId: string, overrides: ReadonlyMap<string, Severity> | undefined): Severity | undefined {
  if (overrides === undefined || overrides.size === 0) return undefined;
  const slash = ruleId.indexOf('/');
  return overrides.get(ruleId) ?? (slash > 0 ? overrides.get(`${ruleId.slice(0, slash)}/*`) : undefined);
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
  for (const check of ordered) {
    const found = check.check({ source, tokens, glossary, excluded });
    for (const f of found) {
      if (check.excludesProse !== true && inside(excluded, f)) continue;
      raw.push(f);
    }
    if (check.excludesProse === true) for (const f of found) excluded.push({ start: f.start, end: f.end });
  }
  const out: Finding[] = [];
  const glossaryFindings = raw.filter((f) => f.ruleId.startsWith('glossary/'));
  for (const f of raw) {
    // A generic check saying the same thing as a glossary entry about the same words is noise.
    if (!f.ruleId.startsWith('glossary/') && glossaryFindings.some((g) => g.category === f.category && g.start <= f.start && g.end >= f.end)) continue;
    if (ruleDisabled(f.ruleId, options.disabledRules)) continue;
    const severity = severityOverride(f.ruleId, options.severityOverrides);
    out.push(locate(source, severity === undefined ? f : { ...f, severity }));
  }
  return out.sort(compareFindings);
}
