/**
 * Runs the checks over one text and returns its findings, with lines and columns derived from the
 * one line index. Pure: no file system, no network, no argv.
 *
 * Plain text is checked as it is ({@link lintText}). Other formats are checked through their prose
 * view ({@link lintDocument}): the checks read the prose, and every finding, fix and place is
 * mapped back to the file as written before line and column are derived from the file's
 * {@link SourceText}.
 */
import { BUILTIN_CHECKS, type Check, type Range } from './checks/index.js';
import type { Edit } from './core/finding.js';
import { compareFindings, type Finding, type RawFinding, type Severity } from './core/finding.js';
import type { CompiledGlossary } from './core/glossary.js';
import type { Segment } from './core/segment.js';
import { SourceText, type Position } from './core/source-text.js';
import { tokenize } from './core/tokens.js';
import type { ProseView } from './formats/prose-view.js';

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

interface RunInput {
  source: SourceText;
  glossary: CompiledGlossary;
  options: LintOptions;
  /** Ranges no finding may lie in (code, URLs). */
  notProse: readonly Range[];
  /** Ranges only the prose-excluding checks (page furniture) look at. */
  furniture: readonly Range[];
  segments?: readonly Segment[];
  place(offset: number): Position;
}

/** Runs the checks; findings come back in the checked text's offsets, unsorted and unlocated. */
function runChecks(input: RunInput): RawFinding[] {
  const { source, glossary, options } = input;
  const checks = options.checks ?? BUILTIN_CHECKS;
  const tokens = tokenize(source.text);
  const excluded: Range[] = [...input.notProse, ...input.furniture];
  const raw: RawFinding[] = [];
  const ordered = [...checks.filter((c) => c.excludesProse === true), ...checks.filter((c) => c.excludesProse !== true)];
  const notProse = insideAny(input.notProse);
  let inside = insideAny(excluded);
  for (const check of ordered) {
    const context = { source, tokens, glossary, excluded, place: input.place, ...(input.segments === undefined ? {} : { segments: input.segments }) };
    const found = check.check(context);
    if (check.excludesProse === true) {
      for (const f of found) if (!notProse(f)) raw.push(f);
      for (const f of found) excluded.push({ start: f.start, end: f.end });
      inside = insideAny(excluded);
      continue;
    }
    for (const f of found) if (!inside(f)) raw.push(f);
  }
  // A generic check saying the same thing as a glossary entry about the same words is noise.
  const glossaryRanges = new Map<string, Range[]>();
  for (const f of raw) {
    if (!f.ruleId.startsWith('glossary/')) continue;
    const list = glossaryRanges.get(f.category);
    if (list === undefined) glossaryRanges.set(f.category, [f]);
    else list.push(f);
  }
  const coveredIn = new Map([...glossaryRanges].map(([category, ranges]) => [category, insideAny(ranges)] as const));
  return raw.filter((f) => {
    if (ruleDisabled(f.ruleId, options.disabledRules)) return false;
    return f.ruleId.startsWith('glossary/') || coveredIn.get(f.category)?.(f) !== true;
  });
}

function finish(raw: readonly RawFinding[], file: SourceText, options: LintOptions): Finding[] {
  return raw
    .map((f) => {
      const severity = severityOverride(f.ruleId, options.severityOverrides);
      return locate(file, severity === undefined ? f : { ...f, severity });
    })
    .sort(compareFindings);
}

/** Checks one plain text; findings come back sorted by position. */
export function lintText(source: SourceText, glossary: CompiledGlossary, options: LintOptions = {}): Finding[] {
  const raw = runChecks({ source, glossary, options, notProse: [], furniture: options.excluded ?? [], place: (offset) => source.positionAt(offset) });
  return finish(raw, source, options);
}

function trimmed(text: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}

