/**
 * Vale `substitution` rules (`extends: substitution`, `swap: {avoided: preferred}`) as glossary
 * entries: one entry per distinct replacement, its swap keys as avoid patterns. Vale keys are
 * regular expressions; the subset that has a pattern equivalent is converted (words, `(a|b)`,
 * `(?:a|b)`, an optional group `(…)?`, `\s`, `\b`, a plural `s?`), and any other key is left out
 * with a warning naming its line.
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Severity } from '../../core/finding.js';
import { normaliseEntryData, type EntryData } from '../entry-data.js';
import { isValidPattern, uniqueId } from './imported-entry.js';
import { InterchangeError, type ImportDefaults, type ImportResult } from './interchange-error.js';

const LEVELS: Record<string, Severity> = { error: 'error', warning: 'warning', suggestion: 'info' };

/** Converts a Vale swap key (a regular expression) to a pattern, or undefined when it cannot be. */
export function patternFromValeRegex(regex: string): string | undefined {
  let out = '';
  let i = 0;
  const src = regex.replace(/\\b/g, '').replace(/\\s[+*]?/g, ' ').replace(/^\^|\$$/g, '');
  const depth: string[] = [];
  while (i < src.length) {
    const c = src[i] as string;
    if (c === '(') {
      const nonCapturing = src.startsWith('(?:', i);
      depth.push(out);
      out = '';
      i += nonCapturing ? 3 : 1;
      continue;
    }
    if (c === ')') {
      const inner = out;
      out = depth.pop() ?? '';
      if (src[i + 1] === '?') {
        out += `[${inner}]`;
        i += 2;
      } else {
        out += `(${inner})`;
        i += 1;
      }
      continue;
    }
    if (c === '|' || c === ' ' || c === '-' || c === "'" || /[\p{L}\p{N}]/u.test(c)) {
      if (c === 's' && src[i + 1] === '?') {
        i += 2; // a plural `s?`: patterns match every inflection anyway
        continue;
      }
      out += c;
      i += 1;
      continue;
    }
    if (c === '\\' && /[.\-'’]/.test(src[i + 1] ?? '')) {
      out += src[i + 1];
      i += 2;
      continue;
    }
    return undefined;
  }
  if (depth.length > 0) return undefined;
  const pattern = out.replace(/\s+/g, ' ').trim();
  return pattern !== '' && isValidPattern(pattern) ? pattern : undefined;
}

/** Reads a Vale substitution rule file. @throws InterchangeError for invalid YAML or another kind of rule */
export function importVale(text: string, defaults: ImportDefaults = {}, ruleName = 'vale'): ImportResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const firstError = doc.errors[0];
  if (firstError !== undefined) {
    const pos = lines.linePos(firstError.pos[0]);
    throw new InterchangeError(`invalid YAML: ${(firstError.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`, pos.line, pos.col);
  }
  const root = doc.contents;
  const data = (isMap(root) ? doc.toJS() : {}) as Record<string, unknown>;
  if (!isMap(root) || data.extends !== 'substitution') {
    throw new InterchangeError('not a Vale substitution rule: the file needs `extends: substitution`', 1);
  }
  const swap = root.get('swap', true);
  if (!isMap(swap)) throw new InterchangeError('the rule has no `swap:` mapping of avoided → preferred wording', 1);
  const level = data.level;
  const severity = (typeof level === 'string' ? LEVELS[level] : undefined) ?? defaults.severity ?? 'warning';
  const message = data.message;
  const warnings: ImportResult['warnings'] = [];
  const byPreferred = new Map<string, string[]>();
  for (const pair of swap.items) {
    if (!isPair(pair) || !isScalar(pair.key) || !isScalar(pair.value)) continue;
    const key = String(pair.key.value);
    const value = String(pair.value.value);
    const pos = lines.linePos(pair.key.range?.[0] ?? 0);
    const pattern = patternFromValeRegex(key);
    if (pattern === undefined) {
      warnings.push({ line: pos.line, column: pos.col, message: `swap key \`${key}\` uses regular-expression features mtqa patterns do not have; left out` });
      continue;
    }
    const list = byPreferred.get(value) ?? [];
    list.push(pattern);
    byPreferred.set(value, list);
  }
  const taken = new Set<string>();
  const entries: EntryData[] = [];
  for (const [value, avoid] of byPreferred) {
    const preferred = value.split('|').map((v) => v.trim()).filter((v) => v !== '');
    if (preferred.length === 0) continue;
    const first = preferred[0] as string;
    const note =
      typeof message === 'string' && message.includes('%s')
        ? message.replace('%s', first).replace('%s', avoid[0] as string)
        : `Use “${first}” instead of “${avoid[0] as string}” (Vale rule ${ruleName}).`;
    entries.push(normaliseEntryData({ id: uniqueId(undefined, first, taken), category: defaults.category ?? 'style', severity, preferred, avoid, note }));
  }
  return { entries, warnings };
}
