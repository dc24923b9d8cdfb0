/**
 * Runs the real glossary check, exactly as `mtqa check` does, on one sentence of a glossary file
 * (an example or a replacement).
 */
import { glossaryTerms } from '../../checks/glossary-terms.js';
import type { Finding } from '../../core/finding.js';
import type { CompiledGlossary } from '../../core/glossary.js';
import { SourceText } from '../../core/source-text.js';
import { lintText } from '../../linter.js';

/** The glossary findings in a sentence. */
export function glossaryFindings(sentence: string, compiled: CompiledGlossary): Finding[] {
  return lintText(new SourceText(sentence), compiled, { checks: [glossaryTerms] });
}

/** The entry id of a glossary finding (`glossary/<id>` → `<id>`). */
export function findingEntryId(finding: Finding): string {
  return finding.ruleId.replace(/^glossary\//, '');
}

/** `entry \`x\` (\`matched text\`)`, for messages. */
export function describeFinding(finding: Finding): string {
  return `entry \`${findingEntryId(finding)}\` (\`${finding.text}\`)`;
}
