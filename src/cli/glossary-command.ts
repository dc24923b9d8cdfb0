/**
 * `mtqa glossary <sub>`: the glossary maintenance commands, each in its own module, loaded only
 * when used. Other subcommands register here with one line.
 */
import { UsageError } from './errors.js';

type Command = (argv: string[]) => Promise<number>;

const HELP = `Usage: mtqa glossary <command> [options]

Commands:
  lint [paths...]       check glossary files: schema, overlaps, fix loops, examples (exit 1 on errors)
  fmt [--check] [paths] write glossary files in the canonical layout (--check: exit 1 if not formatted)
  add --file <f> ...    add an entry, validated, in canonical order
  stats [--corpus ...]  entries per category and severity; with a corpus, hits per entry
  import <file>         read TBX, CSV or Vale substitution rules into a glossary file
  export [paths]        write the glossary as TBX or CSV
  docs [paths]          a printable term list (Markdown or HTML)

Paths default to ./glossary (or the bundled glossary). Run \`mtqa glossary <command> --help\` for options.
`;

/** Subcommands by name; each module exports one `(argv) => Promise<exit code>`. */
export const GLOSSARY_COMMANDS: Record<string, () => Promise<Command>> = {
  lint: async () => (await import('./glossary-lint-command.js')).glossaryLintCommand,
  fmt: async () => (await import('./glossary-fmt-command.js')).glossaryFmtCommand,
  add: async () => (await import('./glossary-add-command.js')).glossaryAddCommand,
  stats: async () => (await import('./glossary-stats-command.js')).glossaryStatsCommand,
  import: async () => (await import('./glossary-import-command.js')).glossaryImportCommand,
  export: async () => (await import('./glossary-export-command.js')).glossaryExportCommand,
  docs: async () => (await import('./glossary-docs-command.js')).glossaryDocsCommand,
};

export async function glossaryCommand(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP);
    return name === undefined ? 2 : 0;
  }
  const load = GLOSSARY_COMMANDS[name];
  if (load === undefined) throw new UsageError(`unknown glossary command \`${name}\`; commands: ${Object.keys(GLOSSARY_COMMANDS).join(', ')}`);
  return (await load())(rest);
}
