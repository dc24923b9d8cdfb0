/**
 * Scoring findings against a gold annotation (the `*.gold.yaml` format: spans an editor flags,
 * with category and severity, and neutral spans that count neither way).
 *
 * A finding detects a gold span when their character ranges overlap. Recall = detected spans /
 * all spans (and the same over `major` spans). Precision = findings that overlap a gold span /
 * findings that overlap a gold span or no span at all; findings overlapping only neutral spans
 * are left out.
 */
import type { Finding } from '../core/finding.js';

export interface GoldSpan {
  text: string;
  /** 1-based occurrence of `text` in the article. */
  occurrence: number;
  category: string;
  severity: string;
  better?: string;
  start: number;
  end: number;
}

export interface GoldAnnotation {
  spans: GoldSpan[];
  neutral: GoldSpan[];
}

export interface GoldSpanYaml {
  text: string;
  occurrence?: number;
  category?: string;
  severity?: string;
  better?: string;
}

/** Finds each span's offsets; throws with the span's text when it does not occur often enough. */
export function locateSpans(article: string, spans: readonly GoldSpanYaml[]): GoldSpan[] {
  return spans.map((s) => {
    const occurrence = s.occurrence ?? 1;
    let at = -1;
    for (let n = 0; n < occurrence; n++) {
      at = article.indexOf(s.text, at + 1);
      if (at < 0) throw new Error(`gold span \`${s.text}\` (occurrence ${occurrence}) does not occur in the article`);
    }
    const span: GoldSpan = { text: s.text, occurrence, category: s.category ?? 'unknown', severity: s.severity ?? 'minor', start: at, end: at + s.text.length };
    if (s.better !== undefined) span.better = s.better;
    return span;
  });
}

export interface Score {
  spans: number;
  detected: number;
  recall: number;
  majorSpans: number;
  majorDetected: number;
  majorRecall: number;
  /** Findings that overlap a gold span. */
  truePositives: number;
  /** Findings that overlap no gold span and no neutral span. */
  falsePositives: number;
  /** Findings that overlap only neutral spans. */
  neutralFindings: number;
  precision: number;
  missed: GoldSpan[];
  falseAlarms: Finding[];
  /** Per category: spans and detected. */
  byCategory: Record<string, { spans: number; detected: number }>;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

export function score(gold: GoldAnnotation, findings: readonly Finding[]): Score {
  const missed: GoldSpan[] = [];
  const byCategory: Record<string, { spans: number; detected: number }> = {};
  let detected = 0;
  let majorSpans = 0;
  let majorDetected = 0;
  for (const span of gold.spans) {
    const hit = findings.some((f) => overlaps(f, span));
    const cat = (byCategory[span.category] ??= { spans: 0, detected: 0 });
    cat.spans++;
    if (span.severity === 'major') majorSpans++;
    if (hit) {
      detected++;
      cat.detected++;
      if (span.severity === 'major') majorDetected++;
    } else {
      missed.push(span);
    }
  }
  let truePositives = 0;
  let neutralFindings = 0;
  const falseAlarms: Finding[] = [];
  for (const f of findings) {
    if (gold.spans.some((s) => overlaps(f, s))) truePositives++;
    else if (gold.neutral.some((s) => overlaps(f, s))) neutralFindings++;
    else falseAlarms.push(f);
  }
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  return {
    spans: gold.spans.length,
    detected,
    recall: ratio(detected, gold.spans.length),
    majorSpans,
    majorDetected,
    majorRecall: ratio(majorDetected, majorSpans),
    truePositives,
    falsePositives: falseAlarms.length,
    neutralFindings,
    precision: ratio(truePositives, truePositives + falseAlarms.length),
    missed,
    falseAlarms,
    byCategory,
  };
}
