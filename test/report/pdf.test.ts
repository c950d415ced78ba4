/**
 * `report --format pdf` (issue 17 item 5): the demo report printed to A4 by the system Chromium,
 * through the built CLI. Pages are counted with pdfinfo and the text is read with pdftotext (poppler):
 * the narrative and headline tables fit on at most 12 pages, the appendix of detail tables starts on
 * its own page, no page is a lone heading, every page carries the footer. Skipped, saying why, when
 * Chromium or poppler is missing and cannot be installed (see test/helpers/system-tools.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPageCount } from '../../src/report/render-pdf.js';
import { CHROMIUM, ensureSystemTools } from '../helpers/system-tools.js';

const CLI = join(process.cwd(), 'dist', 'cli.js');
const DEMO = join(process.cwd(), 'fixtures', 'demo');
const NAME = 'cla-report-855-2023-24';
const NARRATIVE_MAX_PAGES = 12;

const skipReason = ensureSystemTools([CHROMIUM, '/usr/bin/pdfinfo', '/usr/bin/pdftotext']);
if (skipReason) console.warn(`[pdf.test] skipped: ${skipReason}`);

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('playwright-core is loaded only for pdf', () => {
  it('is imported by render-pdf.ts alone, dynamically, and render-pdf.ts only by dynamic imports', () => {
    const src = sources(join(process.cwd(), 'src'));
    const importers = src.filter((f) => readFileSync(f, 'utf8').includes("'playwright-core'"));
    expect(importers.map((f) => f.slice(process.cwd().length + 1))).toEqual(['src/report/render-pdf.ts']);
    expect(readFileSync(importers[0]!, 'utf8')).toMatch(/await import\('playwright-core'\)/);
    expect(readFileSync(importers[0]!, 'utf8')).not.toMatch(/^import[^;]*'playwright-core'/m);
    for (const f of src) expect(readFileSync(f, 'utf8'), f).not.toMatch(/^import[^;]*render-pdf\.js'/m);
    const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8'));
    expect(pkg.dependencies['playwright-core']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.devDependencies?.['playwright-core']).toBeUndefined();
  });
});

describe('report --format pdf without a browser', () => {
  it('stops before reading the folder, naming CHROMIUM_PATH, and writes nothing', () => {
    if (!existsSync(CLI)) execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
    const out = mkdtempSync(join(tmpdir(), 'cla-pdf-none-'));
    try {
      const r = spawnSync(process.execPath, [CLI, 'report', DEMO, '--la', '855', '--format', 'html,pdf', '--out', join(out, 'o')],
        { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1', CHROMIUM_PATH: join(out, 'no-such-chromium') } });
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain('--format pdf needs Chromium');
      expect(r.stderr).toContain('CHROMIUM_PATH');
      expect(existsSync(join(out, 'o'))).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe.skipIf(skipReason !== null)('demo report as PDF (built CLI, system Chromium)', () => {
  let out = '';
  let pdf: Buffer;
  let pages: string[] = [];
  let html = '';
  beforeAll(() => {
    if (!existsSync(CLI)) execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
    out = mkdtempSync(join(tmpdir(), 'cla-pdf-'));
    execFileSync(process.execPath, [CLI, 'report', DEMO, '--la', '855', '--year', '2023/24', '--format', 'html,pdf', '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    pdf = readFileSync(join(out, `${NAME}.pdf`));
    html = readFileSync(join(out, `${NAME}.html`), 'utf8');
    // pdftotext separates pages with a form feed; the last one is followed by an empty string
    pages = execFileSync('pdftotext', ['-layout', join(out, `${NAME}.pdf`), '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
  }, 120_000);
  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('is an A4 PDF whose page count pdfinfo and the page objects agree on', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const info = execFileSync('pdfinfo', [join(out, `${NAME}.pdf`)], { encoding: 'utf8' });
    const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(count).toBe(pages.length);
    expect(pdfPageCount(pdf)).toBe(count);
    // the first page is A4 portrait (595 x 842 pt)
    expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts/);
    // the clock is not in the file: the same report gives the same bytes
    expect(pdf.toString('latin1')).toMatch(/\/CreationDate\s*\(D:20000101000000/);
  });

  it('opens with the title, the symbol key and the key messages on page 1', () => {
    const first = pages[0]!;
    expect(first).toContain('Education of children looked after');
    expect(first).toContain('Key: c = suppressed');
    expect(first).toContain('Key messages');
    expect(first).toContain('Attainment 8');
    expect(first).toMatch(/England all\s+pupils/);
  });

  it(`fits the narrative and headline tables on at most ${NARRATIVE_MAX_PAGES} pages; the appendix starts a page`, () => {
    const appendixAt = pages.findIndex((p) => /^\s*Appendix/.test(p));
    expect(appendixAt, 'an appendix page').toBeGreaterThan(0);
    // pages before the first appendix page
    console.log(`[pdf.test] ${pages.length} pages: narrative and headline tables on ${appendixAt}, appendix on ${pages.length - appendixAt}`);
    expect(appendixAt).toBeLessThanOrEqual(NARRATIVE_MAX_PAGES);
    // every section of the HTML is printed, the main ones before the appendix
    const sections = [...html.matchAll(/<section class="report-section( appendix)?"[^>]*>\n<h2[^>]*>([^<]+)<\/h2>/g)].map((m) => ({ appendix: !!m[1], title: m[2]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&') }));
    expect(sections.length).toBeGreaterThan(3);
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    const narrative = flat(pages.slice(0, appendixAt).join(' '));
    const appendix = flat(pages.slice(appendixAt).join(' '));
    for (const s of sections) expect(s.appendix ? appendix : narrative, s.title).toContain(flat(s.title));
  });

  it('keeps every heading and its intro with what follows: no page ends with a section title or intro', () => {
    const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
    const unescape = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const heads = [...html.matchAll(/<h2[^>]*>([^<]+)<\/h2>(?:\n<p>([^<]+)<\/p>)?/g)].map((m) => ({ title: flat(unescape(m[1]!)), intro: m[2] ? flat(unescape(m[2])) : null }));
    expect(heads.length).toBeGreaterThan(10);
    expect(heads.find((h) => h.title === 'Trends')?.intro).toBeTruthy();
    pages.slice(0, -1).forEach((p, i) => {
      // the page's text above its footer line
      const body = flat(p.split('\n').filter((l) => l.trim() !== '' && !/Page \d+ of \d+/.test(l)).join(' '));
      for (const h of heads) {
        expect(body.endsWith(h.title), `page ${i + 1} ends with the heading "${h.title}"`).toBe(false);
        if (h.intro) expect(body.endsWith(h.intro.slice(-40)), `page ${i + 1} ends with the intro of "${h.title}"`).toBe(false);
      }
    });
  });

  it('has no near-empty page (a lone heading) and the footer on every page', () => {
    pages.forEach((p, i) => {
      const lines = p.split('\n').filter((l) => l.trim() !== '');
      expect(lines.length, `page ${i + 1} has ${lines.length} lines`).toBeGreaterThan(6);
      expect(p, `footer of page ${i + 1}`).toMatch(new RegExp(`Page ${i + 1} of ${pages.length}`));
    });
  });

  it('is the PDF committed in reports/annual-report/ (same text page by page; npm run reports regenerates it)', () => {
    const committed = execFileSync('pdftotext', ['-layout', join(process.cwd(), 'reports', 'annual-report', `${NAME}.pdf`), '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
    expect(committed.length, 'page count of reports/annual-report: run "npm run reports" and commit reports/').toBe(pages.length);
    committed.forEach((p, i) => expect(p === pages[i], `page ${i + 1} of reports/annual-report has drifted: run "npm run reports" and commit reports/`).toBe(true));
  });

  it('writes no identifier of a child', () => {
    const text = pages.join('\n');
    expect(text).not.toMatch(/\b[A-Z]\d{12}\b/); // a UPN's shape
  });

  it('leaves nothing in --out but the report files and the manifest', () => {
    expect(readdirSync(out).sort()).toEqual(['cla-analyse-output.json', `${NAME}.html`, `${NAME}.pdf`]);
  });
});
