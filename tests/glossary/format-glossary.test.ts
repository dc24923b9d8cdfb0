/**
 * `mtqa glossary fmt`: the canonical layout, idempotent, keeping every comment and the data.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Lexer, parse } from 'yaml';
import { formatGlossaryText } from '../../src/glossary/format-glossary.js';

const messy = readFileSync('tests/fixtures/glossary-fmt/messy.yaml', 'utf8');
const fmt = (text: string): string => {
  const r = formatGlossaryText(text, 'g.yaml');
  if (r.problems.length > 0) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.text;
};

/** Every comment's text, from the YAML lexer (not a regex: `#` inside strings is not a comment). */
function comments(text: string): string[] {
  return [...new Lexer().lex(text)].filter((t) => t.startsWith('#')).map((t) => t.trim()).sort();
}

/** The data, with entries in id order (fmt sorts them). */
function data(text: string): unknown {
  const value = parse(text) as { entries?: { id: string }[] };
  value.entries?.sort((a, b) => (a.id < b.id ? -1 : 1));
  return value;
}

describe('formatGlossaryText', () => {
  it('writes the canonical layout', () => {
    expect(fmt(messy)).toMatchInlineSnapshot(`
      "# yaml-language-server: $schema=./schema.json
      # A messy but valid glossary: flow lists, odd key order, quoting, comments everywhere.
      glossary: fmt-fixture
      version: 1
      entries:
        # the entries
        # --- bones ---
        - id: gnaw-hard-bones # idiom
          # the Chinese
          source: 啃硬骨头
          category: idiom
          severity: warning
          preferred:
            - tackle the toughest problems
            - take on the hardest tasks
          avoid:
            - 'gnaw {2} hard bone'
          note: '啃硬骨头: take on "the hardest" tasks.'
          examples:
            flag:
              - We must gnaw the hard bones of reform. # plural
            pass:
              - The dog gnawed a bone.

        # --- hats ---
        - id: zhaimao-poverty-list
          source: 摘帽
          category: term
          severity: error
          preferred:
            - removed from the poverty list
          avoid:
            - 'take off [their|its|the] poverty (hat|hats)'
            - pattern: 'without taking off [their|its] poverty hat'
              replacement: not yet removed from the poverty list
            # two renderings
          note: >-
            摘帽 means a county has officially left the national poverty list.
          examples:
            flag:
              - The county took off its poverty hat.
            pass:
              - He took off his hat.

      # end of file
      "
    `);
  });

  it('is idempotent, keeps every comment and the data', () => {
    const once = fmt(messy);
    expect(fmt(once)).toBe(once);
    expect(comments(once)).toEqual(comments(messy));
    expect(data(once)).toEqual(data(messy));
  });

  it('keeps the written order with `order: manual`', () => {
    const manual = messy.replace('version: 1\n', 'version: 1\norder: manual\n');
    const out = fmt(manual);
    expect(out.indexOf('zhaimao-poverty-list')).toBeLessThan(out.indexOf('gnaw-hard-bones'));
    expect(out).toContain('version: 1\norder: manual\nentries:');
    expect(fmt(out)).toBe(out);
  });

  it('reports YAML syntax errors with their position and changes nothing', () => {
    const r = formatGlossaryText('glossary: x\nentries: [a, {b\n', 'g.yaml');
    expect(r.text).toBe('glossary: x\nentries: [a, {b\n');
    expect(r.problems[0]).toMatchObject({ file: 'g.yaml', line: 3, severity: 'error' });
  });

  it('holds for generated glossaries: idempotent, comments and data kept', () => {
    const word = fc.stringMatching(/^[a-z]{1,8}$/);
    const text = fc.oneof(
      fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')),
      fc.constantFrom('it\'s "quoted"', '"starts quoted"', 'colon: inside', '#not a comment', 'ends with #', '- dash', '摘帽', 'yes', '1.5', 'null', '[x]'),
    );
    const entry = fc.record({
      id: word,
      note: text,
      preferred: fc.array(text, { minLength: 1, maxLength: 3 }),
      comment: fc.option(word, { nil: undefined }),
      blank: fc.boolean(),
      flow: fc.boolean(),
    });
    const quote = (s: string) => JSON.stringify(s);
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.id, minLength: 1, maxLength: 6 }), (entries) => {
        let src = '# header\nversion: 1\nglossary: gen\nentries:\n';
        for (const e of entries) {
          if (e.blank) src += '\n';
          if (e.comment !== undefined) src += `  # ${e.comment}\n`;
          src += `  - note: ${quote(e.note)}\n    id: ${e.id}\n`;
          src += e.flow ? `    preferred: [${e.preferred.map(quote).join(', ')}]\n` : `    preferred:\n${e.preferred.map((p) => `      - ${quote(p)}\n`).join('')}`;
        }
        const once = fmt(src);
        expect(fmt(once)).toBe(once);
        expect(comments(once)).toEqual(comments(src));
        expect(data(once)).toEqual(data(src));
      }),
      { numRuns: 200 },
    );
  });
});
