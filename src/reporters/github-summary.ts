/**
 * The Markdown summary the CLI appends to `$GITHUB_STEP_SUMMARY` with the `github` format: totals,
 * then a table of findings (capped, since GitHub limits a step summary to 1 MiB).
 */
import { plural, summarize } from './summary.js';
import type { Reporter } from './types.js';

/** Most table rows written; the rest are counted. */
export const SUMMARY_ROW_LIMIT = 500;

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n|\r/g, ' ').replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}

export const githubSummaryReporter: Reporter = (results) => {
  const s = summarize(results);
  const lines = [
    '## mtqa',
    '',
    `${plural(s.findings, 'finding')} in ${plural(s.filesWithFindings, 'file')} of ${s.files} checked: ${plural(s.bySeverity.error, 'error')}, ${plural(s.bySeverity.warning, 'warning')}, ${plural(s.bySeverity.info, 'info')}; ${plural(s.fixable, 'fixable finding')}.`,
    '',
  ];
  if (s.findings === 0) return `${lines.join('\n')}\n`;
  lines.push('| file | line | severity | rule | message |', '|---|---:|---|---|---|');
  let rows = 0;
  for (const r of results) {
    for (const f of r.findings) {
      if (rows++ >= SUMMARY_ROW_LIMIT) continue;
      lines.push(`| ${cell(r.path)} | ${f.line} | ${f.severity} | \`${cell(f.ruleId)}\` | ${cell(f.message)} |`);
    }
  }
  if (rows > SUMMARY_ROW_LIMIT) lines.push('', `…and ${plural(rows - SUMMARY_ROW_LIMIT, 'more finding')}; see the job log or the SARIF report.`);
  return `${lines.join('\n')}\n\n`;
};
