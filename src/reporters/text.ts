/**
 * The terminal report: `file:line:col  severity  message  rule`, one finding a line, then a summary.
 * Colour comes from the context, never from checking the terminal here.
 */
import type { Severity } from '../core/finding.js';
import { llmSummaryLine, plural, summarize } from './summary.js';
import type { Reporter } from './types.js';

const COLORS: Record<Severity | 'dim' | 'bold', [string, string]> = {
  error: ['\u001b[31m', '\u001b[39m'],
  warning: ['\u001b[33m', '\u001b[39m'],
  info: ['\u001b[36m', '\u001b[39m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  bold: ['\u001b[1m', '\u001b[22m'],
};

export const textReporter: Reporter = (results, context) => {
  const paint = (style: keyof typeof COLORS, s: string): string => (context.color ? `${COLORS[style][0]}${s}${COLORS[style][1]}` : s);
  const lines: string[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      lines.push(`${r.path}:${f.line}:${f.column}  ${paint(f.severity, f.severity.padEnd(7))}  ${f.message}  ${paint('dim', f.ruleId)}`);
    }
  }
  const s = summarize(results);
  if (lines.length > 0) lines.push('');
  const counts = `${plural(s.bySeverity.error, 'error')}, ${plural(s.bySeverity.warning, 'warning')}, ${plural(s.bySeverity.info, 'info')}`;
  const categories = Object.entries(s.byCategory)
    .map(([c, n]) => `${c} ${n}`)
    .join(', ');
  lines.push(
    paint('bold', `${plural(s.findings, 'finding')} in ${plural(s.filesWithFindings, 'file')} of ${s.files} checked`) +
      ` (${counts}; ${plural(s.fixable, 'fixable finding')})${categories ? `\nby category: ${categories}` : ''}`,
  );
  if (context.llm !== undefined) lines.push(llmSummaryLine(context.llm));
  return `${lines.join('\n')}\n`;
};
