/**
 * The shipped glossary (glossary/*.yaml) is lint-clean, formatted, and survives TBX and CSV
 * round trips. CI also runs `mtqa glossary lint glossary` and `mtqa glossary fmt --check glossary`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entryDataFromEntry } from '../../src/glossary/entry-data.js';
import { formatGlossaryText } from '../../src/glossary/format-glossary.js';
import { exportCsv } from '../../src/glossary/interchange/csv-export.js';
import { importCsv } from '../../src/glossary/interchange/csv-import.js';
import { exportTbx } from '../../src/glossary/interchange/tbx-export.js';
import { importTbx } from '../../src/glossary/interchange/tbx-import.js';
import { formatProblem, glossaryFiles, loadGlossary } from '../../src/glossary/load-glossary.js';
import { lintGlossary } from '../../src/glossary/lint/index.js';
import { parseGlossaryFile } from '../../src/glossary/parse-glossary.js';

const files = glossaryFiles('glossary');

describe('shipped glossary maintenance', () => {
  it('lints without errors', () => {
    const problems = lintGlossary([files.map((f) => parseGlossaryFile(readFileSync(f, 'utf8'), f))]);
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });

  it.each(files)('%s is formatted', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(formatGlossaryText(text, file).text === text, `run \`mtqa glossary fmt ${file}\``).toBe(true);
  });

  it('comes back equal from TBX and CSV', () => {
    const entries = loadGlossary(['glossary'], { keepAll: true }).entries.map(entryDataFromEntry);
    expect(importTbx(exportTbx(entries)).entries).toEqual(entries);
    expect(importCsv(exportCsv(entries)).entries).toEqual(entries);
  });
});
