/**
 * What a reporter needs to know about a rule (a glossary entry or a built-in check) to describe it:
 * SARIF `rules`, Code Quality check names, JUnit class names.
 */
import type { Severity } from './finding.js';

export interface RuleDescriptor {
  /** The rule id findings carry: `glossary/<entry-id>` or a check's id. */
  id: string;
  /** A short name: the entry or check id without the `glossary/` prefix. */
  name: string;
  /** One sentence (the first of the entry's note, or the check's description). */
  shortDescription: string;
  /** The whole note or description. */
  fullDescription: string;
  /** What to write instead: the preferred renderings, or how the check's fix works. */
  help: string;
  /** Severity after the configuration's overrides. */
  defaultSeverity: Severity;
  category: string;
  /** Whether findings of this rule may carry an automatic fix. */
  fixable: boolean;
  /** False when the configuration turns the rule off. */
  enabled: boolean;
}
