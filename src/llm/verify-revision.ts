/**
 * Verification of a model's revision before anyone sees it as a proposal. Pure: the same inputs
 * give the same verdict. A revision passes only if every rule holds:
 *
 * 1. it is one sentence, not empty, not unchanged, and holds no neighbouring sentence;
 * 2. it adds no URL, e-mail address or instruction-like text ("ignore previous instructions");
 * 3. the glossary finds no avoided rendering in it (none left, none newly introduced);
 * 4. every number of the original is still there by value (`42100` ≡ `42,100`,
 *    `1.749 billion` ≡ `1,749 million`) and no number is added that the findings did not suggest;
 * 5. every capitalised word (a name) of the original is kept, unless it lies inside a glossary
 *    finding (the glossary decides that wording, as a `name` entry does); no new name appears
 *    that the findings did not suggest;
 * 6. every real change (word diff) lies within {@link CHANGE_WINDOW} words of a flagged span;
 * 7. the listed changes match the real diff: each real change is listed, each listed one is real.
 */
import { glossaryTerms } from '../checks/glossary-terms.js';
import type { Finding } from '../core/finding.js';
import type { CompiledGlossary } from '../core/glossary.js';
import { splitSentences } from '../core/sentences.js';
import { SourceText } from '../core/source-text.js';
import { lintText } from '../linter.js';
import { missingNumbers, statedNumbers } from './numbers.js';
import type { ListedChange } from './tool-contract.js';
import { wordDiff, wordTokens, type DiffHunk, type WordToken } from './word-diff.js';

/** How many words beyond a flagged span a revision may change (grammar around a new term). */
export const CHANGE_WINDOW = 6;

/** What verification needs to know about one revised sentence. */
export interface RevisionCase {
  /** The sentence as in the article. */
  original: string;
  /** 0-based offset of the sentence in the article; finding offsets are article offsets. */
  sentenceStart: number;
  /** The model's revision, trimmed. */
  revised: string;
  changes: readonly ListedChange[];
  /** The findings inside the sentence that the revision is asked to fix. */
  findings: readonly Finding[];
  /** The neighbouring sentences sent as context. */
  neighbours: readonly string[];
  glossary: CompiledGlossary;
}

/** The verdict: `ok`, or the reasons it failed (each one line, in rule order). */
export type Verification = { ok: true } | { ok: false; reasons: string[] };

