/**
 * One self-contained HTML file: inline CSS (html-style.ts), inline SVG charts (charts.ts), no script
 * and no URL of any kind (links are #fragments only). Accessible: every table has a caption and
 * header cells with scope, every chart has a title and a description. Deterministic: the same
 * document gives the same bytes (no dates; charts are rendered one after another in order).
 */
import { renderCharts, type RenderedChart } from './charts.js';
import { isGenericTable, type ReportDocument, type ReportSection, type ReportTable, type RowMark } from './document.js';
import { REPORT_CSS } from './html-style.js';
import { documentFootnotes, documentKey, documentNotice, documentSubtitle } from './preamble.js';
import { tableView, type TableView } from './table-view.js';
import { escapeHtml } from '../domain/markup-text.js';

/** Every text in the HTML goes through this (src/domain/markup-text.ts: entities, and control characters shown as `\x1b`). */
export { escapeHtml } from '../domain/markup-text.js';

/** An id safe in HTML and CSS, from the document's own ids. */
export function htmlId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** Print: more columns than fit an A4 portrait page go on a landscape page; a short table is never split. */
export const PORTRAIT_MAX_COLUMNS = 8;
const SHORT_TABLE_ROWS = 20;

function tableClasses(v: TableView): string {
  return ['table-scroll', v.headers.length > PORTRAIT_MAX_COLUMNS ? 'wide' : '', v.rows.length <= SHORT_TABLE_ROWS ? 'short' : ''].filter(Boolean).join(' ');
}

function tableHtml(v: TableView, marks: readonly (RowMark | null)[] = []): string {
  const capId = htmlId('caption', v.id);
  const head = v.headers.map((h, j) => `<th scope="col"${v.numeric[j] ? ' class="num"' : ''}>${escapeHtml(h)}</th>`).join('');
  const body = v.rows
    .map((r, i) => {
      const mark = marks[i];
      const cells = r.map((c, j) => {
        // a GSS symbol cell gets `sym sym-c` (or x, z) so the print stylesheet can grey it
        const classes = [v.numeric[j] ? 'num' : v.long[j] ? 'long' : '', /^[cxz]$/.test(c.text) ? `sym sym-${c.text}` : ''].filter(Boolean).join(' ');
        const cls = classes ? ` class="${classes}"` : '';
        return j === 0 ? `<th scope="row"${cls}>${escapeHtml(c.text)}</th>` : `<td${cls}>${escapeHtml(c.text)}</td>`;
      });
      return `<tr${mark ? ` class="row-${mark}"` : ''}>${cells.join('')}</tr>`;
    })
    .join('\n');
  const note = v.caption ? `<span class="caption-note">${escapeHtml(v.caption)}</span>` : '';
  return (
    `<div class="${tableClasses(v)}" role="region" aria-labelledby="${capId}" tabindex="0">\n` +
    `<table id="${htmlId('table', v.id)}"><caption id="${capId}">${escapeHtml(v.title)}${note}</caption>\n` +
    `<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>\n</div>`
  );
}

/** A table, folded in a <details> when it asks to be (its summary line says what it holds). */
function tableBlock(t: ReportTable): string {
  const generic = isGenericTable(t) ? t : null;
  const html = tableHtml(tableView(t), generic?.rowMarks ?? []);
  return generic?.collapsed ? `<details class="table-details" id="${htmlId('details', t.id)}">\n<summary>${escapeHtml(generic.collapsed)}</summary>\n${html}\n</details>` : html;
}

function chartHtml(c: RenderedChart): string {
  const notes = c.notes.map((n) => ` ${escapeHtml(n)}`).join('');
  const picture = c.svg ?? `<p class="chart-missing">${escapeHtml(c.title)}</p>`;
  return `<figure class="chart" id="${htmlId('figure', c.id)}">\n${picture}\n<figcaption>${escapeHtml(c.title)}.${notes}</figcaption>\n</figure>`;
}

function sectionHtml(s: ReportSection, charts: Map<string, RenderedChart>): string {
  const hid = htmlId('heading', s.id);
  const parts = [`<section class="report-section${s.appendix ? ' appendix' : ''}" id="${htmlId('section', s.id)}" aria-labelledby="${hid}">`, `<h2 id="${hid}">${escapeHtml(s.title)}</h2>`];
  if (s.intro) parts.push(`<p>${escapeHtml(s.intro)}</p>`);
  for (const t of s.tables) parts.push(tableBlock(t));
  if (s.bullets?.length) parts.push(`<ul class="key-messages">\n${s.bullets.map((b) => `<li>${escapeHtml(b)}</li>`).join('\n')}\n</ul>`);
  for (const c of s.charts ?? []) parts.push(chartHtml(charts.get(c.id)!));
  if (s.notes?.length) parts.push(`<ul class="notes">\n${s.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('\n')}\n</ul>`);
  parts.push('</section>');
  return parts.join('\n');
}

/** `options.warnings`, when given, receives the charts' vega warnings (for the caller's stderr). */
export async function renderHtml(doc: ReportDocument, options: { warnings?: string[] } = {}): Promise<string> {
  const rendered = await renderCharts(doc.sections.flatMap((s) => s.charts ?? []), doc.la, doc.laName);
  options.warnings?.push(...rendered.flatMap((c) => c.warnings.map((w) => `${c.id}: ${w}`)));
  const charts = new Map(rendered.map((c) => [c.id, c]));
  const toc = doc.sections.map((s) => `<li><a href="#${htmlId('section', s.id)}">${escapeHtml(s.title)}</a></li>`).join('\n');
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>\n${REPORT_CSS}\n</style>`,
    ...noticeStyle(documentNotice(doc)),
    '</head>',
    '<body>',
    ...noticeHtml(documentNotice(doc)),
    `<header>\n<h1>${escapeHtml(doc.title)}</h1>\n<p class="subtitle">${escapeHtml(documentSubtitle(doc))}</p>\n<p class="symbol-key">${escapeHtml(documentKey())}</p>\n</header>`,
    `<nav aria-label="Contents">\n<ol>\n${toc}\n</ol>\n</nav>`,
    '<main>',
    ...doc.sections.map((s) => sectionHtml(s, charts)),
    '</main>',
    `<footer>\n<h2>Notes</h2>\n<ul>\n${documentFootnotes(doc).map((n) => `<li>${escapeHtml(n)}</li>`).join('\n')}\n</ul>\n</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * "Not for publication": a banner at the top on screen, and the same line in the top margin of every
 * printed page (a CSS page-margin box, which Chromium prints in the PDF).
 */
function noticeHtml(notice: string | null): string[] {
  return notice === null ? [] : [`<p class="notice" role="note">${escapeHtml(notice)}</p>`];
}

function noticeStyle(notice: string | null): string[] {
  if (notice === null) return [];
  const cssText = notice.replace(/[\\"<>]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
  const box = `@top-center { content: "${cssText}"; font: bold 7.5pt Arial, sans-serif; color: #b3261e; }`;
  return [`<style>@page { ${box} } @page wide { ${box} }</style>`];
}
