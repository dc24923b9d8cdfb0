/**
 * An editor's decisions on a review report's findings, as the report exports them and
 * `mtqa apply` reads them. Pure: validating and turning decisions into edits.
 *
 * File format (JSON, `format: "mtqa-decisions"`, `version: 1`):
 * `{format, version, article, articleHash, report, decisions: [{finding, ruleId, start, end, text,
 * action, replacement?, choice?, origin?}]}`. Offsets are 0-based UTF-16 code units into the
 * article text without its byte-order mark, `end` exclusive, like every offset in mtqa.
 */
import { editsOverlap } from './edits.js';
import type { Edit, SuggestionOrigin } from './finding.js';

/** What the editor did with a finding. */
export type DecisionAction = 'accept' | 'reject';

export interface Decision {
  /** 0-based index of the finding in the report's findings list. */
  finding: number;
  ruleId: string;
  /** 0-based offset where the accepted replacement starts (for a reject: the finding's start). */
  start: number;
  /** 0-based offset just past the replaced text (exclusive). */
  end: number;
  /** The original text of `[start, end)`, checked again when the decision is applied. */
  text: string;
  action: DecisionAction;
  /** For `accept`: the text that replaces `[start, end)` (may be empty: a deletion). */
  replacement?: string;
  /** For `accept`: a suggestion of the report, or a text the editor typed. */
  choice?: 'suggestion' | 'custom';
  /** For an accepted suggestion: where it came from. */
  origin?: SuggestionOrigin;
}

export interface DecisionsFile {
  format: 'mtqa-decisions';
  version: 1;
  /** The article's path as the report showed it. */
  article: string;
  /** {@link contentHash} of the article text the report was made from. */
  articleHash: string;
  /** Content hash of the report (article, findings); the report's localStorage key. */
  report: string;
  /** Sorted by finding index. */
  decisions: Decision[];
}

/** A decisions file that cannot be used; the message says why and what to do. */
export class DecisionsError extends Error {
  override name = 'DecisionsError';
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isOffset(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0;
}

function checkDecision(d: unknown, i: number): Decision {
  const where = `decision ${i + 1}`;
  if (!isRecord(d)) throw new DecisionsError(`${where} is not an object`);
  const { finding, ruleId, start, end, text, action, replacement, choice, origin } = d;
  if (!isOffset(finding)) throw new DecisionsError(`${where}: \`finding\` must be a finding index (0 or more)`);
  if (typeof ruleId !== 'string') throw new DecisionsError(`${where}: \`ruleId\` must be a string`);
  if (!isOffset(start) || !isOffset(end) || end < start) throw new DecisionsError(`${where}: \`start\` and \`end\` must be offsets with start <= end`);
  if (typeof text !== 'string') throw new DecisionsError(`${where}: \`text\` must be the original text of the range`);
  if (action !== 'accept' && action !== 'reject') throw new DecisionsError(`${where}: \`action\` must be "accept" or "reject"`);
  if (action === 'accept' && typeof replacement !== 'string') throw new DecisionsError(`${where}: an accepted decision needs a \`replacement\` string`);
  if (choice !== undefined && choice !== 'suggestion' && choice !== 'custom') throw new DecisionsError(`${where}: \`choice\` must be "suggestion" or "custom"`);
  if (origin !== undefined && origin !== 'glossary' && origin !== 'check' && origin !== 'llm') throw new DecisionsError(`${where}: \`origin\` must be glossary, check or llm`);
  const out: Decision = { finding, ruleId, start, end, text, action };
  if (action === 'accept') out.replacement = replacement as string;
  if (choice !== undefined) out.choice = choice;
  if (origin !== undefined) out.origin = origin;
  return out;
}

/**
 * Validates a parsed decisions file.
 * @throws DecisionsError naming the first problem
 */
export function parseDecisions(raw: unknown): DecisionsFile {
  if (!isRecord(raw) || raw.format !== 'mtqa-decisions') throw new DecisionsError('not an mtqa decisions file (no `"format": "mtqa-decisions"`)');
  if (raw.version !== 1) throw new DecisionsError(`decisions format version ${JSON.stringify(raw.version)} is not supported (this mtqa reads version 1)`);
  const { article, articleHash, report, decisions } = raw;
  if (typeof article !== 'string' || typeof articleHash !== 'string' || typeof report !== 'string') {
    throw new DecisionsError('`article`, `articleHash` and `report` must be strings');
  }
  if (!Array.isArray(decisions)) throw new DecisionsError('`decisions` must be a list');
  return { format: 'mtqa-decisions', version: 1, article, articleHash, report, decisions: decisions.map(checkDecision) };
}

/** The edits that accepted decisions make, and what was decided. */
export interface DecisionPlan {
  /** One edit per accepted decision, in text order. */
  edits: Edit[];
  accepted: number;
  rejected: number;
}

function describe(d: Decision): string {
  return `finding ${d.finding + 1} (${d.ruleId}, [${d.start}, ${d.end}))`;
}

/**
 * Turns decisions into edits for {@link applyEdits}, refusing anything that would not give the
 * text the editor saw: a changed article, a range whose text differs, two accepted decisions
 * whose ranges overlap (the rule of {@link editsOverlap}), or two decisions on one finding.
 * @param articleHash {@link contentHash} of `text`
 * @throws DecisionsError with a message that says what to do
 */
export function planDecisions(text: string, articleHash: string, file: DecisionsFile): DecisionPlan {
  if (file.articleHash !== articleHash) {
    throw new DecisionsError(`the article changed since the report was made (decisions are for ${file.articleHash.slice(0, 19)}…, the file is ${articleHash.slice(0, 19)}…); check it again and review the new report`);
  }
  const seen = new Map<number, Decision>();
  for (const d of file.decisions) {
    const earlier = seen.get(d.finding);
    if (earlier !== undefined) throw new DecisionsError(`two decisions for ${describe(d)}; keep one`);
    seen.set(d.finding, d);
    if (d.end > text.length) throw new DecisionsError(`${describe(d)} is past the end of the article (${text.length})`);
    const actual = text.slice(d.start, d.end);
    if (actual !== d.text) throw new DecisionsError(`${describe(d)}: the article has ${JSON.stringify(actual)} there, the decision expects ${JSON.stringify(d.text)}`);
  }
  const accepted = file.decisions.filter((d) => d.action === 'accept').sort((a, b) => a.start - b.start || a.end - b.end || a.finding - b.finding);
  // Sorted by start, an overlap always involves the decision that reaches furthest so far.
  let reach: Decision | undefined;
  for (const b of accepted) {
    if (reach !== undefined) {
      const ea = { start: reach.start, end: reach.end, text: reach.replacement ?? '' };
      const eb = { start: b.start, end: b.end, text: b.replacement ?? '' };
      if (editsOverlap(ea, eb) || (reach.start === b.start && reach.end === b.end)) {
        throw new DecisionsError(`decisions overlap: ${describe(reach)} and ${describe(b)} both change the same text; keep one of them and export again`);
      }
    }
    if (reach === undefined || b.end >= reach.end) reach = b;
  }
  return {
    edits: accepted.map((d) => ({ start: d.start, end: d.end, text: d.replacement ?? '' })),
    accepted: accepted.length,
    rejected: file.decisions.length - accepted.length,
  };
}
