/**
 * The JSON report: a contract other tools read.
 * `{"version":1,"files":[{"path","findings":[…]}],"summary":{…}}`; finding fields as in
 * {@link Finding}, offsets 0-based UTF-16, lines and columns 1-based.
 */
import { summarize } from './summary.js';
import type { Reporter } from './types.js';

export const jsonReporter: Reporter = (results, context) =>
  `${JSON.stringify(
    {
      version: 1,
      tool: { name: 'mtqa', version: context.toolVersion, glossary: context.glossaryVersion },
      files: results.map((r) => ({ path: r.path, findings: r.findings })),
      summary: summarize(results),
      ...(context.llm === undefined ? {} : { llm: context.llm }),
    },
    null,
    2,
  )}\n`;
