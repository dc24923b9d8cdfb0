/**
 * JSON Lines: one finding a line, `{"path": …, …finding}` (finding fields as in the JSON report),
 * and nothing for a file without findings. A report of several files is the concatenation of the
 * files' reports, so the CLI streams it as each file completes.
 */
import type { Reporter } from './types.js';

export const jsonlReporter: Reporter = (results) => {
  let out = '';
  for (const r of results) for (const f of r.findings) out += `${JSON.stringify({ path: r.path, ...f })}\n`;
  return out;
};
