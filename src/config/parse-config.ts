/**
 * Validation at the door for `.mtqa.yaml`: text → settings, or problems with file:line:col.
 * Pure (the caller reads the file and resolves paths).
 */
import { yamlModule } from '../glossary/yaml-module.js';
import type { Severity } from '../core/finding.js';
import { validate } from '../generated/validate-config.js';
import { schemaProblems, type FileProblem } from '../glossary/schema-errors.js';

/** The configuration file's settings, as the schema guarantees them (paths as written). */
export interface ConfigFileSettings {
  glossaries?: string[];
  includeProposed?: boolean;
  include?: string[];
  exclude?: string[];
  rules?: Record<string, Severity | 'off'>;
  failOn?: 'error' | 'warning' | 'info' | 'never';
  format?: string;
  outputs?: { format: string; file: string }[];
  baseline?: string;
  suppressions?: { plainTextComments?: boolean };
  jobs?: number;
}

export interface ParsedConfig {
  settings: ConfigFileSettings;
  problems: FileProblem[];
}

/** Parses and validates a configuration file's text; settings are empty when there are problems. */
export function parseConfigFile(text: string, file: string): ParsedConfig {
  // The YAML parser loads only when a configuration file exists (it costs start-up time).
  const { LineCounter, parseDocument } = yamlModule();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problems: FileProblem[] = doc.errors.map((error) => {
    const pos = lines.linePos(error.pos[0]);
    const first = error.message.split('\n')[0] ?? error.message;
    return { file, line: pos.line, column: pos.col, severity: 'error', message: `YAML syntax error: ${first.replace(/ at line \d+, column \d+:?$/, '')}` };
  });
  if (problems.length > 0) return { settings: {}, problems };
  // An empty file (or one holding only comments) is a configuration with no settings.
  const data: unknown = doc.toJS() ?? {};
  if (!validate(data)) {
    const found = schemaProblems(validate.errors ?? [], doc, lines, file);
    return { settings: {}, problems: found.sort((a, b) => a.line - b.line || a.column - b.column) };
  }
  return { settings: data as ConfigFileSettings, problems };
}

/** Splits the `rules` map into the linter's disabled set and severity overrides. */
export function ruleSettings(rules: ConfigFileSettings['rules'] = {}): { disabledRules: Set<string>; severityOverrides: Map<string, Severity> } {
  const disabledRules = new Set<string>();
  const severityOverrides = new Map<string, Severity>();
  for (const [rule, setting] of Object.entries(rules)) {
    if (setting === 'off') disabledRules.add(rule);
    else severityOverrides.set(rule, setting);
  }
  return { disabledRules, severityOverrides };
}
