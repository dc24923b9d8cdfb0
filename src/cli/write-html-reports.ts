/**
 * Writes the HTML review reports of a `mtqa check` run: `<out>/<name>.html` per file and, for
 * several files, `<out>/index.html`. Imported only when reports are written to --out.
 */
import { join } from 'node:path';
import { htmlIndex } from '../reporters/html/html-index.js';
import { htmlReport } from '../reporters/html/html-report.js';
import type { FileResult, ReportContext } from '../reporters/types.js';
import { writeFileAtomic } from './io.js';

/** @returns the paths written */
export function writeHtmlReports(results: readonly FileResult[], names: readonly string[], out: string, context: ReportContext): string[] {
  const written: string[] = [];
  results.forEach((r, i) => {
    const path = join(out, `${names[i] as string}.html`);
    writeFileAtomic(path, htmlReport(r, context, { name: names[i] as string }));
    written.push(path);
  });
  if (results.length > 1) {
    const path = join(out, 'index.html');
    writeFileAtomic(path, htmlIndex(results, names, context));
    written.push(path);
  }
  return written;
}
