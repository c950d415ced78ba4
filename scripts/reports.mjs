#!/usr/bin/env node
/**
 * Regenerates reports/ (issue 11 item 6, issue 17): what the tool produces from the bundled synthetic
 * data, committed so a newcomer can read it without running anything. Run `npm run reports` (it builds
 * first) after any change that moves a report, and commit the result; the drift tests fail until then:
 *   - reports/annual-report/: `report fixtures/demo --la 855 --year 2023/24` in md, html, pdf, xlsx,
 *     csv and json (test/report/demo-report.test.ts compares md/html/csv/json byte for byte and the
 *     xlsx cell by cell with a fresh run; test/report/pdf.test.ts compares the PDF's text);
 *   - reports/benchmark-overview/: `benchmark` over three small synthetic LAs (synth seed 7, 80
 *     children in care per LA, 900 KS4 pupils a year, 2021/22-2022/23, the data of
 *     test/benchmark/run.test.ts) with --focus 856, in md, html, xlsx, csv and json (benchmark has no
 *     pdf; that test compares a fresh run the same way);
 *   - reports/screenshots/annual-report-page-{1,2}.png: the first two screens of the HTML report,
 *     A4-proportioned (1000 x 1414 px), in the system Chromium (playwright-core, as the browser test).
 * Nothing else is written: every command runs into a temporary folder, removed at the end.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = process.cwd();
const CLI = join(ROOT, 'dist', 'cli.js');
const REPORTS = join(ROOT, 'reports');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** The arguments the drift tests use: keep these three in step with them. */
export const ANNUAL = ['report', 'fixtures/demo', '--la', '855', '--year', '2023/24'];
export const SYNTH = ['synth', '--las', '855,856,857', '--years', '2022..2023', '--seed', '7', '--children-per-la', '80', '--pupils-per-year', '900'];
export const BENCHMARK_FOCUS = '856';

const cli = (args) => execFileSync(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
const tmp = mkdtempSync(join(tmpdir(), 'cla-reports-'));
/** Replaces reports/<name>/ by the files of `from` whose names pass `keep`. */
function publish(from, name, keep) {
  const to = join(REPORTS, name);
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  const files = readdirSync(from).filter(keep).sort();
  for (const f of files) copyFileSync(join(from, f), join(to, f));
  console.log(`reports/${name}/: ${files.join(', ')}`);
  return files;
}

try {
  const annual = join(tmp, 'annual');
  cli([...ANNUAL, '--format', 'md,html,pdf,xlsx,csv,json', '--out', annual]);
  publish(annual, 'annual-report', (f) => f.startsWith('cla-report-'));

  const data = join(tmp, 'data');
  const bench = join(tmp, 'benchmark');
  cli([...SYNTH, '--out', data]);
  cli(['benchmark', data, '--focus', BENCHMARK_FOCUS, '--format', 'md,html,xlsx,csv,json', '--out', bench]);
  publish(bench, 'benchmark-overview', (f) => f.startsWith('cla-benchmark'));

  const shots = join(REPORTS, 'screenshots');
  rmSync(shots, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const width = 1000, height = 1414;
    const page = await browser.newPage({ viewport: { width, height } });
    await page.route('**/*', (r) => (r.request().url().startsWith('file:') ? r.continue() : r.abort('blockedbyclient')));
    await page.goto(pathToFileURL(join(annual, 'cla-report-855-2023-24.html')).href, { waitUntil: 'load' });
    for (const n of [1, 2]) await page.screenshot({ path: join(shots, `annual-report-page-${n}.png`), fullPage: true, clip: { x: 0, y: (n - 1) * height, width, height } });
    console.log('reports/screenshots/: annual-report-page-1.png, annual-report-page-2.png');
  } finally {
    await browser.close();
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