const URL = /\bhttps?:\/\/[^\s"'<>]+|\bwww\.[^\s"'<>]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|cn|io|info|biz|xyz|ly|me|gov)\b|[\w.+-]+@[\w-]+\.[\w.]+/i;
const INSTRUCTION = [
  /\b(?:ignore|disregard|forget|override)\b[^.]{0,40}\b(?:instructions?|prompts?|rules|directions|above|previous)\b/i,
  /\b(?:system prompt|as an ai|language model|assistant|jailbreak)\b/i,
  /\b(?:click here|subscribe|follow us|sponsored|advertisement)\b/i,
];
const NAME = /^\p{Lu}/u;

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const quote = (s: string): string => `\`${squash(s).slice(0, 80)}\``;

/** Offsets of the flagged spans in sentence-token indices `[first, last)`. */
function flaggedTokenSpans(tokens: readonly WordToken[], findings: readonly Finding[], sentenceStart: number): [number, number][] {
  return findings.map((f) => {
    const start = f.start - sentenceStart;
    const end = f.end - sentenceStart;
    let first = tokens.findIndex((t) => t.end > start);
    if (first < 0) first = tokens.length;
    let last = first;
    while (last < tokens.length && (tokens[last] as WordToken).start < end) last++;
    return [first, last];
  });
}

/** Capitalised words that are not the first word of the sentence (names, acronyms). */
function names(tokens: readonly WordToken[]): WordToken[] {
  const words = tokens.filter((t) => /\p{L}/u.test(t.text));
  return words.slice(1).filter((t) => NAME.test(t.text));
}

function checkShape(c: RevisionCase, reasons: string[]): void {
  if (c.revised.trim() === '') {
    reasons.push('the revision is empty');
    return;
  }
  if (squash(c.revised) === squash(c.original)) reasons.push('the revision changes nothing');
  if (/[\r\n]/.test(c.revised) && !/[\r\n]/.test(c.original)) reasons.push('the revision adds a line break');
  if (splitSentences(c.revised).length > splitSentences(c.original).length) reasons.push('the revision is more than the one sentence');
  for (const n of c.neighbours) {
    if (n.length >= 20 && squash(c.revised).includes(squash(n))) reasons.push('the revision includes a neighbouring sentence');
  }
}

function checkInjection(c: RevisionCase, added: string, reasons: string[]): void {
  const url = URL.exec(added)?.[0].replace(/[.,;:!?]+$/, '');
  if (url !== undefined && !c.original.toLowerCase().includes(url.toLowerCase())) reasons.push(`it adds a link or address ${quote(url)}`);
  for (const re of INSTRUCTION) {
    const m = re.exec(added);
    if (m !== null && !c.original.toLowerCase().includes(m[0].toLowerCase())) reasons.push(`it adds instruction-like text ${quote(m[0])}`);
  }
}

function checkGlossary(c: RevisionCase, reasons: string[]): void {
  const before = new Set(c.findings.map((f) => f.ruleId));
  for (const f of lintText(new SourceText(c.revised), c.glossary, { checks: [glossaryTerms] })) {
    reasons.push(before.has(f.ruleId) ? `avoided rendering ${quote(f.text)} (${f.ruleId}) is still there` : `it introduces the avoided rendering ${quote(f.text)} (${f.ruleId})`);
  }
}

function checkNumbers(c: RevisionCase, suggested: string, reasons: string[]): void {
  for (const n of missingNumbers(c.original, c.revised)) reasons.push(`the number ${quote(n.written)} is missing`);
  const allowed = new Set([...statedNumbers(c.original), ...statedNumbers(suggested)].map((n) => n.value));
  for (const n of statedNumbers(c.revised)) if (!allowed.has(n.value)) reasons.push(`it adds the number ${quote(n.written)}`);
}

function checkNames(c: RevisionCase, originalTokens: readonly WordToken[], spans: readonly [number, number][], suggested: string, reasons: string[]): void {
  const glossarySpans = spans.filter((_, i) => c.findings[i]?.ruleId.startsWith('glossary/') === true);
  const revisedTokens = wordTokens(c.revised);
  const available = new Map<string, number>();
  for (const t of revisedTokens) available.set(t.text, (available.get(t.text) ?? 0) + 1);
  const first = originalTokens.find((t) => /\p{L}/u.test(t.text));
  for (const t of names(originalTokens)) {
    const index = originalTokens.indexOf(t);
    if (glossarySpans.some(([a, b]) => index >= a && index < b)) continue;
    const left = available.get(t.text) ?? 0;
    if (left > 0) available.set(t.text, left - 1);
    else reasons.push(`the name ${quote(t.text)} is missing`);
  }
  const known = new Set([...wordTokens(c.original), ...wordTokens(suggested)].map((t) => t.text.toLowerCase()));
  if (first !== undefined) known.add(first.text.toLowerCase());
  for (const t of names(revisedTokens)) if (!known.has(t.text.toLowerCase())) reasons.push(`it adds the name ${quote(t.text)}`);
}

function checkWindow(hunks: readonly DiffHunk[], spans: readonly [number, number][], reasons: string[]): void {
  for (const h of hunks) {
    const near = spans.some(([a, b]) => h.last >= a - CHANGE_WINDOW && h.first <= b + CHANGE_WINDOW);
    if (!near) reasons.push(`it changes text away from the flagged words: ${quote(h.from)} → ${quote(h.to)}`);
  }
}

function checkListedChanges(c: RevisionCase, hunks: readonly DiffHunk[], reasons: string[]): void {
  const listed = c.changes.map((ch) => ({ from: squash(ch.from), to: squash(ch.to) }));
  const covers = (ch: { from: string; to: string }, h: DiffHunk): boolean => ch.from.includes(squash(h.from)) && ch.to.includes(squash(h.to));
  for (const h of hunks) {
    if (!listed.some((ch) => covers(ch, h))) reasons.push(`the change ${quote(h.from)} → ${quote(h.to)} is not listed`);
  }
  const original = squash(c.original);
  const revised = squash(c.revised);
  for (const ch of listed) {
    const real = (ch.from === '' || original.includes(ch.from)) && (ch.to === '' || revised.includes(ch.to)) && ch.from !== ch.to && hunks.some((h) => covers(ch, h));
    if (!real) reasons.push(`the listed change ${quote(ch.from)} → ${quote(ch.to)} is not in the revision`);
  }
}

/** Verifies one revision; see the module comment for the rules. */
export function verifyRevision(c: RevisionCase): Verification {
  const reasons: string[] = [];
  checkShape(c, reasons);
  if (c.revised.trim() === '') return { ok: false, reasons };
  const hunks = wordDiff(c.original, c.revised);
  const added = hunks.map((h) => h.to).join(' ');
  const suggested = c.findings.flatMap((f) => f.suggestions).join(' ');
  const originalTokens = wordTokens(c.original);
  const spans = flaggedTokenSpans(originalTokens, c.findings, c.sentenceStart);
  checkInjection(c, added, reasons);
  checkGlossary(c, reasons);
  checkNumbers(c, suggested, reasons);
  checkNames(c, originalTokens, spans, suggested, reasons);
  checkWindow(hunks, spans, reasons);
  checkListedChanges(c, hunks, reasons);
  return reasons.length === 0 ? { ok: true } : { ok: false, reasons: [...new Set(reasons)] };
}
