/**
 * GitLab Code Quality (a subset of the Code Climate issue format): a JSON array of issues that
 * GitLab shows in merge requests. Each issue's `fingerprint` must be unique, so repeated identical
 * findings in a file are told apart by their occurrence number.
 */
import type { Severity } from '../core/finding.js';
import { findingFingerprint } from '../core/fingerprint.js';
import { hashString } from '../core/hash.js';
import type { Reporter } from './types.js';

const SEVERITY: Record<Severity, 'major' | 'minor' | 'info'> = { error: 'major', warning: 'minor', info: 'info' };

export const codeclimateReporter: Reporter = (results) => {
  const issues = results.flatMap((r) => {
    const seen = new Map<string, number>();
    const path = r.path.replace(/\\/g, '/');
    return r.findings.map((f) => {
      const base = findingFingerprint(r.text, f);
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return {
        type: 'issue',
        check_name: f.ruleId,
        description: f.message,
        categories: ['Style'],
        severity: SEVERITY[f.severity],
        fingerprint: hashString(`${path}\u0000${base}\u0000${n}`),
        location: { path, lines: { begin: f.line, end: f.endLine } },
      };
    });
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
};
