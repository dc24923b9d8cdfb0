/**
 * Untrusted text in a real browser: OWASP-style payloads in the article, a glossary note and a
 * suggestion must execute nothing, with the page's CSP and (to prove the escaping, not only the
 * CSP) with the CSP bypassed. And a 1 MB article with 5,000 findings opens, scrolls and reviews.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import { htmlReport } from '../../src/reporters/html/html-report.js';
import { runCli } from '../cli/run-cli.js';
import { cspViolations, HAVE_CHROMIUM, openBrowser, SKIP_REASON, watchedPage } from './browser.js';

const FLAG = 'window.__xss=1';
/** Payloads that set window.__xss if they ever run. */
const PAYLOADS = [
  `<img src=x onerror="${FLAG}">`,
  `</script><script>${FLAG}</script>`,
  `<!--<script>${FLAG}</script>-->`,
  `"><svg onload=${FLAG}>`,
  `' onmouseover='${FLAG}' x='`,
  `javascript:${FLAG}`,
  `<a href="javascript:${FLAG}">link</a>`,
  `\u2028\u2029<iframe srcdoc="<script>parent.__xss=1</script>">`,
  `<style>@import "http://example.invalid/x.css";</style>`,
];
const PAYLOAD = PAYLOADS.join(' ');

const GLOSSARY = `glossary: xss
version: 1
entries:
  - id: hats
    source: "摘帽 ${PAYLOADS[0]?.replace(/"/g, '\\"')}"
    category: term
    severity: error
    preferred:
      - ${JSON.stringify(`removed ${PAYLOAD}`)}
      - ${JSON.stringify(`</script><img src=x onerror=${FLAG}>\u2028`)}
    avoid: ["take off [their|its] hat"]
    note: ${JSON.stringify(`A county leaves the poverty list. ${PAYLOAD}`)}
`;

describe.skipIf(!HAVE_CHROMIUM)(`report safety and scale in Chromium${HAVE_CHROMIUM ? '' : ` (${SKIP_REASON})`}`, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mtqa-xss-'));
    mkdirSync(join(dir, 'g'));
    writeFileSync(join(dir, 'g/xss.yaml'), GLOSSARY);
    writeFileSync(join(dir, `a.txt`), `${PAYLOAD}\nThey took off their hats. ${PAYLOAD}\r\nIts 16000 people took off its hat.\n`);
    writeFileSync(join(dir, `b.txt`), `Another "><img src=x onerror=${FLAG}> took off their hat.\n`);
    const r = runCli(['check', 'a.txt', 'b.txt', '--glossary', 'g', '--out', 'out', '--fix'], { cwd: dir });
    expect(r.stderr).toBe('');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const bypassCSP of [false, true]) {
    it(`no payload runs through the article, a glossary note or a suggestion (${bypassCSP ? 'CSP bypassed: escaping alone' : 'with the CSP'})`, async () => {
      const browser = await openBrowser({ bypassCSP });
      try {
        const { page, incidents } = await watchedPage(browser.context);
        for (const file of ['a.html', 'b.html', 'index.html']) {
          await page.goto(pathToFileURL(join(dir, 'out', file)).href);
          if (file !== 'index.html') {
            // Review every finding: select, accept each suggestion, look at both diff views.
            const count = await page.$$eval('#findings > li.finding', (li) => li.length);
            expect(count).toBeGreaterThan(0);
            for (let i = 0; i < count; i++) {
              await page.keyboard.press('j');
              await page.keyboard.press('2');
              await page.keyboard.press('k');
              await page.keyboard.press('1');
            }
            await page.click('#view-inline');
            await page.click('#view-side');
            await page.hover('#findings');
            await page.click('#view-article');
            // The payloads are on the page, as text.
            expect(await page.textContent('#article')).toContain('<img src=x onerror=');
          }
          expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
          expect(await page.$$eval('a[href^="javascript:" i], iframe, img, svg', (els) => els.length)).toBe(0);
          expect(await cspViolations(page)).toEqual([]);
        }
        await page.goto(pathToFileURL(join(dir, 'out', 'a.html')).href);
        const findingsText = await page.textContent('#findings');
        expect(findingsText).toContain(`A county leaves the poverty list. ${PAYLOADS[0]}`);
        expect(findingsText).toContain(`removed ${PAYLOADS[0]}`);
        expect(incidents).toEqual({ errors: [], dialogs: [] });
      } finally {
        await browser.close();
      }
    });
  }

  it('a 1 MB article with 5,000 findings opens, scrolls and takes decisions', async () => {
    const paragraph = 'The county took off its hat in the campaign to win the decisive battle against poverty this year. ';
    let text = '';
    while (text.length < 1_000_000) text += `${paragraph.repeat(2)}\n`;
    const findings: Finding[] = [];
    const step = Math.floor(text.length / 5000);
    for (let k = 0; k < 5000; k++) {
      const start = text.indexOf('took off its hat', k * step);
      const end = start + 'took off its hat'.length;
      if (findings.at(-1)?.start === start) continue;
      findings.push({ ruleId: 'glossary/hats', severity: k % 3 === 0 ? 'error' : 'warning', category: k % 2 === 0 ? 'term' : 'idiom', start, end, line: 1, column: 1, endLine: 1, endColumn: 1, text: text.slice(start, end), message: 'Literal rendering.', suggestions: ['left the poverty list', 'exited poverty'], fix: { start, end, text: 'left the poverty list' }, note: 'A county leaves the poverty list.', origin: k % 10 === 0 ? 'llm' : 'glossary' });
    }
    expect(findings.length).toBe(5000);
    const html = htmlReport({ path: 'big.txt', text, findings }, { color: false, glossaryVersion: 't', toolVersion: '0' }, { name: 'big' });
    const file = join(dir, 'big.html');
    writeFileSync(file, html);
    const browser = await openBrowser();
    try {
      const { page, incidents } = await watchedPage(browser.context);
      await page.goto(pathToFileURL(file).href);
      expect(await page.$$eval('#findings > li.finding', (li) => li.length)).toBe(5000);
      await page.$eval('.text-pane', (el) => el.scrollTo(0, el.scrollHeight));
      await page.mouse.wheel(0, -2000);
      expect(await page.$eval('.text-pane', (el) => el.scrollTop)).toBeGreaterThan(0);
      await page.keyboard.press('k'); // from nothing selected: the last finding
      await page.keyboard.press('a');
      await page.click('#accept-safe');
      await expect.poll(() => page.textContent('#progress')).toBe('5000 of 5000 decided (5000 accepted, 0 rejected)');
      await page.click('#view-inline');
      expect(await page.$$eval('#diff ins', (els) => els.length)).toBeGreaterThanOrEqual(5000);
      await page.selectOption('#filter-category', 'idiom');
      expect(await page.$$eval('#findings > li.finding:not([hidden])', (li) => li.length)).toBe(2500);
      expect(incidents).toEqual({ errors: [], dialogs: [] });
    } finally {
      await browser.close();
    }
    expect(readFileSync(file, 'utf8').length).toBeGreaterThan(1_000_000);
  });
});

