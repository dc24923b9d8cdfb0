/** Warns about an entry without the Chinese source term (editors and TBX export need it). */
import { positionIn, type GlossaryLintRule } from './lint-rule.js';

export const missingSource: GlossaryLintRule = {
  id: 'missing-source',
  description: 'An entry with no `source` (the Chinese term).',
  severity: 'warning',
  check(ctx) {
    return ctx.applicable
      .filter((s) => s.entry.source === undefined)
      .map((s) => ({ at: positionIn(s, ['id']), message: 'no `source`: add the Chinese term (e.g. `source: 摘帽`) so editors and TBX exports know what is rendered' }));
  },
};
