/**
 * The sample's review report in a real browser: an editor accepts, rejects and types a custom
 * text, the diff follows, decisions survive a reload, the exported decisions go through
 * `mtqa apply` to the expected text; axe-core finds no violation; without JavaScript the article,
 * highlights and findings are still there.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportData } from '../../src/reporters/html/report-data.js';
import { ROOT, runCli } from '../cli/run-cli.js';
import { axeViolations, cspViolations, HAVE_CHROMIUM, openBrowser, SKIP_REASON, watchedPage, type Browser, type Incidents } from './browser.js';

const SAMPLE = 'samples/000_3d0ec830b14a6b06.txt';
const NAME = '000_3d0ec830b14a6b06';

function reportDataOf(html: string): ReportData {
  const m = /<script type="application\/json" id="mtqa-data">([^<]*)<\/script>/.exec(html);
  if (m === null) throw new Error('no report data');
  return JSON.parse(m[1] as string) as ReportData;
}

/** Selects finding i (0-based) by clicking its list item, as an editor would. */
async function selectFinding(page: Page, i: number): Promise<void> {
  await page.click(`#item-${i + 1} .message`);
  await expect.poll(() => page.getAttribute(`#item-${i + 1}`, 'aria-current')).toBe('true');
}

describe.skipIf(!HAVE_CHROMIUM)(`review report in Chromium${HAVE_CHROMIUM ? '' : ` (${SKIP_REASON})`}`, () => {
  let browser: Browser;
  let out: string;
  let url: string;
  let data: ReportData;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'mtqa-report-'));
    const r = runCli(['check', SAMPLE, '--out', out, '--fail-on', 'never']);
    expect(r.stderr).toBe('');
    const html = readFileSync(join(out, `${NAME}.html`), 'utf8');
    data = reportDataOf(html);
    url = pathToFileURL(join(out, `${NAME}.html`)).href;
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('accept, reject, custom text, reload, export, then mtqa apply gives the expected text', async () => {
    const { page, incidents } = await watchedPage(browser.context);
    await page.goto(url);
    const withTwo = data.findings.findIndex((f) => f.options.length >= 2);
    const withOne = data.findings.findIndex((f, i) => i !== withTwo && f.options.length >= 1);
    const rejected = data.findings.findIndex((_, i) => i !== withTwo && i !== withOne);
    const custom = data.findings.findIndex((f, i) => ![withTwo, withOne, rejected].includes(i) && !data.findings.some((g, j) => [withTwo, withOne].includes(j) && g.start < f.end && f.start < g.end));
    expect(Math.min(withTwo, withOne, rejected, custom)).toBeGreaterThanOrEqual(0);

    // Keyboard: accept the first suggestion, the second suggestion, reject.
    await selectFinding(page, withOne);
    await page.keyboard.press('a');
    await selectFinding(page, withTwo);
    await page.keyboard.press('2');
    await selectFinding(page, rejected);
    await page.keyboard.press('r');
    // A custom text typed into the panel, accepted with the button.
    await selectFinding(page, custom);
    await page.keyboard.press('c');
    const typed = 'a "custom" <b>text</b> & more';
    await page.keyboard.type(typed);
    await page.click(`#item-${custom + 1} .decide button:has-text("Accept")`);

    await expect.poll(() => page.textContent('#progress')).toBe(`4 of ${data.findings.length} decided (3 accepted, 1 rejected)`);
    expect(await page.getAttribute(`#item-${rejected + 1}`, 'data-decision')).toBe('rejected');
    expect(await page.textContent(`#item-${custom + 1} .state`)).toContain(typed);

    // The inline diff shows the accepted replacements, as text.
    await page.click('#view-inline');
    const inserted = await page.$$eval('#diff ins', (els) => els.map((e) => e.textContent ?? ''));
    expect(inserted.join('')).toContain(typed);
    expect(inserted.join('')).toContain(data.findings[withTwo]?.options[1]?.text.split(' ')[0]);
    await page.click('#view-side');
    expect(await page.$$eval('#diff table.diff-side tbody tr', (rows) => rows.length)).toBeGreaterThanOrEqual(1);
    // Rejecting the custom one updates the diff.
    await selectFinding(page, custom);
    await page.keyboard.press('r');
    await page.click('#view-inline');
    expect((await page.$$eval('#diff ins', (els) => els.map((e) => e.textContent ?? ''))).join('')).not.toContain(typed);
    await selectFinding(page, custom);
    await page.keyboard.press('c');
    await page.keyboard.type(typed);
    await page.keyboard.press('Enter');

    // Filters: only warnings.
    await page.selectOption('#filter-severity', 'warning');
    const shown = await page.$$eval('#findings > li.finding', (els) => els.filter((e) => !(e as HTMLElement).hidden).length);
    expect(shown).toBe(data.findings.filter((f) => f.severity === 'warning').length);
    await page.selectOption('#filter-severity', '');

    // Decisions survive a reload (localStorage keyed by the report hash).
    await page.reload();
    await expect.poll(() => page.textContent('#progress')).toBe(`4 of ${data.findings.length} decided (3 accepted, 1 rejected)`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    expect(download.suggestedFilename()).toBe(`${NAME}.decisions.json`);
    const decisionsPath = join(out, 'decisions.json');
    await download.saveAs(decisionsPath);
    const exported = JSON.parse(readFileSync(decisionsPath, 'utf8'));
    expect(exported).toMatchObject({ format: 'mtqa-decisions', version: 1, article: SAMPLE, articleHash: data.articleHash });
    expect(exported.decisions.map((d: { finding: number; action: string }) => `${d.finding}:${d.action}`)).toEqual(
      [[withOne, 'accept'], [withTwo, 'accept'], [rejected, 'reject'], [custom, 'accept']].sort((a, b) => (a[0] as number) - (b[0] as number)).map(([i, a]) => `${i}:${a}`),
    );

    // The expected text, computed here from the report's own data.
    const f1 = data.findings[withOne]!;
    const f2 = data.findings[withTwo]!;
    const fc = data.findings[custom]!;
    const edits = [
      { start: f1.options[0]!.start, end: f1.options[0]!.end, text: f1.options[0]!.text },
      { start: f2.options[1]!.start, end: f2.options[1]!.end, text: f2.options[1]!.text },
      { start: fc.start, end: fc.end, text: typed },
    ].sort((a, b) => b.start - a.start);
    let expected = data.text;
    for (const e of edits) expected = expected.slice(0, e.start) + e.text + expected.slice(e.end);

    const finalPath = join(out, 'final.txt');
    const applied = runCli(['apply', SAMPLE, '--decisions', decisionsPath, '--out', finalPath]);
    expect(applied.stderr).toContain('applied 3 accepted decisions (1 rejected)');
    expect(applied.code).toBe(0);
    expect(readFileSync(finalPath, 'utf8')).toBe(expected);
    expect(applied.stdout).toMatch(/^--- a\/samples\/000_3d0ec830b14a6b06\.txt\n\+\+\+ b\//);

    expect(incidents).toEqual({ errors: [], dialogs: [] } satisfies Incidents);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('axe-core reports no violations (article, decision panel, both diff views)', async () => {
    const { page } = await watchedPage(browser.context);
    await page.goto(url);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('j');
    await page.keyboard.press('a');
    await page.keyboard.press('?');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('#view-inline');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('#view-side');
    expect(await axeViolations(page)).toEqual([]);
    // Control: axe does see a violation when there is one.
    await page.evaluate(() => document.body.append(document.createElement('img')));
    expect((await axeViolations(page)).join('\n')).toMatch(/^image-alt/m);
    await page.close();
  });

  it('without JavaScript the article, the highlights and the findings list are there', async () => {
    const noJs = await openBrowser({ javaScriptEnabled: false });
    try {
      const page = await noJs.context.newPage();
      await page.goto(url);
      expect(await page.isVisible('#article')).toBe(true);
      expect(await page.$$eval('#article mark.hl', (m) => m.length)).toBeGreaterThanOrEqual(data.findings.length / 2);
      expect(await page.$$eval('#findings > li.finding', (li) => li.length)).toBe(data.findings.length);
      expect(await page.isVisible('#item-1 .message')).toBe(true);
      expect(await page.isHidden('#toolbar')).toBe(true);
      // The article's text is the article, once the numbered links to the findings are left out.
      const text = await page.$eval('#article', (el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        for (const ref of Array.from(copy.querySelectorAll('a.ref'))) ref.remove();
        return copy.textContent;
      });
      expect(text).toBe(data.text.replace(/\r\n?/g, '\n'));
    } finally {
      await noJs.close();
    }
  });

  it('copying a paragraph of the article copies its words, not the links to the findings', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(url);
      const marked = await page.$eval('#article', (article) => {
        const ref = article.querySelector('a.ref') as HTMLElement;
        const range = document.createRange();
        range.setStart(article, 0);
        range.setEndAfter(ref.nextSibling ?? ref);
        const selection = window.getSelection() as Selection;
        selection.removeAllRanges();
        selection.addRange(range);
        return { copied: selection.toString(), ref: ref.textContent ?? '' };
      });
      expect(marked.ref).toMatch(/\d/);
      expect(marked.copied.length).toBeGreaterThan(0);
      expect(marked.copied).not.toContain(marked.ref);
      expect(data.text.replace(/\r\n?/g, '\n').startsWith(marked.copied.trimEnd())).toBe(true);
    } finally {
      await page.close();
    }
  });
});
