/**
 * The settings of one `mtqa check` or `mtqa baseline` run: command-line flags over the
 * configuration file over the defaults.
 */
import { availableParallelism } from 'node:os';
import { extname, resolve } from 'node:path';
import type { Severity } from '../core/finding.js';
import type { SuppressionOptions } from '../core/suppressions.js';
import { ruleSettings } from '../config/parse-config.js';
import type { LoadedConfig } from '../config/load-config.js';
import { defaultGlossaryPath } from './default-glossary.js';
import { UsageError } from './errors.js';
import { oneOf, type Options } from './parse-args.js';
import { parseShard, type Shard } from './shard.js';

export const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** Flags shared by `check` and `baseline`. */
export const INPUT_OPTIONS = {
  config: { type: 'string' },
  glossary: { type: 'string', multiple: true },
  'include-proposed': { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  shard: { type: 'string' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

/** The flag values {@link resolveSettings} reads (absent ones are undefined). */
export interface SettingFlags {
  glossary?: string[];
  'include-proposed'?: boolean;
  jobs?: string;
  shard?: string;
  stdin?: boolean;
  'stdin-filename'?: string;
  format?: string;
  output?: string;
  'fail-on'?: string;
  baseline?: string;
  'changed-since'?: string;
}

export interface ReportOutput {
  format: string;
  /** Absolute or working-directory-relative path. */
  file: string;
}

export interface CheckSettings {
  glossaries: string[];
  includeProposed: boolean;
  /** Paths, directories or globs from the command line, or the configuration's `include` globs. */
  inputs: { args: string[]; fromConfig: boolean };
  exclude: string[];
  /** Directory that `include`/`exclude` globs and shard keys are relative to. */
  baseDir: string;
  disabledRules: Set<string>;
  severityOverrides: Map<string, Severity>;
  failOn: FailOn;
  /** Format printed on standard output. */
  format: string;
  outputs: ReportOutput[];
  baseline: string | null;
  suppressions: SuppressionOptions;
  jobs: number;
  shard: Shard | null;
  changedSince: string | null;
  /** Read one article from standard input, reported under this name. */
  stdinName: string | null;
}

/** Formats guessed from an `--output` file's extension when `--format` is not given. */
const FORMAT_BY_EXTENSION: Record<string, string> = { '.sarif': 'sarif', '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.xml': 'junit', '.txt': 'text' };

function jobCount(value: string | number | undefined): number {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--jobs must be a whole number of at least 1, not \`${value}\``);
  return n;
}

/**
 * Merges flags, configuration and defaults.
 * @param formats the known format names
 * @throws UsageError for a bad flag value
 */
export function resolveSettings(flags: SettingFlags, positionals: string[], config: LoadedConfig, formats: readonly string[]): CheckSettings {
  const c = config.settings;
  const format = oneOf(flags.format ?? c.format, formats, '--format', 'text');
  let outputs: ReportOutput[] = c.outputs ?? [];
  let stdoutFormat = format;
  if (flags.output !== undefined) {
    const chosen = flags.format ?? c.format ?? FORMAT_BY_EXTENSION[extname(flags.output).toLowerCase()];
    if (chosen === undefined) throw new UsageError(`--output ${flags.output}: name its format with --format (${formats.join(', ')})`);
    outputs = [{ format: oneOf(chosen, formats, '--format', 'text'), file: flags.output }];
    stdoutFormat = 'text';
  }
  const stdinName = flags.stdin === true ? (flags['stdin-filename'] ?? '<stdin>') : null;
  if (flags.stdin !== true && flags['stdin-filename'] !== undefined) throw new UsageError('--stdin-filename goes with --stdin');
  if (stdinName !== null && positionals.length > 0) throw new UsageError('--stdin reads one article from standard input: give no paths with it');
  const { disabledRules, severityOverrides } = ruleSettings(c.rules);
  return {
    glossaries: flags.glossary ?? c.glossaries ?? [defaultGlossaryPath()],
    includeProposed: flags['include-proposed'] === true || c.includeProposed === true,
    inputs: positionals.length > 0 || c.include === undefined ? { args: positionals, fromConfig: false } : { args: c.include, fromConfig: true },
    exclude: c.exclude ?? [],
    baseDir: config.dir,
    disabledRules,
    severityOverrides,
    failOn: oneOf(flags['fail-on'] ?? c.failOn, FAIL_ON, '--fail-on', 'error'),
    format: stdoutFormat,
    outputs,
    baseline: flags.baseline !== undefined ? resolve(flags.baseline) : (c.baseline ?? null),
    suppressions: { plainTextComments: c.suppressions?.plainTextComments === true },
    jobs: jobCount(flags.jobs ?? c.jobs),
    shard: flags.shard === undefined ? null : parseShard(flags.shard),
    changedSince: flags['changed-since'] ?? null,
    stdinName,
  };
}
