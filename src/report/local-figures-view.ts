/**
 * The XLSX sheet of the local figures (local-figures.ts; kept apart from it so the workbook writer
 * does not load the DuckDB reader).
 */
import type { ShownLocalFigure } from './document.js';
import { DISPLAY_DECIMALS, roundTo } from './format.js';
import { LOCAL_TEXT } from './messages.js';
import type { TableView, ViewCell } from './table-view.js';

/**
 * The local figures as the XLSX sheet shows them: the figures as numbers an analyst can sum or chart
 * (numerator, denominator and value in their own columns, a percentage formatted `87.9%`), a symbol
 * ([c], [x], [z] in the sheet) where a figure is not shown, with the unit, source and note.
 */
export function localFiguresView(shown: readonly ShownLocalFigure[]): TableView {
  const text = (t: string): ViewCell => ({ text: t, number: null, decimals: 0, percent: false });
  const num = (n: number | null, decimals: number, percent: boolean, missing: string): ViewCell =>
    n === null || !Number.isFinite(n) ? text(missing) : { text: String(roundTo(n, decimals)), number: roundTo(n, decimals), decimals, percent };
  const unitName = { percent: 'percent', count: 'count', mean: 'number', rate: 'number', score: 'number' } as const;
  const rows = shown.map(({ row: r, title, source }) => {
    const none = r.symbol ?? (r.unit === 'percent' ? 'x' : 'z');
    return [text(title), text(r.year), num(r.numerator, 0, false, none), num(r.denominator, 0, false, none),
      num(r.value, DISPLAY_DECIMALS[r.unit], r.unit === 'percent', r.symbol ?? 'x'), text(unitName[r.unit]), text(source), text(r.note ?? '')];
  });
  const symbols = new Set(rows.flatMap((r) => r.filter((c) => /^[cxz]$/.test(c.text)).map((c) => c.text as 'c' | 'x' | 'z')));
  return {
    id: 'local-figures', title: LOCAL_TEXT.tableTitle, caption: null,
    headers: ['Measure', 'Year', 'Numerator', 'Denominator', 'Value', 'Unit', 'Source', 'Note'],
    numeric: [false, false, true, true, true, false, false, false], long: [false, false, false, false, false, false, true, true], rows, symbols,
  };
}
