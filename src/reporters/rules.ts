/**
 * The rules a report describes: the context's catalog, plus any rule a finding carries that the
 * catalog lacks (findings from another stage), described from the finding itself.
 */
import type { RuleDescriptor } from '../core/rule.js';
import type { FileResult, ReportContext } from './types.js';

/** Catalog rules first (in catalog order), then unknown ones in order of first appearance. */
export function reportedRules(results: readonly FileResult[], context: ReportContext): RuleDescriptor[] {
  const catalog = typeof context.rules === 'function' ? context.rules() : context.rules;
  const rules = [...(catalog ?? [])];
  const known = new Set(rules.map((r) => r.id));
  for (const r of results) {
    for (const f of r.findings) {
      if (known.has(f.ruleId)) continue;
      known.add(f.ruleId);
      const description = f.note ?? f.message;
      rules.push({
        id: f.ruleId,
        name: f.ruleId.replace(/^glossary\//, ''),
        shortDescription: description,
        fullDescription: description,
        help: f.suggestions.length > 0 ? `Use ${f.suggestions.map((s) => `\`${s}\``).join(' or ')}.` : description,
        defaultSeverity: f.severity,
        category: f.category,
        fixable: f.fix !== null,
        enabled: true,
      });
    }
  }
  return rules;
}
