/** `mtqa glossary add`: the entry lands in canonical order; nothing else in the file changes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addEntryToText } from '../../src/glossary/add-entry.js';
import type { EntryData } from '../../src/glossary/entry-data.js';
import { formatGlossaryText } from '../../src/glossary/format-glossary.js';
import { parseGlossaryFile } from '../../src/glossary/parse-glossary.js';

const formatted = formatGlossaryText(readFileSync('tests/fixtures/glossary-fmt/messy.yaml', 'utf8'), 'g.yaml').text;

const entry: EntryData = {
  id: 'two-sessions',
  source: '两会',
  category: 'name',
  severity: 'error',
  preferred: ['the two sessions'],
  avoid: ['two meetings'],
  note: 'The annual sessions of the NPC and the CPPCC.',
  examples: { flag: ['The two meetings open today.'], pass: ['Two sessions of talks ended.'] },
};

function add(text: string, data: EntryData = entry) {
  return addEntryToText(text, 'g.yaml', data);
}

describe('addEntryToText', () => {
  it('inserts the entry between its neighbours by id, leaving every other line as it was', () => {
    const result = add(formatted);
    expect(result.problems).toEqual([]);
    const at = result.text.indexOf('  - id: two-sessions');
    const block =
      "  - id: two-sessions\n    source: 两会\n    category: name\n    severity: error\n    preferred:\n      - the two sessions\n    avoid:\n      - 'two meetings'\n" +
      '    note: The annual sessions of the NPC and the CPPCC.\n    examples:\n      flag:\n        - The two meetings open today.\n      pass:\n        - Two sessions of talks ended.\n\n';
    expect(result.text).toBe(formatted.slice(0, at) + block + formatted.slice(at));
    expect(parseGlossaryFile(result.text, 'g.yaml').entries.map((e) => e.id)).toEqual(['gnaw-hard-bones', 'two-sessions', 'zhaimao-poverty-list']);
  });

  it('keeps a formatted file formatted, and puts the comment above the next entry after the new one', () => {
    const result = add(formatted);
    expect(formatGlossaryText(result.text, 'g.yaml').text).toBe(result.text);
    expect(result.text).toContain('        - Two sessions of talks ended.\n\n  # --- hats ---\n  - id: zhaimao-poverty-list');
  });

  it('appends with `order: manual` and leaves an unformatted file unformatted', () => {
    const messy = readFileSync('tests/fixtures/glossary-fmt/messy.yaml', 'utf8').replace('version: 1\n', 'version: 1\norder: manual\n');
    const result = add(messy, { ...entry, id: 'aaa-first-by-id' });
    expect(result.problems).toEqual([]);
    expect(parseGlossaryFile(result.text, 'g.yaml').entries.map((e) => e.id)).toEqual(['zhaimao-poverty-list', 'gnaw-hard-bones', 'aaa-first-by-id']);
    const before = messy.indexOf('glossary: fmt-fixture');
    expect(result.text).toContain(messy.slice(0, before - 1));
    expect(result.text).toContain("    avoid: [\"take off [their|its|the] poverty (hat|hats)\", {replacement: 'not yet removed");
  });

  it('refuses an id that exists, an invalid entry, and an entry that breaks the lint', () => {
    expect(add(formatted, { ...entry, id: 'gnaw-hard-bones' }).problems.map((p) => p.message)).toEqual([
      'an entry with id `gnaw-hard-bones` already exists here; choose another id or edit that entry',
    ]);
    expect(add(formatted, { ...entry, avoid: ['two (meetings'] }).problems.map((p) => p.message)).toEqual(['invalid pattern `two (meetings`: `(` is never closed; add `)`']);
    const loop = add(formatted, { ...entry, id: 'hat', avoid: ['took off his hat'] });
    expect(loop.text).toBe(formatted);
    expect(loop.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '36:11 with the new entry: this flag example is not flagged by entry `hat`; widen a pattern or fix the example',
      '58:11 with the new entry: this pass example is flagged by entry `hat` (`took off his hat`); narrow that pattern, add an `unless` context, or change the example',
    ]);
  });

  it('fills an empty entries list', () => {
    const result = add('glossary: empty\nversion: 1\nentries: []\n');
    expect(result.problems).toEqual([]);
    expect(result.text.startsWith('glossary: empty\nversion: 1\nentries:\n  - id: two-sessions\n')).toBe(true);
  });
});

describe('addEntryToText with CRLF line endings', () => {
  it('keeps the file’s line endings', () => {
    const crlf = formatted.replace(/\n/g, '\r\n');
    const result = addEntryToText(crlf, 'g.yaml', entry);
    expect(result.problems).toEqual([]);
    expect(result.text.replace(/\r\n/g, '')).not.toContain('\n');
  });
});
