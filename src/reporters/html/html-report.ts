/**
 * The review report of one article: a self-contained HTML page (no network, no external files)
 * with the article, every finding highlighted in place, the findings list with filters, and, once
 * its script runs, accept/reject controls, the proposed text as a word-level diff and the export
 * of the decisions. Pure and deterministic: the same inputs give the same bytes.
 */
import { contentHash } from '../../core/content-hash.js';
import { SEVERITIES } from '../../core/finding.js';
import { REPORT_CLIENT_SCRIPT } from '../../generated/report-client.js';
import { plural, summarize } from '../summary.js';
import type { FileResult, ReportContext } from '../types.js';
import { articleMarkup, SEVERITY_ICONS } from './article-markup.js';
import { escapeHtml as h, jsonForScript } from './escape.js';
import { findingOptions } from './finding-options.js';
import { findingsMarkup } from './findings-markup.js';
import { page } from './page.js';
import type { ReportData } from './report-data.js';

export interface HtmlReportOptions {
  /** The report's file name without extension (`<name>.html`); names the exported decisions. */
  name: string;
}

function selectOptions(values: readonly string[]): string {
  return values.map((v) => `<option value="${h(v)}">${h(v)}</option>`).join('');
}

/** The data the report's script reads; `report` hashes everything the decisions depend on. */
export function reportData(result: FileResult, name: string): ReportData {
  const options = result.findings.map(findingOptions);
  const findings = result.findings.map((f, i) => ({ ruleId: f.ruleId, severity: f.severity, category: f.category, start: f.start, end: f.end, options: options[i] ?? [] }));
  const articleHash = contentHash(result.text);
  return {
    format: 'mtqa-report',
    version: 1,
    article: result.path,
    articleHash,
    report: contentHash(JSON.stringify([result.path, articleHash, result.findings])),
    download: `${name}.decisions.json`,
    text: result.text,
    findings,
  };
}

const SHORTCUTS: readonly [string, string][] = [
  ['j / n', 'next finding'],
  ['k / p', 'previous finding'],
  ['a', 'accept the chosen suggestion'],
  ['1–9', 'accept suggestion 1–9'],
  ['c', 'type a custom text (Enter accepts it)'],
  ['r', 'reject (keep the original)'],
  ['u', 'undo the decision'],
  ['v', 'switch view: article, inline changes, side by side'],
  ['?', 'show or hide these shortcuts'],
];

/** The HTML review report of one checked file. */
export function htmlReport(result: FileResult, context: ReportContext, options: HtmlReportOptions): string {
  const summary = summarize([result]);
  const data = reportData(result, options.name);
  const categories = Object.keys(summary.byCategory);
  const rules = Object.keys(summary.byRule);
  const severityCounts = SEVERITIES.map((s) => `<li class="sev sev-${s}"><span aria-hidden="true">${SEVERITY_ICONS[s]}</span> ${plural(summary.bySeverity[s], s === 'info' ? 'info' : s)}</li>`).join('');
  const categoryCounts = categories.map((c) => `<li>${h(c)} ${summary.byCategory[c]}</li>`).join('');
  const body = `<a class="skip" href="#findings-heading">Skip to the findings</a>
<header class="top">
<h1>Review: <code>${h(result.path)}</code></h1>
<p class="meta">${plural(summary.findings, 'finding')} (${summary.fixable} with a safe fix) · glossary ${h(context.glossaryVersion)} · mtqa ${h(context.toolVersion)}</p>
<ul class="counts" aria-label="Findings by severity">${severityCounts}</ul>
<ul class="counts" aria-label="Findings by category">${categoryCounts}</ul>
<div class="toolbar" id="toolbar" hidden>
<span id="progress" role="status">0 of ${summary.findings} decided</span>
<button type="button" id="accept-safe">Accept all safe fixes</button>
<button type="button" id="clear-all">Clear all decisions</button>
<button type="button" id="export">Export decisions</button>
<details class="shortcuts" id="shortcuts"><summary>Keyboard shortcuts</summary><dl>${SHORTCUTS.map(([k, v]) => `<dt><kbd>${h(k)}</kbd></dt><dd>${h(v)}</dd>`).join('')}</dl></details>
</div>
</header>
<main class="layout">
<section class="pane text-pane" aria-labelledby="text-heading" tabindex="0">
<div class="view-switch" id="view-switch" role="group" aria-label="View" hidden>
<button type="button" id="view-article" aria-pressed="true">Article</button>
<button type="button" id="view-inline" aria-pressed="false">Changes inline</button>
<button type="button" id="view-side" aria-pressed="false">Changes side by side</button>
</div>
<h2 id="text-heading">Article</h2>
<div id="article" class="article">${articleMarkup(result.text, result.findings)}</div>
<div id="diff" hidden></div>
</section>
<section class="pane findings-pane" aria-labelledby="findings-heading" tabindex="0">
<h2 id="findings-heading">Findings (${summary.findings})</h2>
<div class="filters" id="filters" hidden>
<label>Severity <select id="filter-severity"><option value="">all</option>${selectOptions(SEVERITIES)}</select></label>
<label>Category <select id="filter-category"><option value="">all</option>${selectOptions(categories)}</select></label>
<label>Rule <select id="filter-rule"><option value="">all</option>${selectOptions(rules)}</select></label>
<label>Decision <select id="filter-state"><option value="">all</option>${selectOptions(['undecided', 'accepted', 'rejected'])}</select></label>
</div>
<p class="status" id="status" role="status"></p>
<ol class="findings" id="findings">
${findingsMarkup(result.findings, data.findings.map((f) => f.options))}
</ol>
</section>
</main>
<script type="application/json" id="mtqa-data">${jsonForScript(data)}</script>`;
  return page({ title: `mtqa review: ${result.path}`, body, script: REPORT_CLIENT_SCRIPT });
}
