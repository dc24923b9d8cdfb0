/**
 * The editor's decisions in the browser: which finding is accepted (with which replacement) or
 * rejected, kept in localStorage under the report's content hash and exported as the decisions
 * file `mtqa apply` reads. Accepted replacements never overlap: accepting one undoes the
 * decisions it overlaps, under the same rule `mtqa apply` enforces.
 */
import type { Decision, DecisionsFile } from '../core/decisions.js';
import { editsOverlap } from '../core/edits.js';
import type { Edit } from '../core/finding.js';
import type { ReportData } from '../reporters/html/report-data.js';

/** A decision as the page holds it: a suggestion by index, a custom text, or a reject. */
export type ClientDecision = { action: 'accept'; option: number } | { action: 'accept'; custom: string } | { action: 'reject' };

/** An accepted replacement and the finding it decides. */
export interface DecidedEdit extends Edit {
  finding: number;
}

function conflicts(a: Edit, b: Edit): boolean {
  return editsOverlap(a, b) || (a.start === b.start && a.end === b.end);
}

export class DecisionState {
  private readonly decisions = new Map<number, ClientDecision>();
  private readonly key: string;

  constructor(
    private readonly data: ReportData,
    private readonly storage: Storage | null,
  ) {
    this.key = `mtqa-decisions:${data.report}`;
    this.load();
  }

  get(i: number): ClientDecision | undefined {
    return this.decisions.get(i);
  }

  /** The replacement an accepted decision makes, or null. */
  edit(i: number): DecidedEdit | null {
    const d = this.decisions.get(i);
    const f = this.data.findings[i];
    if (d === undefined || d.action !== 'accept' || f === undefined) return null;
    if ('custom' in d) return { finding: i, start: f.start, end: f.end, text: d.custom };
    const o = f.options[d.option];
    return o === undefined ? null : { finding: i, start: o.start, end: o.end, text: o.text };
  }

  /** Every accepted replacement, in text order. */
  acceptedEdits(): DecidedEdit[] {
    const out: DecidedEdit[] = [];
    for (const i of this.decisions.keys()) {
      const e = this.edit(i);
      if (e !== null) out.push(e);
    }
    return out.sort((a, b) => a.start - b.start || a.end - b.end || a.finding - b.finding);
  }

  /**
   * Records a decision. @returns the findings whose accepted replacement overlapped it and was
   * undone
   */
  set(i: number, decision: ClientDecision): number[] {
    const undone = this.place(i, decision);
    this.save();
    return undone;
  }

  private place(i: number, decision: ClientDecision): number[] {
    this.decisions.set(i, decision);
    const mine = this.edit(i);
    const undone: number[] = [];
    if (mine === null) return undone;
    for (const j of [...this.decisions.keys()]) {
      if (j === i) continue;
      const other = this.edit(j);
      if (other !== null && conflicts(mine, other)) {
        this.decisions.delete(j);
        undone.push(j);
      }
    }
    return undone;
  }

  clear(i: number): void {
    this.decisions.delete(i);
    this.save();
  }

  clearAll(): void {
    this.decisions.clear();
    this.save();
  }

  /** Accepts the safe fix of every undecided finding that overlaps no accepted replacement. @returns how many */
  acceptSafeFixes(): number {
    const taken = this.acceptedEdits();
    let n = 0;
    this.data.findings.forEach((f, i) => {
      if (this.decisions.has(i)) return;
      const k = f.options.findIndex((o) => o.safe);
      const o = f.options[k];
      if (o === undefined || taken.some((e) => conflicts(e, o))) return;
      this.decisions.set(i, { action: 'accept', option: k });
      taken.push({ finding: i, start: o.start, end: o.end, text: o.text });
      n++;
    });
    this.save();
    return n;
  }

  counts(): { accepted: number; rejected: number } {
    let accepted = 0;
    for (const d of this.decisions.values()) if (d.action === 'accept') accepted++;
    return { accepted, rejected: this.decisions.size - accepted };
  }

  /** The decisions file for `mtqa apply`, decisions sorted by finding. */
  toFile(): DecisionsFile {
    const decisions: Decision[] = [];
    for (const i of [...this.decisions.keys()].sort((a, b) => a - b)) {
      const d = this.decisions.get(i) as ClientDecision;
      const f = this.data.findings[i];
      if (f === undefined) continue;
      const e = this.edit(i);
      if (d.action === 'accept' && e !== null) {
        const base: Decision = { finding: i, ruleId: f.ruleId, start: e.start, end: e.end, text: this.data.text.slice(e.start, e.end), action: 'accept', replacement: e.text };
        if ('custom' in d) decisions.push({ ...base, choice: 'custom' });
        else decisions.push({ ...base, choice: 'suggestion', origin: f.options[d.option]?.origin ?? 'check' });
      } else if (d.action === 'reject') {
        decisions.push({ finding: i, ruleId: f.ruleId, start: f.start, end: f.end, text: this.data.text.slice(f.start, f.end), action: 'reject' });
      }
    }
    return { format: 'mtqa-decisions', version: 1, article: this.data.article, articleHash: this.data.articleHash, report: this.data.report, decisions };
  }

  private save(): void {
    if (this.storage === null) return;
    try {
      if (this.decisions.size === 0) this.storage.removeItem(this.key);
      else this.storage.setItem(this.key, JSON.stringify({ v: 1, d: [...this.decisions] }));
    } catch {
      // Storage full or refused: decisions still live in the page and can be exported.
    }
  }

  /** Restores saved decisions, skipping any that no longer fit the report. */
  private load(): void {
    let saved: unknown;
    try {
      saved = JSON.parse(this.storage?.getItem(this.key) ?? 'null');
    } catch {
      return;
    }
    if (typeof saved !== 'object' || saved === null || !Array.isArray((saved as { d?: unknown }).d)) return;
    for (const entry of (saved as { d: unknown[] }).d) {
      if (!Array.isArray(entry)) continue;
      const [i, d] = entry as [unknown, unknown];
      const f = typeof i === 'number' ? this.data.findings[i] : undefined;
      if (f === undefined || typeof d !== 'object' || d === null) continue;
      const c = d as { action?: unknown; option?: unknown; custom?: unknown };
      if (c.action === 'reject') this.decisions.set(i as number, { action: 'reject' });
      else if (c.action === 'accept' && typeof c.custom === 'string') this.place(i as number, { action: 'accept', custom: c.custom });
      else if (c.action === 'accept' && typeof c.option === 'number' && f.options[c.option] !== undefined) this.place(i as number, { action: 'accept', option: c.option });
    }
  }
}
