/** Where the glossary comes from when no --glossary is given. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `./glossary` when the working directory has one, else the glossary bundled with mtqa. */
export function defaultGlossaryPath(): string {
  if (existsSync('glossary')) return 'glossary';
  return fileURLToPath(new URL('../../glossary', import.meta.url));
}
