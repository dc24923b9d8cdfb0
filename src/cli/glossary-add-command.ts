/** `mtqa glossary add --file <f> --id … --preferred … --avoid … --note …`: one validated entry. */
import { existsSync, readFileSync } from 'node:fs';
import type { Severity } from '../core/finding.js';
import { addEntryToText } from '../glossary/add-entry.js';
import { examplesData, type EntryData } from '../glossary/entry-data.js';
import { glossaryFileYaml } from '../glossary/format-glossary.js';
import { formatProblem } from '../glossary/load-glossary.js';
import { InputError, UsageError } from './errors.js';
import { displayPath, writeFileAtomic } from './io.js';
import { oneOf, parseCommandArgs } from './parse-args.js';

const HELP = `Usage: mtqa glossary add --file <glossary.yaml> --id <id> --preferred <text> --avoid <pattern> --note <text> [options]

Adds one entry in canonical order (by id, or last with \`order: manual\`) without touching the
rest of the file; refuses (exit 2) when the entry is invalid or would break the glossary's lint
(a duplicate id, an overlap, a pass example it would flag). A missing file is created.

Options:
  --file <path>          the glossary file (required)
  --id <id>              kebab-case id (required)
  --source <text>        the Chinese term
  --preferred <text>     an approved rendering (repeatable; the first is the default fix)
  --avoid <pattern>      an avoided rendering, in the pattern language (repeatable)
  --unless <pattern>     a negative context for every avoided rendering (repeatable)
  --note <text>          what the source means (required)
  --category <name>      term (default), idiom, name, meaning, fluency, style, number, boilerplate
  --severity <level>     error (default), warning or info
  --status <status>      approved (default), proposed or deprecated
  --owner <name>         who maintains the entry
  --not-fixable          suggest only, never substitute automatically
  --flag <sentence>      an example the entry must flag (repeatable)
  --pass <sentence>      an example no entry may flag (repeatable)
  -h, --help             this help
`;

const CATEGORIES = ['term', 'idiom', 'name', 'meaning', 'fluency', 'style', 'number', 'boilerplate'] as const;

export async function glossaryAddCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(
    argv,
    {
      file: { type: 'string' },
      id: { type: 'string' },
      source: { type: 'string' },
      preferred: { type: 'string', multiple: true },
      avoid: { type: 'string', multiple: true },
      unless: { type: 'string', multiple: true },
      note: { type: 'string' },
      category: { type: 'string' },
      severity: { type: 'string' },
      status: { type: 'string' },
      owner: { type: 'string' },
      'not-fixable': { type: 'boolean' },
      flag: { type: 'string', multiple: true },
      pass: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
    'glossary add',
  );
  if (values.help === true) {
    process.stdout.write(HELP);
    return 0;
  }
  const missing = (['file', 'id', 'preferred', 'avoid', 'note'] as const).filter((k) => values[k] === undefined);
  if (missing.length > 0) throw new UsageError(`glossary add: missing ${missing.map((m) => `--${m}`).join(', ')}; see \`mtqa glossary add --help\``);
  const file = values.file as string;
  const data: EntryData = {
    id: values.id as string,
    category: oneOf(values.category, CATEGORIES, '--category', 'term'),
    severity: oneOf<Severity>(values.severity as Severity | undefined, ['error', 'warning', 'info'], '--severity', 'error'),
    preferred: values.preferred ?? [],
    avoid: values.avoid ?? [],
    note: values.note as string,
  };
  if (values.source !== undefined) data.source = values.source;
  if (values.status !== undefined) data.status = oneOf(values.status, ['approved', 'proposed', 'deprecated'] as const, '--status', 'approved');
  if (values.owner !== undefined) data.owner = values.owner;
  if (values.unless !== undefined) data.unless = values.unless;
  if (values['not-fixable'] === true) data.fixable = false;
  const examples = examplesData(values.flag ?? [], values.pass ?? []);
  if (examples !== undefined) data.examples = examples;

  let text: string;
  if (existsSync(file)) {
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new InputError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  } else {
    const name = file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/i, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'glossary';
    text = glossaryFileYaml(name, [], undefined, ' yaml-language-server: $schema=./schema.json');
  }
  const result = addEntryToText(text, displayPath(file), data);
  if (result.problems.length > 0) {
    for (const p of result.problems) process.stderr.write(`${formatProblem(p)}\n`);
    process.stderr.write(`mtqa: entry \`${data.id}\` not added; ${file} is unchanged\n`);
    return 2;
  }
  writeFileAtomic(file, result.text, true);
  process.stdout.write(`added \`${data.id}\` to ${displayPath(file)}\n`);
  return 0;
}
