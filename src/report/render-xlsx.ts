/**
 * XLSX workbook (exceljs): a Contents sheet first (each sheet with its full title and a link), a Notes sheet (report, symbols, suppression, gaps, benchmark
 * sources, tool version), then one sheet per table in document order, named by the table's own `sheet`. Each table sheet has a bold
 * header row, frozen with the first column, a filter on every column, real numbers with number formats (percentages as 12.3 shown `12.3%`), column
 * widths from the content, symbols in square brackets ([c], [x], [z]), and text cells neutralised against formulas (neutralise.ts).
 * Deterministic: fixed workbook dates and zip entry times (zip-times.ts), so the same document gives
 * the same bytes.
 */
import type { Worksheet } from 'exceljs';
import { collectRows } from './collect-rows.js';
import type { ReportDocument } from './document.js';
import { neutraliseText } from './neutralise.js';
import { reportText } from '../domain/markup-text.js';
import { documentFootnotes, documentNotice, documentSubtitle } from './preamble.js';
import { SHEET } from './messages.js';
import { tableView, type TableView, type ViewCell } from './table-view.js';
import { fixZipTimes } from './zip-times.js';
import { localFiguresView } from './local-figures-view.js';

/** Fixed so that two writes give identical bytes (outputs.md: no timestamps unless asked). */
export const FIXED_WORKBOOK_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

export function numberFormat(c: ViewCell): string {
  const base = c.decimals > 0 ? `#,##0.${'0'.repeat(c.decimals)}` : '#,##0';
  return c.percent ? `${base}"%"` : base;
}

/** Characters Excel does not allow in a sheet name. */
const FORBIDDEN = /[\\/?*[\]:]/;

/**
 * The sheet of a table: the short name given where the table is defined (`sheet`). Excel's rules (at
 * most 31 characters, none of \\ / ? * [ ] :, no leading or trailing apostrophe, unique
 * case-insensitively) are the definer's to keep, and test/report/xlsx.test.ts checks every sheet of
 * the demo and benchmark workbooks; a name that breaks them anyway is an internal error, never cut.
 */
export function sheetName(name: string, taken: Set<string>): string {
  if (name.length === 0 || name.length > 31 || FORBIDDEN.test(name) || /^'|'$/.test(name)) throw new Error(`sheet name "${name}" breaks Excel's rules (1-31 characters, none of \\ / ? * [ ] :)`);
  if (taken.has(name.toLowerCase())) throw new Error(`sheet name "${name}" is used twice in one workbook`);
  taken.add(name.toLowerCase());
  return name;
}

/** The Contents sheet: every sheet, its full title, and a link to it. */
function writeContents(ws: Worksheet, entries: { sheet: string; title: string }[]): void {
  ws.addRow([...SHEET.contentsHeader]);
  for (const e of entries) {
    const row = ws.addRow([textCell(e.sheet), textCell(e.title)]);
    row.getCell(1).value = { text: e.sheet, hyperlink: `#'${e.sheet.replace(/'/g, "''")}'!A1` };
    row.getCell(1).font = { color: { argb: 'FF1D70B8' }, underline: true };
  }
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.getColumn(1).width = 34;
  ws.getColumn(2).width = 90;
}

/** Control characters are not allowed in the sheet's XML (Excel then "repairs" the file): shown as `\x1b` (markup-text.ts), then formulas neutralised. */
function textCell(s: string): string {
  return neutraliseText(reportText(s));
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
  const taken = new Set<string>([SHEET.notes.toLowerCase(), SHEET.contents.toLowerCase()]);
  const contents = wb.addWorksheet(SHEET.contents);
  const notes = wb.addWorksheet(SHEET.notes);
  const tables = doc.sections.flatMap((s) => s.tables);
  // the local figures sheet holds the figures as numbers (local-figures.ts), not the section's "131 of 149, 87.9%" text
  const views = tables.map((t) => (t.id === 'local-figures' && doc.localFigures?.length ? localFiguresView(doc.localFigures) : tableView(t)));
  const names = tables.map((t) => sheetName(t.sheet, taken));
  views.forEach((v, i) => writeTable(wb.addWorksheet(names[i]!), v));
  writeNotes(notes, doc, views, names);
  writeContents(contents, [{ sheet: SHEET.notes, title: `${doc.title}: notes, symbols, suppression and sources` }, ...views.map((v, i) => ({ sheet: names[i]!, title: v.title }))]);
  // not for publication: said first on the contents and notes sheets, and in the header of every printed page
  const notice = documentNotice(doc);
  if (notice) {
    for (const ws of [contents, notes]) ws.insertRow(1, [notice]).font = { bold: true, color: { argb: 'FFB3261E' } };
    const header = `&C&"Arial,Bold"${notice.replace(/&/g, '&&')}`;
    wb.eachSheet((ws) => { ws.headerFooter = { oddHeader: header, evenHeader: header, firstHeader: header }; });
  }
  return fixZipTimes(Buffer.from(await wb.xlsx.writeBuffer()));
}
