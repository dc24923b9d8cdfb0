/**
 * `mtqa glossary <subcommand>`: a small dispatcher, so each glossary tool lives in its own module
 * and is loaded only when used. Add a subcommand by adding an entry to {@link GLOSSARY_COMMANDS}.
 */
import { UsageError } from './errors.js';

type Subcommand = (argv: string[]) => Promise<number>;

/** Subcommands by name, each loaded on demand. */
export const GLOSSARY_COMMANDS: Record<string, { summary: string; load: () => Promise<Subcommand> }> = {
  lint: {
    summary: 'check glossary files: schema, overlaps, fix loops, examples (exit 1 on errors)',
    load: async () => (await import('./glossary-lint-command.js')).glossaryLintCommand,
  },
  fmt: {
    summary: 'write glossary files in the canonical layout (--check: exit 1 if not formatted)',
    load: async () => (await import('./glossary-fmt-command.js')).glossaryFmtCommand,
  },
  add: {
    summary: 'add one entry from flags, validated, in canonical order',
    load: async () => (await import('./glossary-add-command.js')).glossaryAddCommand,
  },
  stats: {
    summary: 'entries per category and severity; with --corpus, hits per entry and silent entries',
    load: async () => (await import('./glossary-stats-command.js')).glossaryStatsCommand,
  },
  import: {
    summary: 'read TBX, CSV or Vale substitution rules into a glossary file',
    load: async () => (await import('./glossary-import-command.js')).glossaryImportCommand,
  },
  export: {
    summary: 'write the glossary as TBX (TBX-Basic) or CSV',
    load: async () => (await import('./glossary-export-command.js')).glossaryExportCommand,
  },
  docs: {
    summary: 'a printable term list by category (Markdown or HTML)',
    load: async () => (await import('./glossary-docs-command.js')).glossaryDocsCommand,
  },
  propose: {
    summary: 'turn LLM review findings from JSON reports into proposed entries (a separate YAML file)',
    load: async () => (await import('./glossary-propose-command.js')).glossaryProposeCommand,
  },
};

function help(): string {
  const width = Math.max(...Object.keys(GLOSSARY_COMMANDS).map((k) => k.length));
  const lines = Object.entries(GLOSSARY_COMMANDS).map(([name, c]) => `  mtqa glossary ${name.padEnd(width)}  ${c.summary}`);
  return `Usage:\n${lines.join('\n')}\n\nGlossary paths default to ./glossary (or the bundled glossary).\nRun \`mtqa glossary <subcommand> --help\` for its options.\n`;
}

export async function glossaryCommand(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    process.stdout.write(help());
    return name === undefined ? 2 : 0;
  }
  const sub = GLOSSARY_COMMANDS[name];
  if (sub === undefined) throw new UsageError(`unknown glossary subcommand \`${name}\`; subcommands: ${Object.keys(GLOSSARY_COMMANDS).join(', ')}`);
  return (await sub.load())(rest);
}
