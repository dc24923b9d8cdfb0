/**
 * Baselines: the findings a team has accepted, so that only new ones fail the build.
 *
 * An entry is a file path (relative to the baseline file, `/`-separated), a rule id and a
 * {@link findingFingerprint}; the same fingerprint may occur several times in a file, so matching
 * counts occurrences. Line numbers are stored only to help people read the file.
 */
import type { Finding } from './finding.js';
import { findingFingerprint } from './fingerprint.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  path: string;
  ruleId: string;
  fingerprint: string;
  /** The flagged text, for people reading the file. */
  text: string;
  /** 1-based line when the baseline was written, for people only; matching ignores it. */
  line: number;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  entries: BaselineEntry[];
}

/** The findings of one file, with the path the baseline knows it by. */
export interface BaselineFile {
  path: string;
  text: string;
  findings: readonly Finding[];
}

/** A baseline of every finding given, sorted by path, line and rule. */
export function createBaseline(files: readonly BaselineFile[]): Baseline {
  const entries = files.flatMap((file) =>
    file.findings.map((f) => ({ path: file.path, ruleId: f.ruleId, fingerprint: findingFingerprint(file.text, f), text: f.text, line: f.line })),
  );
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)));
  return { version: BASELINE_VERSION, entries };
}

/**
 * Checks a parsed JSON value is a baseline.
 * @returns a sentence describing the first problem, or null when it is one
 */
export function baselineProblem(value: unknown): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'not a baseline (expected a JSON object with `version` and `entries`)';
  const v = value as { version?: unknown; entries?: unknown };
  if (v.version !== BASELINE_VERSION) return `unsupported baseline version ${JSON.stringify(v.version)} (expected ${BASELINE_VERSION}); write it again with \`mtqa baseline\``;
  if (!Array.isArray(v.entries)) return '`entries` must be a list';
  for (let i = 0; i < v.entries.length; i++) {
    const e = v.entries[i] as Record<string, unknown> | null;
    if (e === null || typeof e !== 'object' || typeof e.path !== 'string' || typeof e.ruleId !== 'string' || typeof e.fingerprint !== 'string') {
      return `entry ${i + 1} needs string \`path\`, \`ruleId\` and \`fingerprint\``;
    }
  }
  return null;
}

/** Matches findings against a baseline, one file at a time, and counts what matched. */
export class BaselineMatcher {
  /** Remaining occurrences by `path\0fingerprint`. */
  private readonly remaining = new Map<string, number>();
  /** Findings left out because the baseline has them. */
  suppressed = 0;

  constructor(baseline: Baseline) {
    for (const e of baseline.entries) {
      const key = `${e.path}\u0000${e.fingerprint}`;
      this.remaining.set(key, (this.remaining.get(key) ?? 0) + 1);
    }
  }

  /** The findings of a file that the baseline does not hold. */
  filter(file: BaselineFile): Finding[] {
    const fresh: Finding[] = [];
    for (const f of file.findings) {
      const key = `${file.path}\u0000${findingFingerprint(file.text, f)}`;
      const left = this.remaining.get(key) ?? 0;
      if (left > 0) {
        this.remaining.set(key, left - 1);
        this.suppressed++;
      } else fresh.push(f);
    }
    return fresh;
  }

  /** Baseline entries of the given paths that no finding matched: fixed problems. */
  unmatchedIn(paths: ReadonlySet<string>): number {
    let n = 0;
    for (const [key, left] of this.remaining) if (paths.has(key.slice(0, key.indexOf('\u0000')))) n += left;
    return n;
  }
}
