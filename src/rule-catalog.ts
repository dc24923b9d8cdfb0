/**
 * Every rule a run can report — one per glossary entry, one per built-in check, and
 * `unused-suppression` — described for reporters (SARIF `rules`, Code Quality check names).
 */
import { BUILTIN_CHECKS, type Check } from './checks/index.js';
import type { Severity } from './core/finding.js';
import type { Glossary, GlossaryEntry } from './core/glossary.js';
import type { RuleDescriptor } from './core/rule.js';
import { UNUSED_SUPPRESSION_RULE } from './core/suppressions.js';
import { ruleDisabled, severityOverride } from './linter.js';

export interface CatalogOptions {
  checks?: readonly Check[];
  disabledRules?: ReadonlySet<string>;
  severityOverrides?: ReadonlyMap<string, Severity>;
}

/** The first sentence of a note (up to the first `. ` or the end). */
function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const m = /^.*?[.!?](?=\s|$)/.exec(flat);
  return m === null ? flat : m[0];
}

function entryHelp(entry: GlossaryEntry): string {
  const use = entry.preferred.map((p) => `\`${p}\``).join(' or ');
  const avoid = entry.avoid.map((a) => `\`${a.pattern}\``).join(', ');
  return `Use ${use}${entry.source === undefined ? '' : ` (${entry.source})`}; avoid ${avoid}.${entry.fixable ? '' : ' The sentence usually needs rewording, so mtqa does not fix it automatically.'}`;
}

/** The rules of a glossary and the checks, with the configuration's overrides applied. */
export function ruleCatalog(glossary: Glossary, options: CatalogOptions = {}): RuleDescriptor[] {
  const finish = (rule: Omit<RuleDescriptor, 'defaultSeverity' | 'enabled'>, severity: Severity): RuleDescriptor => ({
    ...rule,
    defaultSeverity: severityOverride(rule.id, options.severityOverrides) ?? severity,
    enabled: !ruleDisabled(rule.id, options.disabledRules),
  });
  const rules: RuleDescriptor[] = [];
  for (const entry of glossary.entries) {
    const note = entry.note.replace(/\s+/g, ' ').trim();
    rules.push(
      finish(
        {
          id: `glossary/${entry.id}`,
          name: entry.id,
          shortDescription: firstSentence(note) || `Avoided rendering of ${entry.source ?? entry.id}.`,
          fullDescription: note || `Avoided rendering of ${entry.source ?? entry.id}.`,
          help: entryHelp(entry),
          category: entry.category,
          fixable: entry.fixable,
        },
        entry.severity,
      ),
    );
  }
  for (const check of options.checks ?? BUILTIN_CHECKS) {
    if (check.id === 'glossary') continue; // its findings carry the entries' ids
    const help = check.fixable ? `${check.description} mtqa offers an automatic fix (\`--fix\`).` : `${check.description} A person must decide how to fix it.`;
    rules.push(finish({ id: check.id, name: check.id, shortDescription: firstSentence(check.description), fullDescription: check.description, help, category: check.category, fixable: check.fixable }, check.defaultSeverity));
  }
  rules.push(finish(UNUSED_SUPPRESSION_RULE, 'info'));
  return rules;
}
