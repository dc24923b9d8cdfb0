/**
 * The one tool the model must call, its strict JSON input schema, and the check of what comes
 * back. The schema is the contract documented in the README ("The LLM stage"); the checker trusts
 * nothing the API returns.
 */

/** Name of the forced tool (`tool_choice: {type: 'tool', name: REVISION_TOOL_NAME}`). */
export const REVISION_TOOL_NAME = 'submit_revisions';

/** MQM error categories the review asks for (GEMBA-MQM's top level, without "other"). */
export const MQM_CATEGORIES = ['accuracy', 'fluency', 'terminology', 'style'] as const;
export type MqmCategory = (typeof MQM_CATEGORIES)[number];

/** MQM severities, from least to most serious. */
export const MQM_SEVERITIES = ['minor', 'major', 'critical'] as const;
export type MqmSeverity = (typeof MQM_SEVERITIES)[number];

/** One change the model says it made: `from` (text of the original sentence) became `to`. */
export interface ListedChange {
  from: string;
  to: string;
}

/** The model's revision of one sentence. */
export interface ToolRevision {
  /** The sentence id from the request (`s1`, `s2`, … within one request). */
  id: string;
  /** The whole sentence as revised. */
  revised: string;
  changes: ListedChange[];
}

/** An MQM-style issue the review found beyond the glossary. */
export interface ToolIssue {
  id: string;
  /** The exact words of the sentence the issue is about. */
  span: string;
  category: MqmCategory;
  severity: MqmSeverity;
  explanation: string;
  /** A better rendering of `span`. */
  suggestion: string;
}

/** The tool input, once checked. `issues` is empty unless the request asked for a review. */
export interface ToolOutput {
  revisions: ToolRevision[];
  issues: ToolIssue[];
}

/** The tool input did not match the schema; the message says where. */
export class MalformedToolInput extends Error {
  override name = 'MalformedToolInput';
}

const str = (description: string) => ({ type: 'string', description });

const REVISION_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'revised', 'changes'],
  properties: {
    id: str('The id of the sentence, as given in the request (s1, s2, …).'),
    revised: str('The whole sentence, revised. Only the flagged words and what grammar needs around them may change.'),
    changes: {
      type: 'array',
      description: 'Every change made, as the exact original words and their replacement.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['from', 'to'],
        properties: { from: str('Exact words of the original sentence.'), to: str('What they became.') },
      },
    },
  },
} as const;

const ISSUE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'span', 'category', 'severity', 'explanation', 'suggestion'],
  properties: {
    id: str('The id of the sentence (s1, s2, …).'),
    span: str('The exact words of the sentence that are wrong or awkward.'),
    category: { type: 'string', enum: [...MQM_CATEGORIES] },
    severity: { type: 'string', enum: [...MQM_SEVERITIES] },
    explanation: str('One sentence: what is wrong.'),
    suggestion: str('A better English rendering of the span.'),
  },
} as const;

/** A JSON schema object, as the Messages API takes it in `input_schema`. */
export interface InputSchema {
  type: 'object';
  [key: string]: unknown;
}

/** The tool definition for a request; `review` adds the `issues` array. */
export function revisionTool(review: boolean): { name: string; description: string; strict: boolean; input_schema: InputSchema } {
  const properties: Record<string, unknown> = {
    revisions: { type: 'array', description: 'One revision for each sentence marked "revise": true.', items: REVISION_SCHEMA },
  };
  if (review) properties.issues = { type: 'array', description: 'Problems the glossary did not flag, in every sentence.', items: ISSUE_SCHEMA };
  return {
    name: REVISION_TOOL_NAME,
    description: review
      ? 'Record the revised sentences and the translation problems found beyond the glossary.'
      : 'Record the revised sentences.',
    strict: true,
    input_schema: { type: 'object', additionalProperties: false, required: Object.keys(properties), properties },
  };
}

function record(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new MalformedToolInput(`${path} is not an object`);
  return value as Record<string, unknown>;
}

function list(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new MalformedToolInput(`${path} is not an array`);
  return value;
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new MalformedToolInput(`${path} is not a string`);
  return value;
}

function onlyKeys(object: Record<string, unknown>, keys: readonly string[], path: string): void {
  for (const k of Object.keys(object)) if (!keys.includes(k)) throw new MalformedToolInput(`${path} has an unexpected field \`${k}\``);
  for (const k of keys) if (!(k in object)) throw new MalformedToolInput(`${path} lacks \`${k}\``);
}

function oneOfValues<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  const s = text(value, path);
  if (!(allowed as readonly string[]).includes(s)) throw new MalformedToolInput(`${path} is \`${s}\`, not one of ${allowed.join(', ')}`);
  return s as T;
}

/**
 * Checks a tool input against the schema and the request's sentence ids.
 * @throws MalformedToolInput naming the first field that is wrong
 */
export function parseToolOutput(input: unknown, ids: ReadonlySet<string>, review: boolean): ToolOutput {
  const root = record(input, 'the tool input');
  onlyKeys(root, review ? ['revisions', 'issues'] : ['revisions'], 'the tool input');
  const seen = new Set<string>();
  const knownId = (value: unknown, path: string): string => {
    const id = text(value, path);
    if (!ids.has(id)) throw new MalformedToolInput(`${path} \`${id}\` is not a sentence of the request`);
    return id;
  };
  const revisions = list(root.revisions, 'revisions').map((item, i): ToolRevision => {
    const path = `revisions[${i}]`;
    const r = record(item, path);
    onlyKeys(r, ['id', 'revised', 'changes'], path);
    const id = knownId(r.id, `${path}.id`);
    if (seen.has(id)) throw new MalformedToolInput(`${path}.id \`${id}\` is revised twice`);
    seen.add(id);
    const changes = list(r.changes, `${path}.changes`).map((c, j): ListedChange => {
      const cp = `${path}.changes[${j}]`;
      const change = record(c, cp);
      onlyKeys(change, ['from', 'to'], cp);
      return { from: text(change.from, `${cp}.from`), to: text(change.to, `${cp}.to`) };
    });
    return { id, revised: text(r.revised, `${path}.revised`), changes };
  });
  const issues = !review
    ? []
    : list(root.issues, 'issues').map((item, i): ToolIssue => {
        const path = `issues[${i}]`;
        const r = record(item, path);
        onlyKeys(r, ['id', 'span', 'category', 'severity', 'explanation', 'suggestion'], path);
        return {
          id: knownId(r.id, `${path}.id`),
          span: text(r.span, `${path}.span`),
          category: oneOfValues(r.category, MQM_CATEGORIES, `${path}.category`),
          severity: oneOfValues(r.severity, MQM_SEVERITIES, `${path}.severity`),
          explanation: text(r.explanation, `${path}.explanation`),
          suggestion: text(r.suggestion, `${path}.suggestion`),
        };
      });
  return { revisions, issues };
}
