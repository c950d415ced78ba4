/**
 * `--format pdf`: the HTML report (render-html.ts) printed to A4 by headless Chromium through
 * playwright-core, with the print stylesheet of html-style.ts (portrait pages, a landscape named page
 * for wide tables, headings kept with what follows). The browser is the system's Chromium
 * (CHROMIUM_PATH, else /usr/bin/chromium or /usr/lib/chromium/chromium): playwright-core downloads
 * nothing. The HTML is given to the page as a string and every request is refused, so nothing is
 * fetched and no temporary file is written. playwright-core is imported only here, and only when a
 * PDF is asked for, so other formats never load it.
 *
 * The PDF is made deterministic: Chromium stamps /CreationDate and /ModDate with the clock; both
 * are replaced by a fixed date of the same length, so byte offsets (the xref table) stay valid.
 */
import { existsSync } from 'node:fs';
import { CliError } from '../errors.js';

/** Launch flags that work with Debian's Chromium in a container (stack notes §8). */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
] as const;

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium executable to use, or null: CHROMIUM_PATH when set (it must exist), else the first system one. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const given = env.CHROMIUM_PATH?.trim();
  if (given) return existsSync(given) ? given : null;
  return SYSTEM_CHROMIUM.find((p) => existsSync(p)) ?? null;
}

export class NoChromiumError extends CliError {}

export function noChromium(env: NodeJS.ProcessEnv): NoChromiumError {
  const given = env.CHROMIUM_PATH?.trim();
  return new NoChromiumError(
    given ? `--format pdf needs Chromium, and CHROMIUM_PATH (${given}) does not exist`
      : `--format pdf needs Chromium, and none was found (looked for ${SYSTEM_CHROMIUM.join(', ')})`,
    'install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable; the other formats (html prints to PDF from any browser) need no browser',
  );
}

/** Replaces the clock in /CreationDate and /ModDate by 2000-01-01 (same length: offsets unchanged). */
export function fixPdfDates(pdf: Buffer): Buffer {
  const fixedDigits = '20000101000000';
  const text = pdf.toString('latin1').replace(/(\/(?:CreationDate|ModDate)\s*\(D:)([^)]*)\)/g, (_m, key: string, stamp: string) =>
    `${key}${[...stamp].map((ch, i) => (/[0-9]/.test(ch) ? fixedDigits[i] ?? '0' : ch)).join('')})`);
  return Buffer.from(text, 'latin1');
}

/** The number of pages of a PDF, from its page objects (`/Type /Page`, not `/Pages`). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

export interface PdfOptions {
  env?: NodeJS.ProcessEnv;
  /** Footer text on every page, beside "Page n of m" (e.g. the report's title). */
  footer?: string;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Prints an HTML document (self-contained: no URL of any kind) to an A4 PDF. */
export async function renderPdf(html: string, options: PdfOptions = {}): Promise<Buffer> {
  const env = options.env ?? process.env;
  const executablePath = findChromium(env);
  if (!executablePath) throw noChromium(env);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
  try {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const refused: string[] = [];
    await ctx.route('**/*', (r) => {
      refused.push(r.request().url());
      return r.abort('blockedbyclient');
    });
    const page = await ctx.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const footer = `<div style="width:100%;font-size:8px;color:#505a5f;padding:0 12mm;display:flex;justify-content:space-between;font-family:Arial,'Liberation Sans',sans-serif">`
      + `<span>${escapeHtml(options.footer ?? '')}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
    const pdf = await page.pdf({
      format: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: true,
      headerTemplate: '<span></span>', footerTemplate: footer, tagged: true, outline: true,
    });
    if (refused.length) throw new Error(`the report asked for ${refused.length} URL(s) while printing (${refused.slice(0, 3).join(', ')}): a bug, the HTML must be self-contained`);
    return fixPdfDates(Buffer.from(pdf));
  } finally {
    await browser.close();
  }
}
