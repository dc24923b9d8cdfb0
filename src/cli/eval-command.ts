/**
 * `mtqa eval <article> --gold <file.gold.yaml>`: recall and precision of the glossary and checks
 * on an annotated article.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { locateSpans, score, type GoldSpan, type GoldSpanYaml, type Score } from '../eval/gold.js';
import type { ProseView } from '../formats/index.js';
import { glossaryCacheFromEnv } from '../glossary/glossary-cache.js';
import { loadGlossary } from '../glossary/load-glossary.js';
import { lintDocument } from '../linter.js';
import { defaultGlossaryPath } from './default-glossary.js';
import { InputError, UsageError } from './errors.js';
import { readInput } from './io.js';
import { oneOf, parseCommandArgs } from './parse-args.js';
import { readDocument } from './read-document.js';
import { TOOL_VERSION } from './version.js';
import { compiledGlossary } from './compiled-glossary.js';

const HELP = `Usage: mtqa eval <article (.txt, .md or .html)> --gold <file.gold.yaml> [--glossary <path>]... [--format text|json]
  [--min-recall R] [--min-major-recall R] [--min-precision R]

Prints recall (all spans, and major spans only), precision (findings on neutral spans count
neither way), the missed spans by category and the false alarms. With --min-* it exits 1 when a
figure is below the bound.
`;

/** Reads a gold file and locates its spans (and neutral spans) in the article, once. */
function readGold(path: string, article: string): { spans: GoldSpan[]; neutral: GoldSpan[] } {
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputError(`${path}: ${(error as Error).message.split('\n')[0] ?? 'cannot read the gold file'}`);
  }
  const gold = raw as { spans?: GoldSpanYaml[]; neutral?: GoldSpanYaml[] } | null;
  if (gold === null || typeof gold !== 'object' || !Array.isArray(gold.spans)) throw new InputError(`${path}: not a gold file (no \`spans:\` list)`);
  try {
    return { spans: locateSpans(article, gold.spans), neutral: locateSpans(article, gold.neutral ?? []) };
  } catch (error) {
    throw new InputError(`${path}: ${(error as Error).message}`);
  }
}

/** Gold spans located in the prose, moved to the file's offsets. */
export function mapSpans(view: ProseView, spans: readonly GoldSpan[]): GoldSpan[] {
  return spans.map((s) => ({ ...s, ...view.map.toFile(s.start, s.end) }));
}

function pct(x: number): string {
  return x.toFixed(3);
}

export function formatScore(s: Score): string {
  const lines = [
    `recall        ${pct(s.recall)}  (${s.detected}/${s.spans} spans)`,
    `major recall  ${pct(s.majorRecall)}  (${s.majorDetected}/${s.majorSpans} major spans)`,
    `precision     ${pct(s.precision)}  (${s.truePositives} on gold spans, ${s.falsePositives} false alarms, ${s.neutralFindings} on neutral spans)`,
    '',
    'by category:',
    ...Object.entries(s.byCategory)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([c, v]) => `  ${c.padEnd(12)} ${v.detected}/${v.spans}`),
  ];
  if (s.missed.length > 0) {
    lines.push('', 'missed:');
    for (const m of [...s.missed].sort((a, b) => (a.category < b.category ? -1 : a.category > b.category ? 1 : a.start - b.start))) {
      lines.push(`  [${m.category}, ${m.severity}] ${JSON.stringify(m.text)}${m.better ? ` -> ${m.better}` : ''}`);
    }
  }
  if (s.falseAlarms.length > 0) {
    lines.push('', 'false alarms:');
    for (const f of s.falseAlarms) lines.push(`  ${f.line}:${f.column} ${f.ruleId} ${JSON.stringify(f.text)}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function evalCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      gold: { type: 'string' },
      glossary: { type: 'string', multiple: true },
      format: { type: 'string' },
      'min-recall': { type: 'string' },
      'min-major-recall': { type: 'string' },
      'min-precision': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    'eval',
  );
  if (values.help === true) {
    process.stdout.write(HELP);
    return 0;
  }
  const format = oneOf(values.format, ['text', 'json'] as const, '--format', 'text');
  const [articlePath, ...extra] = positionals;
  if (articlePath === undefined || values.gold === undefined) throw new UsageError('eval: give an article and --gold <file.gold.yaml>');
  if (extra.length > 0) throw new UsageError('eval: give exactly one article');
  const bound = (flag: string, v: string | undefined): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!(n >= 0 && n <= 1)) throw new UsageError(`${flag} must be a number from 0 to 1, not \`${v}\``);
    return n;
  };
  const minRecall = bound('--min-recall', values['min-recall']);
  const minMajor = bound('--min-major-recall', values['min-major-recall']);
  const minPrecision = bound('--min-precision', values['min-precision']);
  const input = readInput(articlePath);
  const view = await readDocument(input);
  // Gold spans are located in the prose (HTML and Markdown read as plain text there; a line break
  // inside a reflowed paragraph counts as a space), then mapped to the file.
  const prose = view.prose.replace(/\s/g, ' ');
  const gold = readGold(values.gold, prose);
  const glossaryPaths = values.glossary ?? [defaultGlossaryPath()];
  const compiled = compiledGlossary(loadGlossary(glossaryPaths, { cache: glossaryCacheFromEnv(process.env, TOOL_VERSION) }));
  const findings = lintDocument(input.source, view, compiled);
  const result = score({ spans: mapSpans(view, gold.spans), neutral: mapSpans(view, gold.neutral) }, findings);
  if (format === 'json') process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else process.stdout.write(formatScore(result));
  const below = (minRecall !== undefined && result.recall < minRecall) || (minMajor !== undefined && result.majorRecall < minMajor) || (minPrecision !== undefined && result.precision < minPrecision);
  return below ? 1 : 0;
}
