/**
 * The `yaml` package, loaded on first use: importing it costs tens of milliseconds of start-up,
 * and a glossary read from the cache (`glossary-cache.ts`) never needs it.
 */
import { createRequire } from 'node:module';

type Yaml = typeof import('yaml');
let loaded: Yaml | undefined;

/** The `yaml` module (its CommonJS build, loaded synchronously so the loader stays synchronous). */
export function yamlModule(): Yaml {
  loaded ??= createRequire(import.meta.url)('yaml') as Yaml;
  return loaded;
}
