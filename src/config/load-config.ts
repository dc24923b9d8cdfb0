/**
 * Finds and reads `.mtqa.yaml`: named by `--config`, or the first found from the working directory
 * upward. Paths in it are resolved against its directory.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ConfigError } from './config-error.js';
import { parseConfigFile, type ConfigFileSettings } from './parse-config.js';

/** File names looked for, in order, in each directory. */
export const CONFIG_NAMES = ['.mtqa.yaml', '.mtqa.yml'];

export interface LoadedConfig {
  /** The file read, or null when none was found. */
  file: string | null;
  /** Its directory (the working directory when there is no file): relative paths start here. */
  dir: string;
  /** Settings with `glossaries`, `outputs[].file` and `baseline` made absolute. */
  settings: ConfigFileSettings;
}

/** The nearest configuration file from `start` upward, or null. */
export function findConfig(start: string): string | null {
  let dir = resolve(start);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * Loads the named configuration file, or the nearest one.
 * @throws ConfigError for a missing named file or any problem in the file
 */
export function loadConfig(named: string | undefined, cwd: string = process.cwd()): LoadedConfig {
  const file = named === undefined ? findConfig(cwd) : resolve(cwd, named);
  if (file === null) return { file: null, dir: cwd, settings: {} };
  const shown = relative(cwd, file).startsWith('..') ? file : relative(cwd, file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError([{ file: shown, line: 1, column: 1, severity: 'error', message: code === 'ENOENT' ? 'configuration file not found: check the path given to --config' : `cannot read the configuration (${code ?? 'error'})` }]);
  }
  const { settings, problems } = parseConfigFile(text, shown);
  if (problems.length > 0) throw new ConfigError(problems);
  const dir = dirname(file);
  const at = (p: string): string => (isAbsolute(p) ? p : join(dir, p));
  const resolved: ConfigFileSettings = { ...settings };
  if (settings.glossaries !== undefined) resolved.glossaries = settings.glossaries.map(at);
  if (settings.outputs !== undefined) resolved.outputs = settings.outputs.map((o) => ({ format: o.format, file: at(o.file) }));
  if (settings.baseline !== undefined) resolved.baseline = at(settings.baseline);
  return { file, dir, settings: resolved };
}