/** A file range widened to whole lines when nothing but white space shares its lines. */
function wholeLines(file: string, range: Range): Range {
  let start = range.start;
  while (start > 0 && (file[start - 1] === ' ' || file[start - 1] === '\t')) start--;
  let end = range.end;
  while (end < file.length && (file[end] === ' ' || file[end] === '\t')) end++;
  const lineStartOk = start === 0 || file[start - 1] === '\n';
  if (end < file.length && file[end] === '\r') end++;
  const lineEndOk = end === file.length || file[end] === '\n';
  if (!lineStartOk || !lineEndOk) return range;
  return { start, end: end < file.length ? end + 1 : end };
}

/** Maps a prose fix back to the file: a whole-block deletion deletes its element; otherwise edits within one node. */
function mapFix(view: ProseView, file: string, finding: RawFinding): Edit | null {
  const fix = finding.fix;
  if (fix === null) return null;
  if (fix.text === '' && view.blocks.length > 0) {
    const want = trimmed(view.prose, fix);
    const block = view.blocks.find((b) => {
      const t = trimmed(view.prose, b.prose);
      return t.start === want.start && t.end === want.end;
    });
    if (block !== undefined) return { ...wholeLines(file, block.file), text: '' };
  }
  return view.map.editFor(fix, view.prose.slice(fix.start, fix.end));
}

/** Page-furniture findings for the lines of structural furniture that no line signal caught. */
function structuralFurniture(view: ProseView, prose: SourceText, caught: readonly RawFinding[]): RawFinding[] {
  const out: RawFinding[] = [];
  for (const region of view.furniture) {
    const first = prose.positionAt(region.prose.start).line;
    const last = prose.positionAt(region.prose.end).line;
    for (let line = first; line <= last; line++) {
      const range = trimmed(view.prose, { start: Math.max(prose.lineStart(line), region.prose.start), end: Math.min(prose.lineEnd(line), region.prose.end) });
      if (range.end <= range.start || !/[\p{L}\p{N}]/u.test(view.prose.slice(range.start, range.end))) continue;
      if (caught.some((f) => f.start < range.end && range.start < f.end) || out.some((f) => f.start < range.end && range.start < f.end)) continue;
      const shown = view.prose.slice(range.start, range.end).replace(/\s+/g, ' ');
      out.push({
        ruleId: 'page-furniture',
        severity: 'error',
        category: 'boilerplate',
        start: range.start,
        end: range.end,
        message: `Page furniture (${region.kind}), not article text: delete \`${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown}\`.`,
        suggestions: [''],
        fix: { start: range.start, end: range.end, text: '' },
        origin: 'check',
      });
    }
  }
  return out;
}

/**
 * Checks a file through its prose view. Findings' offsets, fixes, lines and columns point into
 * `file` (the file as written); a fix that would have to move markup becomes a suggestion
 * (`fix: null`).
 */
export function lintDocument(file: SourceText, view: ProseView, glossary: CompiledGlossary, options: LintOptions = {}): Finding[] {
  const prose = view.prose === file.text ? file : new SourceText(view.prose);
  const furniture = view.furniture.map((r) => r.prose);
  const place = (offset: number): Position => file.positionAt(view.map.fileStart(offset));
  const raw = runChecks({ source: prose, glossary, options, notProse: [...view.excluded, ...(options.excluded ?? [])], furniture, place, ...(view.segments === undefined ? {} : { segments: view.segments }) });
  if (!ruleDisabled('page-furniture', options.disabledRules)) raw.push(...structuralFurniture(view, prose, raw.filter((f) => f.ruleId === 'page-furniture')));
  if (view.format === 'text' || view.format === 'aligned-text') {
    // The file is its own prose: nothing to map.
    return finish(raw, file, options);
  }
  const mapped = raw.map((f): RawFinding => {
    const range = view.map.toFile(f.start, f.end);
    return { ...f, start: range.start, end: range.end, fix: mapFix(view, file.text, f) };
  });
  return finish(mapped, file, options);
}
