/** The error a configuration file that cannot be used raises (the CLI prints it and exits 2). */
import type { FileProblem } from '../glossary/schema-errors.js';

/** Every problem of a configuration file, each as `file:line:col error message`. */
export class ConfigError extends Error {
  constructor(readonly problems: FileProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.message}`).join('\n'));
    this.name = 'ConfigError';
  }
}
