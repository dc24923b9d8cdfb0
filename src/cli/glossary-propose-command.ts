/**
 * `mtqa glossary propose <report.json>... [--out file]`: candidate entries from the LLM review
 * findings of one or more runs, written with `status: proposed` to a separate YAML file (merged
 * with what it already holds) for maintainers to review.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import type { Finding } from '../core/finding.js';
import { formatProblem, loadGlossary } from '../glossary/load-glossary.js';
import { parseGlossaryFile } from '../glossary/parse-glossary.js';
import { proposeEntries, type ProposedEntry, type ReportedFinding } from '../llm/propose-entries.js';
import { defaultGlossaryPath } from './default-glossary.js';
import { InputError, UsageError } from './errors.js';
import { displayPath, writeFileAtomic } from './io.js';
import { parseCommandArgs } from './parse-args.js';
import { compiledGlossary } from './compiled-glossary.js';

const HELP = `Usage: mtqa glossary propose <report.json>... [--out <file.yaml>] [--glossary <path>]...

Reads JSON reports of \`mtqa check --llm-review\` runs and writes their verified review findings as
glossary entries with status: proposed to --out (default proposed-glossary.yaml), keeping the
entries already there. Spans the glossary already flags are skipped. Review the file, then move
approved entries into glossary/ (or load it with --glossary ... --include-proposed).
`;

/** Default output file: outside glossary/, so proposals never apply until someone moves them. */
export const DEFAULT_PROPOSALS = 'proposed-glossary.yaml';

function readReport(path: string): ReportedFinding[] {
  let report: { version?: unknown; files?: { path?: unknown; findings?: unknown }[] };
  try {
    report = JSON.parse(readFileSync(path, 'utf8')) as typeof report;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${path}: no such file` : `${path}: not a JSON report (${(error as Error).message.split('\n')[0]})`);
  }
  if (report === null || typeof report !== 'object' || report.version !== 1 || !Array.isArray(report.files)) throw new InputError(`${path}: not an mtqa JSON report (write one with \`mtqa check --format json\` or --out)`);
  return report.files.flatMap((file) => (Array.isArray(file.findings) ? (file.findings as Finding[]).map((finding) => ({ path: String(file.path), finding })) : []));
}

function readExisting(path: string): ProposedEntry[] {
  if (!existsSync(path)) return [];
  const parsed = parseGlossaryFile(readFileSync(path, 'utf8'), path);
  if (parsed.problems.length > 0) throw new InputError(`${parsed.problems.map(formatProblem).join('\n')}\nmtqa: fix ${path} or choose another --out`);
  const raw = parse(readFileSync(path, 'utf8')) as { entries: ProposedEntry[] };
  return raw.entries;
}

export async function glossaryProposeCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { out: { type: 'string' }, glossary: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } }, 'glossary propose');
  if (values.help === true) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('glossary propose: name the JSON reports to read, e.g. `mtqa glossary propose reports/report.json`');
  const out = values.out ?? DEFAULT_PROPOSALS;
  const reported = positionals.flatMap(readReport);
  const glossary = compiledGlossary(loadGlossary(values.glossary ?? [defaultGlossaryPath()], { includeProposed: true }));
  const existing = readExisting(out);
  const { entries, added, skipped } = proposeEntries(reported, glossary, existing);
  const text = `# yaml-language-server: $schema=./glossary/schema.json\n# Entries proposed by \`mtqa glossary propose\` from LLM review findings; review each before approving.\n${stringify({ glossary: 'proposed', version: 1, entries }, { lineWidth: 0 })}`;
  const check = parseGlossaryFile(text, out);
  if (check.problems.length > 0) throw new Error(`the proposals do not form a valid glossary: ${check.problems.map(formatProblem).join('; ')}`);
  if (added > 0 || !existsSync(out)) writeFileAtomic(out, text);
  process.stdout.write(`${added} entr${added === 1 ? 'y' : 'ies'} proposed, ${skipped} finding${skipped === 1 ? '' : 's'} skipped (already in the glossary or too long); ${entries.length} in ${displayPath(out)}\n`);
  return 0;
}
