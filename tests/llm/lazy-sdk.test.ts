/** Start-up stays lean: `mtqa check` without --llm never loads the Anthropic SDK. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLI } from '../cli/run-cli.js';

const HOOK = fileURLToPath(new URL('../fixtures/record-loads.mjs', import.meta.url));

function loadedModules(args: string[], env: Record<string, string> = {}): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'mtqa-loads-'));
  const log = join(dir, 'loads.txt');
  writeFileSync(log, '');
  writeFileSync(join(dir, 'g.yaml'), 'glossary: t\nversion: 1\nentries:\n  - id: hats\n    category: term\n    severity: error\n    preferred: [removed from the poverty list]\n    avoid: ["take off [its] hat"]\n    note: n\n');
  writeFileSync(join(dir, 'a.txt'), 'The county took off its hat.\n');
  const base: Record<string, string | undefined> = { ...process.env };
  for (const k of Object.keys(base)) if (k.startsWith('ANTHROPIC_')) delete base[k];
  const r = spawnSync(process.execPath, ['--import', HOOK, CLI, ...args, 'a.txt', '--glossary', 'g.yaml'], { cwd: dir, encoding: 'utf8', env: { ...base, MTQA_LOAD_LOG: log, ...env } });
  expect(r.stderr).not.toMatch(/internal error/);
  return readFileSync(log, 'utf8').split('\n').filter((l) => l !== '');
}

describe('the SDK is imported only on the --llm path', () => {
  it('mtqa check without --llm loads no module of @anthropic-ai/sdk', () => {
    const loaded = loadedModules(['check']);
    // The CLI is bundled; each lazily loaded command is a chunk named after its module.
    expect(loaded.some((u) => /\/dist\/cli\/check-command-\w+\.js$/.test(u))).toBe(true);
    expect(loaded.filter((u) => u.includes('@anthropic-ai/sdk') || u.includes('llm-stage') || u.includes('llm-client'))).toEqual([]);
  });

  it('the hook does see the SDK when --llm sends a request (positive control)', () => {
    const loaded = loadedModules(['check', '--llm', '--llm-retries', '0', '--llm-timeout', '1'], { ANTHROPIC_API_KEY: 'k-test-1234', ANTHROPIC_BASE_URL: 'http://127.0.0.1:9' });
    expect(loaded.some((u) => u.includes('@anthropic-ai/sdk'))).toBe(true);
  });
});
