/**
 * `index.html` for a run over several files: one row per file with its counts, linking to the
 * file's review report. No script.
 */
import { SEVERITIES } from '../../core/finding.js';
import { summarize } from '../summary.js';
import type { FileResult, ReportContext } from '../types.js';
import { escapeHtml as h } from './escape.js';
import { page } from './page.js';

/**
 * @param names each file's report name (`<name>.html`), in the order of `results`
 */
export function htmlIndex(results: readonly FileResult[], names: readonly string[], context: ReportContext): string {
  const total = summarize(results);
  const rows = results.map((r, i) => {
    const s = summarize([r]);
    const href = `${encodeURIComponent(names[i] ?? '')}.html`;
    return `<tr><td><a href="${h(href)}">${h(r.path)}</a></td><td>${s.findings}</td>${SEVERITIES.map((sev) => `<td>${s.bySeverity[sev]}</td>`).join('')}<td>${s.fixable}</td></tr>`;
  });
  const body = `<header class="top">
<h1>mtqa review reports</h1>
<p class="meta">${results.length} files · ${total.findings} findings · glossary ${h(context.glossaryVersion)} · mtqa ${h(context.toolVersion)}</p>
</header>
<main>
<table class="files">
<caption class="skip">Files checked, with their findings</caption>
<thead><tr><th scope="col">File</th><th scope="col">Findings</th>${SEVERITIES.map((s) => `<th scope="col">${s === 'info' ? 'Infos' : `${s[0]?.toUpperCase()}${s.slice(1)}s`}</th>`).join('')}<th scope="col">Safe fixes</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</main>`;
  return page({ title: 'mtqa review reports', body });
}
