/**
 * SARIF 2.1.0, for GitHub code scanning and other static-analysis viewers: one rule per glossary
 * entry and check, one result per finding with its region in UTF-16 code units (SARIF's default
 * `columnKind`), the safe fix as a `fixes` replacement, and a line-independent fingerprint.
 */
import type { Finding, Severity } from '../core/finding.js';
import { findingFingerprint } from '../core/fingerprint.js';
import { reportedRules } from './rules.js';
import type { Reporter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** The key under which results carry mtqa's fingerprint in `partialFingerprints`. */
export const SARIF_FINGERPRINT_KEY = 'mtqaFingerprint/v1';

/** A relative path as a SARIF URI reference: `/` separators, percent-encoded where needed. */
export function artifactUri(path: string): string {
  return encodeURI(path.replace(/\\/g, '/')).replace(/[?#]/g, (c) => encodeURIComponent(c));
}

function region(f: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn' | 'start' | 'end'>) {
  return { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn, charOffset: f.start, charLength: f.end - f.start };
}

export const sarifReporter: Reporter = (results, context) => {
  const rules = reportedRules(results, context);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults = results.flatMap((file, artifact) => {
    const uri = artifactUri(file.path);
    return file.findings.map((f) => {
      const location = { physicalLocation: { artifactLocation: { uri, index: artifact }, region: region(f) } };
      const result: Record<string, unknown> = {
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId) as number,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [location],
        partialFingerprints: { [SARIF_FINGERPRINT_KEY]: findingFingerprint(file.text, f) },
      };
      if (f.fix !== null) {
        const deleted = file.text.slice(f.fix.start, f.fix.end).trim();
        result.fixes = [
          {
            description: { text: f.fix.text === '' ? `Delete \`${deleted}\`.` : `Replace \`${deleted}\` with \`${f.fix.text}\`.` },
            artifactChanges: [{ artifactLocation: { uri, index: artifact }, replacements: [{ deletedRegion: { charOffset: f.fix.start, charLength: f.fix.end - f.fix.start }, insertedContent: { text: f.fix.text } }] }],
          },
        ];
      }
      return result;
    });
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mtqa',
            version: context.toolVersion,
            semanticVersion: context.toolVersion,
            properties: { glossary: context.glossaryVersion },
            rules: rules.map((r) => ({
              id: r.id,
              name: r.name,
              shortDescription: { text: r.shortDescription },
              fullDescription: { text: r.fullDescription },
              help: { text: r.help.replace(/`/g, ''), markdown: r.help },
              defaultConfiguration: { level: LEVEL[r.defaultSeverity], enabled: r.enabled },
              properties: { category: r.category, tags: [r.category], fixable: r.fixable },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        artifacts: results.map((file) => ({ location: { uri: artifactUri(file.path) } })),
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
