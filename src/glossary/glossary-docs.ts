/**
 * A printable term list for translators and editors: per category, each entry's source term,
 * preferred renderings, avoided renderings and note, in Markdown or HTML. Pure. Deprecated entries
 * are left out; proposed ones are marked.
 */
import { avoidPattern, type EntryData } from './entry-data.js';
import { CATEGORIES } from './interchange/imported-entry.js';

/** Section titles for the categories. */
const TITLES: Record<string, string> = {
  term: 'Terms',
  idiom: 'Idioms and slogans',
  name: 'Names',
  meaning: 'Misleading renderings',
  fluency: 'Unidiomatic phrasing',
  style: 'Style',
  number: 'Numbers',
  boilerplate: 'Boilerplate',
};

interface Section {
  category: string;
  title: string;
  entries: EntryData[];
}

function sections(entries: readonly EntryData[]): Section[] {
  const shown = entries.filter((e) => e.status !== 'deprecated');
  const categories = [...new Set(shown.map((e) => e.category))].sort((a, b) => {
    const ia = (CATEGORIES as readonly string[]).indexOf(a);
    const ib = (CATEGORIES as readonly string[]).indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || (a < b ? -1 : 1);
  });
  return categories.map((category) => ({
    category,
    title: TITLES[category] ?? category,
    entries: shown
      .filter((e) => e.category === category)
      .sort((a, b) => (a.source ?? a.preferred[0] ?? '').localeCompare(b.source ?? b.preferred[0] ?? '', 'zh') || (a.id < b.id ? -1 : 1)),
  }));
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function mdCell(text: string): string {
  return oneLine(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_`[\]<>])/g, '\\$1');
}

/** The term list as Markdown (GitHub tables, one per category). */
export function glossaryMarkdown(entries: readonly EntryData[], title = 'Glossary'): string {
  let out = `# ${mdCell(title)}\n`;
  for (const s of sections(entries)) {
    out += `\n## ${mdCell(s.title)}\n\n| Source | Preferred | Avoid | Note |\n|---|---|---|---|\n`;
    for (const e of s.entries) {
      const proposed = e.status === 'proposed' ? ' (proposed)' : '';
      out += `| ${mdCell(e.source ?? '')} | ${e.preferred.map(mdCell).join('; ')}${proposed} | ${e.avoid.map((a) => mdCell(avoidPattern(a))).join('; ')} | ${mdCell(e.note)} |\n`;
    }
  }
  return out;
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The term list as a standalone, printable HTML page. */
export function glossaryHtml(entries: readonly EntryData[], title = 'Glossary'): string {
  const h = (t: string) => escapeHtml(oneLine(t));
  let body = '';
  for (const s of sections(entries)) {
    body += `<section id="${h(s.category)}">\n<h2>${h(s.title)}</h2>\n<table>\n<thead><tr><th>Source</th><th>Preferred</th><th>Avoid</th><th>Note</th></tr></thead>\n<tbody>\n`;
    for (const e of s.entries) {
      const proposed = e.status === 'proposed' ? ' <em>(proposed)</em>' : '';
      const list = (items: string[]) => items.map((i) => `<li>${h(i)}</li>`).join('');
      body += `<tr id="${h(e.id)}"><td lang="zh">${h(e.source ?? '')}</td><td><ul>${list(e.preferred)}</ul>${proposed}</td><td><ul>${list(e.avoid.map(avoidPattern))}</ul></td><td>${h(e.note)}</td></tr>\n`;
    }
    body += '</tbody>\n</table>\n</section>\n';
  }
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${h(title)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2em; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2em; }
th, td { border: 1px solid #999; padding: 0.3em 0.5em; vertical-align: top; text-align: left; }
ul { margin: 0; padding-left: 1.2em; }
@media print { section { break-inside: avoid-page; } thead { display: table-header-group; } }
</style>
</head>
<body>
<h1>${h(title)}</h1>
${body}</body>
</html>
`;
}
