/** `mtqa glossary …` end to end, as a user runs it: exit codes, messages, files written. */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'mtqa-glossary-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const messy = 'tests/fixtures/glossary-fmt/messy.yaml';

describe('mtqa glossary', () => {
  it('lists its commands and rejects an unknown one', () => {
    expect(runCli(['glossary', '--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('mtqa glossary lint ') });
    expect(runCli(['glossary', 'frobnicate'])).toMatchObject({ code: 2, stderr: 'mtqa: unknown glossary subcommand `frobnicate`; subcommands: lint, fmt, add, stats, import, export, docs, propose\n' });
  });

  it('lint: exit 1 with file:line:col messages on errors, 0 on a clean glossary', () => {
    const bad = runCli(['glossary', 'lint', 'tests/fixtures/glossary-lint/pass-example-flagged.yaml']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe(
      'tests/fixtures/glossary-lint/pass-example-flagged.yaml:17:11 error this pass example is flagged by entry `zhaimao` (`took off its red hat`); narrow that pattern, add an `unless` context, or change the example\n',
    );
    expect(bad.stderr).toBe('mtqa glossary lint: 1 file, 1 entries: 1 error, 0 warnings\n');
    expect(runCli(['glossary', 'lint', messy])).toMatchObject({ code: 0, stdout: '' });
    expect(runCli(['glossary', 'lint', 'tests/fixtures/glossary-lint/warnings.yaml', '--max-warnings', '0']).code).toBe(1);
    expect(runCli(['glossary', 'lint', 'no/such/dir'])).toMatchObject({ code: 2, stderr: expect.stringContaining('glossary not found') });
  });

  it('fmt: --check exits 1 on an unformatted file; plain fmt shows a diff; --write rewrites it; then --check passes', () => {
    const file = join(dir, 'fmt.yaml');
    copyFileSync(messy, file);
    expect(runCli(['glossary', 'fmt', '--check', file])).toMatchObject({ code: 1, stdout: expect.stringContaining('fmt.yaml: not formatted') });
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(messy, 'utf8'));
    const preview = runCli(['glossary', 'fmt', file]);
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain("-    avoid: [\"take off [their|its|the] poverty (hat|hats)\"");
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(messy, 'utf8'));
    expect(runCli(['glossary', 'fmt', '--write', file])).toMatchObject({ code: 0, stdout: `formatted ${file}\n` });
    expect(runCli(['glossary', 'fmt', '--check', file])).toMatchObject({ code: 0, stdout: '' });
  });

  it('add: inserts a valid entry; refuses an invalid one and leaves the file alone', () => {
    const file = join(dir, 'add.yaml');
    copyFileSync(messy, file);
    const ok = runCli(['glossary', 'add', '--file', file, '--id', 'two-sessions', '--source', '两会', '--preferred', 'the two sessions', '--avoid', 'two meetings', '--note', 'The annual sessions of the NPC and CPPCC.', '--category', 'name', '--flag', 'The two meetings open today.']);
    expect(ok).toMatchObject({ code: 0, stdout: expect.stringContaining('added `two-sessions`') });
    expect(readFileSync(file, 'utf8')).toContain('  - id: two-sessions\n    source: 两会\n    category: name\n');
    const before = readFileSync(file, 'utf8');
    const bad = runCli(['glossary', 'add', '--file', file, '--id', 'x', '--preferred', 'y', '--avoid', 'z (', '--note', 'n', '--severity', 'error']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('invalid pattern `z (`');
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(runCli(['glossary', 'add', '--file', file, '--id', 'x']).stderr).toBe('mtqa: glossary add: missing --preferred, --avoid, --note; see `mtqa glossary add --help`\n');
  });

  it('export and import: TBX and CSV come back as a glossary that lints clean', () => {
    for (const format of ['tbx', 'csv']) {
      const exported = join(dir, `export.${format}`);
      const back = join(dir, `back-${format}.yaml`);
      expect(runCli(['glossary', 'export', messy, '--out', exported]).code).toBe(0);
      expect(runCli(['glossary', 'import', exported, '--out', back]).code).toBe(0);
      expect(runCli(['glossary', 'lint', back])).toMatchObject({ code: 0, stdout: '' });
      expect(runCli(['glossary', 'fmt', '--check', back]).code).toBe(0);
    }
  });

  it('import: invalid XML is one clear line with its position, exit 2', () => {
    const file = join(dir, 'broken.tbx');
    writeFileSync(file, '<?xml version="1.0"?>\n<tbx>\n  <text>\n    <body></bod>\n');
    const r = runCli(['glossary', 'import', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${file}:4:16 error invalid XML: unexpected close tag.\n`);
  });

  it('docs: writes escaped HTML; stats counts hits over a corpus', () => {
    const out = join(dir, 'terms.html');
    expect(runCli(['glossary', 'docs', messy, '--format', 'html', '--out', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<td>啃硬骨头: take on &quot;the hardest&quot; tasks.</td>');
    const article = join(dir, 'article.txt');
    writeFileSync(article, 'The county took off its poverty hat. We must gnaw the hard bones.\n');
    const stats = runCli(['glossary', 'stats', messy, '--corpus', article, '--format', 'json']);
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout).corpus.hits).toEqual([
      { entry: 'gnaw-hard-bones', count: 1 },
      { entry: 'zhaimao-poverty-list', count: 1 },
    ]);
  });
});
