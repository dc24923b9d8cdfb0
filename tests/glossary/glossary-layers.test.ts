/**
 * Several glossary files combine: each --glossary argument is a layer; a later layer replaces an
 * earlier entry with the same id; deprecated entries never apply; proposed ones only on request.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileGlossary } from '../../src/core/glossary.js';
import { GlossaryError, loadGlossary } from '../../src/glossary/load-glossary.js';
import { brief, lint } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'mtqa-layers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function entry(id: string, avoid: string, preferred: string, extra = ''): string {
  return `  - id: ${id}\n    category: term\n    severity: error\n    preferred: [${preferred}]\n    avoid: [${avoid}]\n    note: A test entry for layering.\n${extra}`;
}
function file(path: string, ...entries: string[]): string {
  const full = join(dir, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, `glossary: layer\nversion: 1\nentries:\n${entries.join('')}`);
  return full;
}

file('base/terms.yaml', entry('hat', 'poverty hat', 'poverty label'), entry('bones', 'hard bones', 'toughest problems'), entry('old', 'old rendering', 'new rendering', '    status: deprecated\n'));
file('base/more.yaml', entry('trial', 'pilot zone', 'trial zone', '    status: proposed\n'));
const desk = file('desk.yaml', entry('hat', 'poverty cap', 'poverty status'));
const text = 'The poverty hat, the poverty cap, hard bones, an old rendering and a pilot zone.';

describe('glossary layers', () => {
  it('a later layer replaces an entry with the same id', () => {
    const g = compileGlossary(loadGlossary([join(dir, 'base'), desk]));
    expect(brief(lint(text, g))).toEqual(['glossary/hat: poverty cap', 'glossary/bones: hard bones']);
  });

  it('without the desk layer, the base entry applies', () => {
    expect(brief(lint(text, compileGlossary(loadGlossary([join(dir, 'base')]))))).toEqual(['glossary/hat: poverty hat', 'glossary/bones: hard bones']);
  });

  it('applies proposed entries only with includeProposed, deprecated ones never', () => {
    const g = compileGlossary(loadGlossary([join(dir, 'base')], { includeProposed: true }));
    expect(brief(lint(text, g))).toEqual(['glossary/hat: poverty hat', 'glossary/bones: hard bones', 'glossary/trial: pilot zone']);
    expect(loadGlossary([join(dir, 'base')], { keepAll: true }).entries.map((e) => e.id).sort()).toEqual(['bones', 'hat', 'old', 'trial']);
  });

  it('an id repeated within one layer is an error, with both places', () => {
    file('dup/b.yaml', entry('hat', 'poverty beret', 'poverty label'));
    file('dup/a.yaml', entry('hat', 'poverty hat', 'poverty label'));
    expect(() => loadGlossary([join(dir, 'dup')])).toThrow(GlossaryError);
    try {
      loadGlossary([join(dir, 'dup')]);
    } catch (error) {
      expect((error as GlossaryError).problems[0]?.message).toMatch(/^duplicate id `hat`, first defined at .*a\.yaml:4:9; rename one$/);
      expect((error as GlossaryError).problems[0]?.file).toMatch(/b\.yaml$/);
    }
  });
});
