/**
 * The built-in checks, in the order the linter runs them (checks that exclude prose first).
 */
import type { Check } from './check.js';
import { chineseUnits } from './chinese-units.js';
import { glossaryTerms } from './glossary-terms.js';
import { numberFormat } from './number-format.js';
import { pageFurniture } from './page-furniture.js';
import { repeatedWords } from './repeated-words.js';
import { untranslatedCjk } from './untranslated-cjk.js';

export const BUILTIN_CHECKS: readonly Check[] = [pageFurniture, glossaryTerms, numberFormat, chineseUnits, repeatedWords, untranslatedCjk];

export type { Check, CheckContext, Range } from './check.js';
