/**
 * `mtqa apply <article> --decisions <decisions.json> [--out file | --write]`: applies an editor's
 * decisions (exported from the review report) to the original and writes the final text and its
 * unified diff. Refuses a changed article and overlapping decisions.
 */
import { readFileSync } from 'node:fs';
import { contentHash } from '../core/content-hash.js';
import { DecisionsError, parseDecisions, planDecisions, type DecisionsFile } from '../core/decisions.js';
import { applyEdits } from '../core/edits.js';
import { unifiedDiff } from '../reporters/diff.js';
import { InputError, UsageError } from './errors.js';
import { displayPath, encodeText, readInput, writeFileAtomic } from './io.js';
import { oneOf, parseCommandArgs } from './parse-args.js';

const HELP = `Usage: mtqa apply <article> --decisions <decisions.json> [--out <file> | --write] [--diff <file>] [--format text|diff]

Applies the decisions exported from a review report (reports/<name>.html, "Export decisions") to
the article: accepted findings get their replacement, rejected and undecided ones keep the
original. Refuses (exit 2) when the article changed since the report was made or when two
accepted decisions overlap.

Options:
  --decisions <file>  the exported decisions (JSON)
  --out <file>        write the final text there (the article is not changed)
  --write             write the final text over the article (atomic rename)
  --diff <file>       also write the unified diff (git apply / patch -p1) there
  --format <name>     what goes to stdout: text (the final text, the default without --out or
                      --write) or diff (the unified diff, the default with them)
  -h, --help          this help
`;

function readDecisions(path: string): DecisionsFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file`);
    if (code !== undefined) throw new InputError(`${path}: cannot read (${code})`);
    throw new InputError(`${path}: not JSON (${(error as Error).message})`);
  }
  try {
    return parseDecisions(raw);
  } catch (error) {
    if (error instanceof DecisionsError) throw new InputError(`${path}: ${error.message}`);
    throw error;
  }
}

export async function applyCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      decisions: { type: 'string' },
      out: { type: 'string' },
      write: { type: 'boolean' },
      diff: { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    'apply',
  );
  if (values.help === true) {
    process.stdout.write(HELP);
    return 0;
  }
  const [articlePath, ...extra] = positionals;
  if (articlePath === undefined || values.decisions === undefined) throw new UsageError('apply: give an article and --decisions <decisions.json>, e.g. `mtqa apply a.txt --decisions a.decisions.json --out a.final.txt`');
  if (extra.length > 0) throw new UsageError('apply: give exactly one article');
  if (values.out !== undefined && values.write === true) throw new UsageError('apply: use --out or --write, not both');
  const writes = values.out !== undefined || values.write === true;
  const format = oneOf(values.format, ['text', 'diff'] as const, '--format', writes ? 'diff' : 'text');

  const input = readInput(articlePath);
  const decisions = readDecisions(values.decisions);
  const text = input.source.text;
  let plan;
  try {
    plan = planDecisions(text, contentHash(text), decisions);
  } catch (error) {
    if (error instanceof DecisionsError) throw new InputError(`${articlePath}: ${error.message}`);
    throw error;
  }
  const output = applyEdits(text, plan.edits).output;
  const diff = unifiedDiff(input.path, text, output, { bom: input.source.bom });
  const written: string[] = [];
  const target = values.write === true ? input.absolute : values.out;
  if (target !== undefined && (values.write !== true || output !== text)) {
    writeFileAtomic(target, encodeText(output, input.encoding, input.source.bom), true);
    written.push(target);
  }
  if (values.diff !== undefined) {
    writeFileAtomic(values.diff, diff);
    written.push(values.diff);
  }
  if (format === 'diff') process.stdout.write(diff);
  else process.stdout.write(output);
  process.stderr.write(`mtqa: applied ${plan.accepted} accepted decision${plan.accepted === 1 ? '' : 's'} (${plan.rejected} rejected)${written.length > 0 ? `; wrote ${written.map(displayPath).join(', ')}` : ''}\n`);
  return 0;
}
