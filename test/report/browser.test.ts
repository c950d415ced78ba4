/**
 * Opens the rendered sample HTML report in Debian's Chromium (playwright-core, stack notes §8) with
 * every non-file request blocked and recorded: no console error, no page error, no network request.
 * Saves a full-page screenshot (phone width) to test/report/__screenshots__/report.png.
 * Chromium is installed with apt when missing and we are root (CI); otherwise the test is skipped.
 * Accessibility (issue 17 done-when): test/helpers/a11y-checks.ts (lang, headings in order, table
 * captions and th scope, text alternatives of charts, text contrast from computed styles) on the
 * sample and on the demo report's golden HTML (reports/annual-report/cla-report-855-2023-24.html, every section and chart).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/render-html.js';
import { sampleDocument } from './sample-document.js';
import { CHROMIUM, ensureSystemTools } from '../helpers/system-tools.js';
import { a11yChecks, type A11yResult } from '../helpers/a11y-checks.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const SCREENSHOT = join(HERE, '__screenshots__', 'report.png');
const DEMO_HTML = join(HERE, '..', '..', 'reports', 'annual-report', 'cla-report-855-2023-24.html');
const BENCH_HTML = join(HERE, '..', '..', 'reports', 'benchmark-overview', 'cla-benchmark.html');

/** Runs the checks in the page; vitest's transform may name functions with a `__name` helper the page lacks. */
async function runA11y(page: import('playwright-core').Page): Promise<A11yResult> {
  return page.evaluate(`(() => { const __name = (f) => f; return (${a11yChecks.toString()})(); })()`) as Promise<A11yResult>;
}

const skipReason = ensureSystemTools([CHROMIUM]);
if (skipReason) console.warn(`[browser.test] skipped: ${skipReason}`);

