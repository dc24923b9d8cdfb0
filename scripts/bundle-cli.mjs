// Bundles the CLI into dist/cli/ with esbuild: one entry module for `mtqa` and one for the worker
// thread, plus chunks for what each command loads on demand (dynamic imports stay lazy). Node then
// reads a handful of files at start-up instead of dozens, which is a measurable part of checking
// one article. Packages stay external: they load from node_modules, and only where used.
// Type checking is `tsc --noEmit` (npm run build runs both).
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
rmSync(join(root, 'dist'), { recursive: true, force: true });
await build({
  entryPoints: [join(root, 'src/cli/main.ts'), join(root, 'src/cli/check-worker.ts')],
  outdir: join(root, 'dist/cli'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Chunks keep their module's name, so a reader (or a test) can tell what a process loaded.
  chunkNames: '[name]-[hash]',
  external: Object.keys(pkg.dependencies ?? {}),
  logLevel: 'warning',
});
