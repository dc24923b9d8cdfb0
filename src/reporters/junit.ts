/**
 * JUnit XML, for the test-report views of CI systems (GitLab, Jenkins, Azure, CircleCI): one
 * `<testsuite>` per file, one failing `<testcase>` per finding, and one passing test case for a
 * file without findings so that it still shows up as checked.
 */
import type { Finding } from '../core/finding.js';
import type { Reporter } from './types.js';

/**
 * Escapes text for XML attributes and content, and drops what XML 1.0 cannot hold at all
 * (control characters other than tab and line breaks, lone surrogates, U+FFFE/U+FFFF).
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string)
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;');
}

/** Content text keeps its line breaks readable; attributes must not. */
function escapeContent(text: string): string {
  return escapeXml(text).replace(/&#10;/g, '\n');
}

function failureBody(path: string, f: Finding): string {
  const lines = [`${path}:${f.line}:${f.column} ${f.severity} ${f.message} (${f.ruleId})`, `flagged: ${f.text}`];
  if (f.suggestions.length > 0) lines.push(`suggested: ${f.suggestions.join(' | ')}`);
  if (f.note !== undefined) lines.push(`note: ${f.note}`);
  return lines.join('\n');
}

export const junitReporter: Reporter = (results) => {
  const total = results.reduce((n, r) => n + Math.max(1, r.findings.length), 0);
  const failures = results.reduce((n, r) => n + r.findings.length, 0);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="mtqa" tests="${total}" failures="${failures}" errors="0" time="0">`];
  for (const r of results) {
    const path = escapeXml(r.path);
    out.push(`  <testsuite name="${path}" tests="${Math.max(1, r.findings.length)}" failures="${r.findings.length}" errors="0" skipped="0" time="0">`);
    if (r.findings.length === 0) out.push(`    <testcase classname="${path}" name="no findings" file="${path}" time="0"/>`);
    for (const f of r.findings) {
      out.push(
        `    <testcase classname="${path}" name="${escapeXml(`${f.line}:${f.column} ${f.ruleId}: ${f.text.replace(/\s+/g, ' ')}`)}" file="${path}" line="${f.line}" time="0">`,
        `      <failure type="${f.severity}" message="${escapeXml(f.message)}">${escapeContent(failureBody(r.path, f))}</failure>`,
        '    </testcase>',
      );
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
};
