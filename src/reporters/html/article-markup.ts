/**
 * The article as HTML with every finding highlighted in place. Findings may overlap, so the text
 * is cut at every finding boundary; each piece covered by findings becomes one `<mark>` that
 * lists them (`data-f`, 0-based indices) and takes the class of the most severe. Each finding also
 * gets an anchor at its start (`id="f-N"`, N 1-based) and a numbered link to its list item after
 * its end, so the report can be navigated without JavaScript.
 */
import { severityRank, type Finding } from '../../core/finding.js';
import { escapeHtml } from './escape.js';

/** Severity marker shown beside the colour, so severity never depends on colour alone. */
export const SEVERITY_ICONS = { error: '✖', warning: '▲', info: '●' } as const;

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** HTML for the article text (to be placed in an element with `white-space: pre-wrap`). */
export function articleMarkup(text: string, findings: readonly Finding[]): string {
  const starts = new Map<number, number[]>();
  const ends = new Map<number, number[]>();
  const cuts = new Set<number>([0, text.length]);
  findings.forEach((f, i) => {
    push(starts, f.start, i);
    push(ends, f.end, i);
    cuts.add(f.start);
    cuts.add(f.end);
  });
  const positions = [...cuts].sort((a, b) => a - b);
  const active = new Set<number>();
  const out: string[] = [];
  const ref = (i: number): string => {
    const f = findings[i] as Finding;
    return `<a class="ref sev-${f.severity}" href="#item-${i + 1}" aria-label="finding ${i + 1}, ${f.severity}">${SEVERITY_ICONS[f.severity]}${i + 1}</a>`;
  };
  positions.forEach((p, k) => {
    for (const i of ends.get(p) ?? []) {
      if ((findings[i] as Finding).start === p) continue;
      active.delete(i);
      out.push(ref(i));
    }
    for (const i of starts.get(p) ?? []) {
      out.push(`<span class="anchor" id="f-${i + 1}"></span>`);
      if ((findings[i] as Finding).end === p) out.push(ref(i));
      else active.add(i);
    }
    const next = positions[k + 1];
    if (next === undefined || next === p) return;
    const piece = escapeHtml(text.slice(p, next));
    if (active.size === 0) {
      out.push(piece);
      return;
    }
    const covering = [...active].sort((a, b) => a - b);
    let worst = findings[covering[0] as number] as Finding;
    for (const i of covering) if (severityRank((findings[i] as Finding).severity) > severityRank(worst.severity)) worst = findings[i] as Finding;
    out.push(`<mark class="hl sev-${worst.severity}" data-f="${covering.join(' ')}">${piece}</mark>`);
  });
  return out.join('');
}
