/**
 * Errors the CLI turns into a message and exit code 2 (usage, configuration or input problems).
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A problem with an input file: unreadable, binary, not UTF-8. */
export class InputError extends Error {
  override name = 'InputError';
}
