/**
 * How mtqa entries map onto TBX (ISO 30042), shared by import and export.
 *
 * | mtqa | TBX |
 * |---|---|
 * | id | `conceptEntry`/`termEntry` `id` attribute |
 * | category | `<descrip type="subjectField">` (when it is an mtqa category) |
 * | note | `<note>` on the concept (else `<descrip type="definition">`) |
 * | source | the first `zh` term (preferred first) |
 * | preferred | `en` terms with administrativeStatus preferredTerm-admn-sts or admittedTerm-admn-sts (or none) |
 * | avoid | `en` terms with deprecatedTerm-admn-sts or supersededTerm-admn-sts |
 * | severity, status, owner, fixable, unless, examples | `<admin type="x-mtqa-…">` on the concept |
 * | an avoided rendering's replacement and unless | `<termNote type="x-mtqa-…">` on its term |
 *
 * The `x-mtqa-` data categories are private to mtqa; other tools keep or ignore them.
 */

/** administrativeStatus values read as approved renderings. */
export const PREFERRED_STATUSES = ['preferredTerm-admn-sts', 'admittedTerm-admn-sts'] as const;
/** administrativeStatus values read as renderings to avoid. */
export const AVOID_STATUSES = ['deprecatedTerm-admn-sts', 'supersededTerm-admn-sts'] as const;

/** Private data categories on a concept. */
export const ADMIN = {
  severity: 'x-mtqa-severity',
  status: 'x-mtqa-status',
  owner: 'x-mtqa-owner',
  fixable: 'x-mtqa-fixable',
  unless: 'x-mtqa-unless',
  flag: 'x-mtqa-flag-example',
  pass: 'x-mtqa-pass-example',
} as const;

/** Private data categories on an avoided term. */
export const TERM_NOTE = {
  replacement: 'x-mtqa-replacement',
  unless: 'x-mtqa-unless',
} as const;

/** Whether an `xml:lang` value names Chinese or English (any region or script subtag). */
export function languageOf(tag: string | undefined): 'zh' | 'en' | undefined {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return primary === 'zh' ? 'zh' : primary === 'en' ? 'en' : undefined;
}
