/**
 * Shared set-up for the report's real-browser tests: whether Debian's Chromium is installed (the
 * tests are skipped, with a visible reason, when it is not) and a page that records everything
 * that must never happen: script errors, CSP violations, dialogs, and the `window.__xss` flag
 * that the XSS payloads set.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
// @ts-expect-error: a plain ES module shared with scripts/screenshot.mjs
import { CHROMIUM_PATH, launchChromium } from '../../scripts/chromium.mjs';

export const HAVE_CHROMIUM: boolean = existsSync(CHROMIUM_PATH);
export const SKIP_REASON = `SKIPPED: ${CHROMIUM_PATH} not found; install it (apt-get install -y chromium) to run the browser tests`;
if (!HAVE_CHROMIUM) console.warn(`\n*** report browser tests ${SKIP_REASON} ***\n`);

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

export async function openBrowser(options: { bypassCSP?: boolean; javaScriptEnabled?: boolean } = {}): Promise<Browser> {
  return (await launchChromium(options)) as Browser;
}

/** What a page did that it must not do. */
export interface Incidents {
  errors: string[];
  dialogs: string[];
}

/** A new page whose script errors, dialogs and CSP violations are recorded. */
export async function watchedPage(context: BrowserContext): Promise<{ page: Page; incidents: Incidents }> {
  const page = await context.newPage();
  const incidents: Incidents = { errors: [], dialogs: [] };
  page.on('pageerror', (e) => incidents.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') incidents.errors.push(`console: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    incidents.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective}: ${e.sourceFile}:${e.lineNumber} ${e.sample}`));
  });
  return { page, incidents };
}

/** CSP violations the page recorded. */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on the page as it is now (rule id and the failing targets). */
export async function axeViolations(page: Page): Promise<string[]> {
  // evaluate() runs through the DevTools protocol, which the page's CSP does not restrict.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  });
}
