/**
 * One tidy CSV of every measure row in the document (collect-rows.ts), with a value and a gap column
 * for each benchmark scope present. RFC 4180: CRLF line ends, fields quoted when they hold a comma,
 * a quote, CR or LF, quotes doubled. Like the DfE's own tidy files, a figure that is not shown holds
 * its GSS symbol (c, x, z) in the figure column, so no cell is ever blank. Text cells are neutralised
 * against formulas (neutralise.ts); numbers are written as plain numbers (-0.35 stays a number).
 */
import type { MeasureRow } from '../measures/row.js';
import { collectRows } from './collect-rows.js';
import type { ReportDocument } from './document.js';
import { roundTo } from './format.js';
import { neutraliseText } from './neutralise.js';
import { scopesOf } from './table-view.js';

type Cell = { text: string } | { number: number };

const t = (s: string): Cell => ({ text: s });

function csvField(c: Cell): string {
  if ('number' in c) return String(c.number);
  const s = neutraliseText(c.text);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A figure, or the symbol that stands in for it. */
function fig(n: number | null, decimals: number | null, missing: string): Cell {
  if (n === null || !Number.isFinite(n)) return t(missing);
  return { number: decimals === null ? n : roundTo(n, decimals) };
}

function breakdownParts(b: Record<string, string> | null): [string, string] {
  if (!b || Object.keys(b).length === 0) return ['total', 'total'];
  const keys = Object.keys(b).sort();
  return [keys.join('&'), keys.map((k) => b[k]!).join('&')];
}

export function renderCsv(doc: ReportDocument): string {
  const rows = collectRows(doc);
  const scopes = scopesOf(rows);
  const header = [
    'id', 'year', 'la', 'cohort', 'breakdown_dimension', 'breakdown_value', 'unit',
    'numerator', 'denominator', 'value', 'ci_lower', 'ci_upper', 'note',
    ...scopes.flatMap((s) => [s, `${s}_gap`, `${s}_source`]),
  ];
  const lines = [header.map((h) => csvField(t(h))).join(',')];
  for (const r of rows) lines.push(csvLine(r, scopes).map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function csvLine(r: MeasureRow, scopes: string[]): Cell[] {
  const hidden = r.symbol ?? (r.unit === 'count' ? 'z' : null);
  const noCi = r.symbol ?? (r.unit === 'score' ? 'x' : 'z');
  const [dim, val] = breakdownParts(r.breakdown);
  const cells: Cell[] = [
    t(r.id), t(r.year), t(r.la), t(r.cohort), t(dim), t(val), t(r.unit),
    fig(r.numerator, null, hidden ?? 'x'),
    fig(r.denominator, null, hidden ?? 'x'),
    fig(r.value, 2, r.symbol ?? 'x'),
    fig(r.ci?.[0] ?? null, 2, noCi),
    fig(r.ci?.[1] ?? null, 2, noCi),
    t(r.note === null || r.note === '' ? 'z' : r.note),
  ];
  for (const s of scopes) {
    const b = r.benchmarks.find((x) => x.scope === s && x.year === r.year);
    cells.push(fig(b?.value ?? null, 2, b?.symbol ?? 'x'));
    cells.push(fig(r.symbol ? null : (b?.gap ?? null), 2, r.symbol ?? 'x'));
    cells.push(t(b?.source ?? 'x'));
  }
  return cells;
}
