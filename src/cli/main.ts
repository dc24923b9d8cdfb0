#!/usr/bin/env node
/**
 * The `mtqa` command: argv in, exit code out. Each subcommand's module is loaded only when used,
 * so `mtqa check` never loads the LLM SDK, the HTML parser or a browser.
 */
import { ConfigError } from '../config/config-error.js';
import { GlossaryError, formatProblem } from '../glossary/load-glossary.js';
import { InputError, UsageError } from './errors.js';

const HELP = `mtqa: quality checks for English machine translations of Chinese news

Usage:
  mtqa check [files|dirs|globs...] [options]   check articles against the glossary
  mtqa baseline [files|dirs|globs...]           record current findings so that check reports only new ones
  mtqa eval <article> --gold <file.gold.yaml>  measure recall and precision on an annotated article
  mtqa apply <article> --decisions <file.json> apply an editor's decisions from a review report
  mtqa glossary <lint|fmt|add|stats|import|export|docs>  maintain glossary files
  mtqa glossary propose <report.json>...       proposed glossary entries from LLM review findings
  mtqa --version

Run \`mtqa <command> --help\` for a command's options.
Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage, configuration or input error.
`;

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./check-command.js')).checkCommand,
  eval: async () => (await import('./eval-command.js')).evalCommand,
  baseline: async () => (await import('./baseline-command.js')).baselineCommand,
  apply: async () => (await import('./apply-command.js')).applyCommand,
  glossary: async () => (await import('./glossary-command.js')).glossaryCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    const { TOOL_VERSION } = await import('./version.js');
    process.stdout.write(`${TOOL_VERSION}\n`);
    return 0;
  }
  const load = COMMANDS[name];
  if (load === undefined) throw new UsageError(`unknown command \`${name}\`; commands: ${Object.keys(COMMANDS).join(', ')}`);
  return (await load())(rest);
}

// A reader that stops early (`mtqa check --format jsonl | head`) is not an error: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
});

/**
 * Exits once standard output and error are flushed. Everything mtqa writes to files is written
 * synchronously by then, so the exit does not wait for stray handles the runtime still closes
 * (the module loader's file handles after a dynamic import keep an idle process alive ~10 ms).
 */
function exitWhenFlushed(): void {
  const pending = [process.stdout, process.stderr].filter((stream) => stream.writableLength > 0);
  if (pending.length === 0) process.exit();
  let left = pending.length;
  for (const stream of pending) stream.once('drain', () => --left === 0 && process.exit());
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    exitWhenFlushed();
  },
  (error: unknown) => {
    if (error instanceof GlossaryError) {
      process.stderr.write(`${error.problems.map(formatProblem).join('\n')}\nmtqa: the glossary has ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}; fix them and run again\n`);
    } else if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nmtqa: the configuration has ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}; fix them and run again\n`);
    } else if (error instanceof UsageError || error instanceof InputError) {
      process.stderr.write(`mtqa: ${error.message}\n`);
    } else if (error instanceof Error && 'code' in error && typeof (error as NodeJS.ErrnoException).code === 'string') {
      process.stderr.write(`mtqa: ${error.message}\n`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`mtqa: internal error: ${message}\n${process.env.MTQA_DEBUG ? `${(error as Error).stack ?? ''}\n` : 'Set MTQA_DEBUG=1 to see where it happened, and please report it.\n'}`);
    }
    process.exitCode = 2;
    exitWhenFlushed();
  },
);
