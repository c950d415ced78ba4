/**
 * XLSX workbook (exceljs): a Notes sheet first (report, symbols, suppression, gaps, benchmark
 * sources, tool version), then one sheet per table in document order. Each table sheet has a bold
 * header row, frozen with the first column, a filter on every column, real numbers with number formats (percentages as 12.3 shown `12.3%`), column
 * widths from the content, symbols in square brackets ([c], [x], [z]), and text cells neutralised against formulas (neutralise.ts).
 * Deterministic: fixed workbook dates and zip entry times (zip-times.ts), so the same document gives
 * the same bytes.
 */
import type { Worksheet } from 'exceljs';
import { collectRows } from './collect-rows.js';
import type { ReportDocument } from './document.js';
import { neutraliseText } from './neutralise.js';
import { documentFootnotes, documentSubtitle } from './preamble.js';
import { SHEET } from './messages.js';
import { tableView, type TableView, type ViewCell } from './table-view.js';
import { fixZipTimes } from './zip-times.js';

/** Fixed so that two writes give identical bytes (outputs.md: no timestamps unless asked). */
export const FIXED_WORKBOOK_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

export function numberFormat(c: ViewCell): string {
  const base = c.decimals > 0 ? `#,##0.${'0'.repeat(c.decimals)}` : '#,##0';
  return c.percent ? `${base}"%"` : base;
}

/** Excel sheet names: at most 31 characters, none of \ / ? * [ ] :, unique (case-insensitive). */
export function sheetName(title: string, taken: Set<string>): string {
  const clean = title.replace(/[\\/?*[\]:]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '') || 'Table';
  let name = clean.slice(0, 31);
  for (let i = 2; taken.has(name.toLowerCase()); i++) {
    const suffix = ` (${i})`;
    name = `${clean.slice(0, 31 - suffix.length)}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}

function textCell(s: string): string {
  return neutraliseText(s);
}

/** A cell that holds only a GSS symbol is written in square brackets, as the GSS guidance for spreadsheets asks: [c], [x], [z]. */
export function symbolCell(text: string): string {
  return /^[cxz]$/.test(text) ? `[${text}]` : text;
}

function writeTable(ws: Worksheet, v: TableView): void {
  ws.addRow(v.headers.map(textCell));
  for (const r of v.rows) {
    const row = ws.addRow(r.map((c) => (c.number !== null ? c.number : textCell(symbolCell(c.text)))));
    r.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      if (c.number !== null) cell.numFmt = numberFormat(c);
      if (v.numeric[j]) cell.alignment = { horizontal: 'right' };
    });
  }
  ws.getRow(1).font = { bold: true };
  // header row and first column stay in view; a filter on every column (GSS spreadsheet guidance)
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
  if (v.headers.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, v.rows.length + 1), column: v.headers.length } };
  v.headers.forEach((h, j) => {
    const longest = Math.max(h.length, ...v.rows.map((r) => r[j]!.text.length));
    ws.getColumn(j + 1).width = Math.min(60, Math.max(8, longest + 2));
  });
}

function writeNotes(ws: Worksheet, doc: ReportDocument, views: TableView[], sheetNames: string[]): void {
  const rows: [string, string][] = [
    [SHEET.document, doc.title],
    ['', documentSubtitle(doc)],
    ...documentFootnotes(doc).map((n, i): [string, string] => [i < 3 ? SHEET.symbols : '', n]),
    [SHEET.symbols, 'In the table sheets a symbol is written in square brackets, [c], [x] or [z] (GSS guidance on symbols in spreadsheets), so a filter or formula never takes it for a value.'],
  ];
  views.forEach((v, i) => {
    if (v.caption) rows.push([sheetNames[i]!, v.caption]);
  });
  for (const s of doc.sections) for (const n of s.notes ?? []) rows.push([s.title, n]);
  const sources = [...new Set(collectRows(doc).flatMap((r) => r.benchmarks.map((b) => `${b.scope} ${b.year}: ${b.source}`)))].sort();
  for (const s of sources) rows.push([SHEET.sources, s]);
  ws.addRow([...SHEET.notesHeader]);
  for (const [a, b] of rows) ws.addRow([textCell(a), textCell(b)]);
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.getColumn(1).width = 24;
  ws.getColumn(2).width = 110;
  ws.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
}

export async function renderXlsx(doc: ReportDocument): Promise<Buffer> {
  // exceljs is loaded only when a workbook is written, not at start-up
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'cla-analyse';
  wb.lastModifiedBy = 'cla-analyse';
  wb.created = FIXED_WORKBOOK_DATE;
  wb.modified = FIXED_WORKBOOK_DATE;
  wb.title = doc.title;
  const taken = new Set<string>([SHEET.notes.toLowerCase()]);
  const notes = wb.addWorksheet(SHEET.notes);
  const views = doc.sections.flatMap((s) => s.tables.map(tableView));
  const names = views.map((v) => sheetName(v.title, taken));
  views.forEach((v, i) => writeTable(wb.addWorksheet(names[i]!), v));
  writeNotes(notes, doc, views, names);
  return fixZipTimes(Buffer.from(await wb.xlsx.writeBuffer()));
}
