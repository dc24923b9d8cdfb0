/**
 * The built-in checks, in the order the linter runs them (checks that exclude prose first).
 * The source-aware checks (`key-term`, `source-number`, `untranslated-segment`,
 * `missing-target`) do nothing unless the input is bilingual.
 */
import type { Check } from './check.js';
import { chineseUnits } from './chinese-units.js';
import { consistency } from './consistency.js';
import { glossaryTerms } from './glossary-terms.js';
import { keyTerm } from './key-term.js';
import { missingTarget } from './missing-target.js';
import { numberFormat } from './number-format.js';
import { pageFurniture } from './page-furniture.js';
import { repeatedWords } from './repeated-words.js';
import { sourceNumbersCheck } from './source-numbers.js';
import { untranslatedCjk } from './untranslated-cjk.js';
import { untranslatedSegment } from './untranslated-segment.js';

export const BUILTIN_CHECKS: readonly Check[] = [
  pageFurniture,
  glossaryTerms,
  numberFormat,
  chineseUnits,
  repeatedWords,
  untranslatedCjk,
  keyTerm,
  sourceNumbersCheck,
  untranslatedSegment,
  missingTarget,
  consistency,
];

export type { Check, CheckContext, Range } from './check.js';
