/**
 * The files a run checks: command-line paths (or the configuration's `include` globs), expanded
 * and sorted, minus `exclude` globs, then the `--shard`'s part.
 */
import { relative, resolve } from 'node:path';
import { UsageError } from './errors.js';
import { expandInputs } from './io.js';
import { inShard } from './shard.js';
import type { CheckSettings } from './check-settings.js';

/** A path relative to the configuration directory with `/` separators: the key for globs and shards. */
export function baseKey(path: string, baseDir: string): string {
  return relative(baseDir, resolve(path)).replace(/\\/g, '/');
}

/** The configuration's `include` globs, relative to its directory, sorted. */
async function expandIncludes(globs: readonly string[], baseDir: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const found = await glob([...globs], { cwd: baseDir, onlyFiles: true, absolute: true, dot: false });
  if (found.length === 0) throw new UsageError(`the configuration's include globs (${globs.join(', ')}) match no file`);
  return found.map((f) => relative(process.cwd(), f) || f).sort();
}

/** Expands, excludes and shards; the order is deterministic (sorted within each argument). */
export async function selectFiles(settings: Pick<CheckSettings, 'inputs' | 'exclude' | 'baseDir' | 'shard'>): Promise<string[]> {
  const { inputs, baseDir } = settings;
  if (inputs.args.length === 0) throw new UsageError('name the files or directories to check, e.g. `mtqa check samples`, or list them under `include:` in .mtqa.yaml');
  let files = inputs.fromConfig ? await expandIncludes(inputs.args, baseDir) : await expandInputs(inputs.args);
  if (settings.exclude.length > 0) {
    // picomatch is CommonJS (`module.exports = picomatch`): Node hands it over as `default`.
    const picomatch = ((await import('picomatch')) as unknown as { default: typeof import('picomatch') }).default;
    const excluded = picomatch(settings.exclude, { dot: true });
    files = files.filter((f) => !excluded(baseKey(f, baseDir)));
  }
  const shard = settings.shard;
  if (shard !== null) files = files.filter((f) => inShard(baseKey(f, baseDir), shard));
  return files;
}
