/**
 * `mtqa check`: read articles, run the checks, print a report, write reports and fixes.
 */
import { basename, extname, join } from 'node:path';
import { applyEdits } from '../core/edits.js';
import { severityRank, type Finding, type Severity } from '../core/finding.js';
import { compileGlossary, type CompiledGlossary } from '../core/glossary.js';
import { glossaryCacheFromEnv } from '../glossary/glossary-cache.js';
import { loadGlossary } from '../glossary/load-glossary.js';
import { lintText } from '../linter.js';
import { unifiedDiff } from '../reporters/diff.js';
import { REPORTERS, type FileResult, type ReportContext } from '../reporters/index.js';
import { defaultGlossaryPath } from './default-glossary.js';
import { InputError, UsageError } from './errors.js';
import { displayPath, encodeText, expandInputs, readInput, writeFileAtomic, type InputFile } from './io.js';
import { oneOf, parseCommandArgs } from './parse-args.js';
import { TOOL_VERSION } from './version.js';

const HELP = `Usage: mtqa check [files|dirs|globs...] [options]

Options:
  --glossary <path>     glossary file or directory (repeatable; later ones override earlier ids).
                        Default: ./glossary if it exists, else the bundled glossary
  --include-proposed    also apply entries with status: proposed
  --format <name>       text (default) or json, printed to stdout
  --out <dir>           write reports there: report.json, and with --fix <name>.fixed.<ext> and <name>.diff
  --fix                 compute the safe fixes (written to --out, default reports/)
  --write               apply the safe fixes to the input files themselves (atomic rename)
  --fail-on <level>     error (default), warning, info or never: lowest severity that exits 1
  --color / --no-color  force colour on or off (default: on for a terminal, off when NO_COLOR is set)
  -h, --help            this help
`;

export const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;


/** A report file name for each input, unique within one run ("sample", "news-sample" on a clash). */
export function reportNames(paths: readonly string[]): string[] {
  const taken = new Set<string>();
  return paths.map((p) => {
    const parts = p.replace(/\\/g, '/').split('/').filter((x) => x !== '' && x !== '.' && x !== '..');
    const file = parts.pop() ?? 'input';
    let name = basename(file, extname(file));
    while (taken.has(name) && parts.length > 0) name = `${parts.pop() as string}-${name}`;
    let unique = name;
    for (let n = 2; taken.has(unique); n++) unique = `${name}-${n}`;
    taken.add(unique);
    return unique;
  });
}

/** Whether any finding reaches the fail-on level. */
export function failing(findings: readonly Finding[], failOn: (typeof FAIL_ON)[number]): boolean {
  if (failOn === 'never') return false;
  const threshold = severityRank(failOn as Severity);
  return findings.some((f) => severityRank(f.severity) >= threshold);
}

export interface CheckedFile extends FileResult {
  input: InputFile;
}

/** Checks one decoded input. */
export function checkInput(input: InputFile, glossary: CompiledGlossary): CheckedFile {
  return { path: input.path, text: input.source.text, findings: lintText(input.source, glossary), input };
}

/** Applies a file's safe fixes; returns the fixed text. */
export function fixedText(result: FileResult): string {
  const edits = result.findings.flatMap((f) => (f.fix === null ? [] : [f.fix]));
  return applyEdits(result.text, edits).output;
}

export async function checkCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      glossary: { type: 'string', multiple: true },
      'include-proposed': { type: 'boolean' },
      format: { type: 'string' },
      out: { type: 'string' },
      fix: { type: 'boolean' },
      write: { type: 'boolean' },
      'fail-on': { type: 'string' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    'check',
  );
  if (values.help === true) {
    process.stdout.write(HELP);
    return 0;
  }
  const format = oneOf(values.format, Object.keys(REPORTERS), '--format', 'text');
  const failOn = oneOf(values['fail-on'], FAIL_ON, '--fail-on', 'error');
  if (positionals.length === 0) throw new UsageError('check: name the files or directories to check, e.g. `mtqa check samples`');
  const paths = await expandInputs(positionals);
  const glossary = loadGlossary(values.glossary ?? [defaultGlossaryPath()], {
    includeProposed: values['include-proposed'] === true,
    cache: glossaryCacheFromEnv(process.env, TOOL_VERSION),
  });
  const compiled = compileGlossary(glossary);

  const results: CheckedFile[] = [];
  let inputErrors = 0;
  for (const path of paths) {
    try {
      results.push(checkInput(readInput(path), compiled));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      process.stderr.write(`mtqa: ${error.message}\n`);
      inputErrors++;
    }
  }

  const color = values['no-color'] === true ? false : values.color === true || (process.stdout.isTTY === true && !process.env.NO_COLOR);
  const context: ReportContext = { color, glossaryVersion: glossary.version, toolVersion: TOOL_VERSION };
  process.stdout.write((REPORTERS[format] as (typeof REPORTERS)[string])(results, context));

  const written: string[] = [];
  const fix = values.fix === true || values.write === true;
  if (values.out !== undefined || fix) {
    const out = values.out ?? 'reports';
    const names = reportNames(results.map((r) => r.path));
    const json = REPORTERS.json as (typeof REPORTERS)[string];
    writeFileAtomic(join(out, 'report.json'), json(results, { ...context, color: false }));
    written.push(join(out, 'report.json'));
    if (fix) {
      results.forEach((r, i) => {
        const fixed = fixedText(r);
        const name = names[i] as string;
        const ext = extname(r.path) || '.txt';
        writeFileAtomic(join(out, `${name}.fixed${ext}`), encodeText(fixed, r.input.encoding, r.input.source.bom));
        writeFileAtomic(join(out, `${name}.diff`), unifiedDiff(r.path, r.text, fixed));
        written.push(join(out, `${name}.fixed${ext}`), join(out, `${name}.diff`));
        if (values.write === true && fixed !== r.text) {
          writeFileAtomic(r.input.absolute, encodeText(fixed, r.input.encoding, r.input.source.bom));
          written.push(r.input.absolute);
        }
      });
    }
  }
  if (written.length > 0 && format === 'text') process.stdout.write(`wrote ${written.map(displayPath).join(', ')}\n`);
  if (inputErrors > 0) return 2;
  return failing(results.flatMap((r) => r.findings), failOn) ? 1 : 0;
}

