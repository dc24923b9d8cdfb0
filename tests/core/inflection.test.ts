import { describe, expect, it } from 'vitest';
import { inflectionKey } from '../../src/core/inflection.js';

const same = [
  ['take', 'takes', 'took', 'taking', 'taken'],
  ['hat', 'hats'],
  ['worry', 'worries', 'worried', 'worrying'],
  ['guarantee', 'guarantees', 'guaranteed'],
  ['house', 'houses', 'housing'],
  ['box', 'boxes'],
  ['church', 'churches'],
  ['stop', 'stops', 'stopped', 'stopping'],
  ['add', 'added', 'adds'],
  ['stuff', 'stuffed'],
  ['run', 'runs', 'running', 'ran'],
  ['withdraw', 'withdrew', 'withdrawn', 'withdrawing'],
  ['unite', 'united', 'unites'],
  ['state', 'states', 'stated'],
  ['fall', 'falls', 'fell', 'falling', 'fallen'],
  ['miss', 'missed', 'missing'],
  ['harden', 'hardened', 'hardening'],
  ['use', 'uses', 'used', 'using'],
  ['sink', 'sank', 'sunk', 'sinking'],
  ['agree', 'agreed', 'agreeing'],
  ['county', 'counties'],
  ['general', 'generals'],
  ['China', "China's"],
];
const different = [
  ['general', 'generate'],
  ['off', 'of'],
  ['news', 'new'],
  ['this', 'thi'],
  ['hard', 'harden'],
  ['bring', 'br'],
  ['thing', 'th'],
];

describe('inflectionKey', () => {
  it.each(same)('gives every inflection of %s one key', (...forms) => {
    const keys = new Set(forms.map((w) => inflectionKey(w.toLowerCase())));
    expect([...keys]).toHaveLength(1);
  });
  it.each(different)('keeps %s and %s apart', (a, b) => {
    expect(inflectionKey(a)).not.toBe(inflectionKey(b));
  });
  it('keys words that name object properties like any other word', () => {
    // A plain-object table of irregular forms once answered `constructor` with Object itself.
    expect(inflectionKey('constructor')).toBe(inflectionKey('constructors'));
    expect(typeof inflectionKey('constructor')).toBe('string');
  });
  it('leaves digits and Chinese alone', () => {
    expect(inflectionKey('42100')).toBe('42100');
    expect(inflectionKey('摘帽')).toBe('摘帽');
  });
});
