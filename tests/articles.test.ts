/**
 * Articles other than the sample, with the findings an editor expects (reviewed by hand): the
 * glossary must generalise beyond the sample's sentences and stay quiet on ordinary English news.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { brief, lint, shippedGlossary } from './helpers.js';

const dir = new URL('./fixtures/articles/', import.meta.url);
const expected = parse(readFileSync(new URL('expected.yaml', dir), 'utf8')) as Record<string, string[]>;

describe('unseen articles', () => {
  it.each(Object.entries(expected))('%s', (name, findings) => {
    expect(brief(lint(readFileSync(new URL(name, dir), 'utf8'), shippedGlossary()))).toEqual(findings);
  });
});
