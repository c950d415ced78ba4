/**
 * A report document in one output format; each renderer is loaded on first use (exceljs, vega only
 * when needed; playwright-core and Chromium only for pdf, which prints the HTML rendering).
 */
import type { ReportDocument } from '../report/document.js';

export type DocFormat = 'json' | 'csv' | 'md' | 'html' | 'xlsx' | 'pdf';

export async function renderReportAs(f: DocFormat, doc: ReportDocument): Promise<string | Buffer> {
  if (f === 'csv') return (await import('../report/render-csv.js')).renderCsv(doc);
  if (f === 'md') return (await import('../report/render-md.js')).renderMarkdown(doc);
  if (f === 'html') return (await import('../report/render-html.js')).renderHtml(doc);
  if (f === 'xlsx') return (await import('../report/render-xlsx.js')).renderXlsx(doc);
  if (f === 'pdf') {
    const html = (await import('../report/render-html.js')).renderHtml(doc);
    return (await import('../report/render-pdf.js')).renderPdf(await html, { footer: doc.title });
  }
  return (await import('../report/render-json.js')).renderJson(doc);
}

/**
 * The files of one format: a CSV comes with its EES metadata file (`<base>.meta.csv`) and, when the
 * folder has local figures, their own data file and its metadata (`<base>.local-figures.csv`,
 * `<base>.local-figures.meta.csv`; render-csv.ts says why they are not in the report's CSV).
 */
export function outputsOf(base: string, f: DocFormat, doc: ReportDocument): { name: string; render: () => Promise<string | Buffer> }[] {
  const main = { name: `${base}.${f}`, render: () => renderReportAs(f, doc) };
  if (f !== 'csv') return [main];
  const csv = () => import('../report/render-csv.js');
  const files = [main, { name: `${base}.meta.csv`, render: async () => (await csv()).renderCsvMeta(doc) }];
  if (doc.localFigures?.length) {
    files.push({ name: `${base}.local-figures.csv`, render: async () => (await csv()).renderLocalFiguresCsv(doc) ?? '' },
      { name: `${base}.local-figures.meta.csv`, render: async () => (await csv()).renderLocalFiguresCsvMeta() });
  }
  return files;
}
