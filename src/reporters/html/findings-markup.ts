/**
 * The findings list of the review report: one `<li id="item-N">` per finding (N 1-based) with its
 * severity, place, rule, category, message, the flagged text, the Chinese source term, the
 * glossary note and the suggestions, each marked with its origin (glossary, check, or LLM with
 * its verification). Readable without JavaScript; the script adds the decision controls.
 */
import type { Finding } from '../../core/finding.js';
import { SEVERITY_ICONS } from './article-markup.js';
import { escapeHtml as h } from './escape.js';
import type { ReportOption } from './report-data.js';

const ORIGIN_LABELS = { glossary: 'glossary', check: 'check', llm: 'LLM' } as const;
const VERIFICATION_LABELS = { passed: 'verified', failed: 'failed verification' } as const;

/** The badge naming where a suggestion came from; LLM suggestions say whether they were verified. */
export function originBadge(option: Pick<ReportOption, 'origin' | 'verification'>): string {
  const verification = option.origin === 'llm' ? `, ${option.verification === undefined ? 'not verified' : VERIFICATION_LABELS[option.verification]}` : '';
  const cls = option.origin === 'llm' ? ` origin-llm verification-${option.verification ?? 'none'}` : ` origin-${option.origin}`;
  return `<span class="badge${cls}">${ORIGIN_LABELS[option.origin]}${verification}</span>`;
}

/** A replacement for display: deletions and whitespace-only texts are named, not left blank. */
export function shownReplacement(text: string): string {
  if (text === '') return '<span class="deletion">(delete)</span>';
  return `<span class="replacement">${h(text)}</span>`;
}

function item(f: Finding, i: number, options: readonly ReportOption[]): string {
  const n = i + 1;
  const parts = [
    `<li id="item-${n}" class="finding sev-${f.severity}">`,
    `<div class="finding-head"><span class="sev sev-${f.severity}"><span aria-hidden="true">${SEVERITY_ICONS[f.severity]}</span> ${f.severity}</span> `,
    `<a class="loc" href="#f-${n}">#${n} line ${f.line}:${f.column}</a> `,
    `<span class="rule">${h(f.ruleId)}</span> <span class="cat">${h(f.category)}</span>`,
    `<span class="state" data-state="none"></span></div>`,
    `<p class="message">${h(f.message)}</p>`,
    `<p class="flagged"><span class="label">Text:</span> <q>${h(f.text)}</q>`,
    f.source === undefined ? '' : ` <span class="label">Source:</span> <span class="source" lang="zh">${h(f.source)}</span>`,
    '</p>',
    f.note === undefined ? '' : `<p class="note"><span class="label">Note:</span> ${h(f.note)}</p>`,
  ];
  if (options.length > 0) {
    parts.push(`<ul class="suggestions" aria-label="Suggestions for finding ${n}">`);
    for (const o of options) parts.push(`<li>${originBadge(o)} ${shownReplacement(o.text)}${o.safe ? ' <span class="safe">safe fix</span>' : ''}</li>`);
    parts.push('</ul>');
  } else {
    parts.push('<p class="no-suggestion">No suggestion: rewrite by hand.</p>');
  }
  if (f.llm !== undefined && f.llm.status !== 'accepted' && f.llm.revision !== undefined) {
    // A revision that failed verification is shown for information only, never offered.
    parts.push(`<p class="llm-rejected">${originBadge({ origin: 'llm', verification: f.llm.status === 'rejected' ? 'failed' : undefined })} <span class="label">Revision not offered${f.llm.reason === undefined ? '' : ` (${h(f.llm.reason)})`}:</span> ${h(f.llm.revision)}</p>`);
  }
  parts.push('</li>');
  return parts.join('');
}

/** The `<ol>` items for all findings, in report order. */
export function findingsMarkup(findings: readonly Finding[], options: readonly (readonly ReportOption[])[]): string {
  return findings.map((f, i) => item(f, i, options[i] ?? [])).join('\n');
}