describe.skipIf(skipReason !== null)('HTML report in Chromium', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    dir = mkdtempSync(join(tmpdir(), 'cla-report-'));
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const viewport of [
    { name: 'phone', width: 390, height: 844 },
    { name: 'desktop', width: 1280, height: 900 },
  ]) {
    it(`loads with no error and no network request (${viewport.name})`, async () => {
      const file = join(dir, 'report.html');
      writeFileSync(file, await renderHtml(sampleDocument()));
      const ctx = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
      const requests: string[] = [];
      const consoleErrors: string[] = [];
      const pageErrors: string[] = [];
      await ctx.route('**/*', (r) => {
        const u = r.request().url();
        if (u.startsWith('file:')) return r.continue();
        requests.push(u);
        return r.abort('blockedbyclient');
      });
      const page = await ctx.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => pageErrors.push(e.message));
      page.on('request', (rq) => {
        if (!rq.url().startsWith('file:')) requests.push(rq.url());
      });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      expect(await page.title()).toBe(sampleDocument().title);
      // every table has a caption and column headers; every chart has a title and desc
      const tables = await page.locator('table').count();
      expect(tables).toBeGreaterThan(0);
      expect(await page.locator('table > caption').count()).toBe(tables);
      expect(await page.locator('svg > title').count()).toBe(await page.locator('figure.chart svg').count());
      expect(await page.locator('figure.chart svg').count()).toBe(3);
      // the page itself never scrolls sideways on a phone: wide tables scroll inside their box
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      expect(requests).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(pageErrors).toEqual([]);
      // accessibility: no problem, and something of each kind was checked
      const a11y = await runA11y(page);
      expect(a11y.problems).toEqual([]);
      expect(a11y.checked).toMatchObject({ headings: expect.any(Number), tables: tables, svgs: 3 });
      expect(a11y.checked.textElements).toBeGreaterThan(50);
      expect(a11y.checked.symbolCells).toBeGreaterThan(0);
      if (viewport.name === 'phone') {
        mkdirSync(dirname(SCREENSHOT), { recursive: true });
        await page.screenshot({ path: SCREENSHOT, fullPage: true });
        expect(existsSync(SCREENSHOT)).toBe(true);
      }
      // print layout (f0b152e): sections run on without forced breaks, to keep the narrative short;
      // the appendix of detail tables starts on a new page, and its sections run on after that
      await page.emulateMedia({ media: 'print' });
      const breaks = await page.evaluate(() =>
        [...document.querySelectorAll('.report-section, .appendix')].map((s) => ({ appendix: s.classList.contains('appendix'), b: getComputedStyle(s).breakBefore })),
      );
      expect(breaks.length).toBeGreaterThan(1);
      expect(breaks[0]!.b).not.toBe('page');
      expect(breaks.filter((x) => !x.appendix).every((x) => x.b !== 'page')).toBe(true);
      // (the sample has no appendix; test/report/pdf.test.ts checks the demo report's appendix page)
      const appendix = breaks.filter((x) => x.appendix);
      if (appendix.length > 0) {
        expect(appendix[0]!.b).toBe('page');
        expect(appendix.slice(1).every((x) => x.b !== 'page')).toBe(true);
      }
      await ctx.close();
    });
  }

  it('no table of the demo report scrolls sideways in a 1000 px window (issue 17: the headline table was 1,184 px wide)', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1000, height: 1414 } });
    await ctx.route('**/*', (r) => (r.request().url().startsWith('file:') ? r.continue() : r.abort('blockedbyclient')));
    const page = await ctx.newPage();
    await page.goto(pathToFileURL(DEMO_HTML).href, { waitUntil: 'load' });
    const boxes = await page.evaluate(() => [...document.querySelectorAll('.table-scroll')].map((d) => ({
      id: d.querySelector('table')!.id, box: d.clientWidth, table: d.scrollWidth, page: document.documentElement.scrollWidth,
    })));
    expect(boxes.length).toBeGreaterThan(20);
    expect(boxes.filter((b) => b.table > b.box).map((b) => `${b.id}: ${b.table} px in a ${b.box} px box`)).toEqual([]);
    expect(Math.max(...boxes.map((b) => b.page))).toBeLessThanOrEqual(1000);
    // the check can fail: the same page with header cells kept on one line (as before) overflows
    await page.addStyleTag({ content: 'thead th, td { white-space: nowrap !important; }' });
    expect(await page.evaluate(() => [...document.querySelectorAll('.table-scroll')].some((d) => d.scrollWidth > d.clientWidth))).toBe(true);
    await ctx.close();
  });

  it('no table of the benchmark overview scrolls sideways in a 1000 px window either (its Progress 8 table, 12 columns, was 1,028 px in a 966 px box)', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1000, height: 1414 } });
    await ctx.route('**/*', (r) => (r.request().url().startsWith('file:') ? r.continue() : r.abort('blockedbyclient')));
    const page = await ctx.newPage();
    await page.goto(pathToFileURL(BENCH_HTML).href, { waitUntil: 'load' });
    // the tables sit in folded sections: open them all, as a reader would
    await page.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });
    const boxes = await page.evaluate(() => [...document.querySelectorAll('.table-scroll')].map((d) => ({
      id: d.querySelector('table')!.id, box: d.clientWidth, table: d.scrollWidth, page: document.documentElement.scrollWidth,
    })));
    expect(boxes.some((b) => b.id === 'table-benchmark-ks4_p8')).toBe(true);
    expect(boxes.filter((b) => b.table > b.box).map((b) => `${b.id}: ${b.table} px in a ${b.box} px box`)).toEqual([]);
    expect(Math.max(...boxes.map((b) => b.page))).toBeLessThanOrEqual(1000);
    // the check can fail: without the narrower cells of wide tables the Progress 8 table overflows again
    await page.addStyleTag({ content: '.table-scroll.wide table { font-size: .9rem !important; } .table-scroll.wide th, .table-scroll.wide td { padding: .35rem .5rem !important; }' });
    expect(await page.evaluate(() => { const d = document.querySelector('#table-benchmark-ks4_p8')!.parentElement!; return d.scrollWidth > d.clientWidth; })).toBe(true);
    await ctx.close();
  });

  it('the demo report passes the accessibility checks (every section, table and chart of reports/annual-report/cla-report-855-2023-24.html)', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await ctx.route('**/*', (r) => (r.request().url().startsWith('file:') ? r.continue() : r.abort('blockedbyclient')));
    const page = await ctx.newPage();
    await page.goto(pathToFileURL(DEMO_HTML).href, { waitUntil: 'load' });
    const a11y = await runA11y(page);
    expect(a11y.problems).toEqual([]);
    expect(a11y.checked.tables).toBeGreaterThan(10);
    expect(a11y.checked.svgs).toBeGreaterThan(3);
    expect(a11y.checked.symbolCells).toBeGreaterThan(10);
    expect(a11y.checked.minContrast).toBeGreaterThanOrEqual(4.5);
    // and as printed (the PDF): the print stylesheet's colours
    await page.emulateMedia({ media: 'print' });
    expect((await runA11y(page)).problems).toEqual([]);
    // the same checks fail on a page that breaks each rule (the checks can fail)
    await page.setContent('<html><body><h2>Skipped h1</h2><h4>skip</h4><table><tr><td>1</td></tr></table><svg><rect width="5" height="5"/></svg>'
      + '<p style="color:#999">low contrast</p><td class="sym" style="color:#aaa">c</td></body></html>');
    const bad = (await runA11y(page)).problems.join('\n');
    for (const want of ['no lang', 'exactly one h1', 'h2 then h4', 'without a caption', 'without header cells', 'svg without role', 'without a text alternative', 'contrast 2.85:1'])
      expect(bad).toContain(want);
    await ctx.close();
  });

  it('the benchmark overview passes the same accessibility checks, on screen and as printed (reports/benchmark-overview/cla-benchmark.html)', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await ctx.route('**/*', (r) => (r.request().url().startsWith('file:') ? r.continue() : r.abort('blockedbyclient')));
    const page = await ctx.newPage();
    await page.goto(pathToFileURL(BENCH_HTML).href, { waitUntil: 'load' });
    await page.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });
    const a11y = await runA11y(page);
    expect(a11y.problems).toEqual([]);
    expect(a11y.checked.tables).toBeGreaterThan(40);
    expect(a11y.checked.svgs).toBeGreaterThan(3);
    expect(a11y.checked.minContrast).toBeGreaterThanOrEqual(4.5);
    await page.emulateMedia({ media: 'print' });
    expect((await runA11y(page)).problems).toEqual([]);
    await ctx.close();
  });
});
