/**
 * JSON report: the measure rows (measures.md, "A JSON report is a list of such rows") with a fixed
 * key order, then the local figures (ReportDocument.localFigures) with their title and source. Values, CIs, benchmark values and gaps are rounded to 2 decimals; numerator and
 * denominator are kept exact, written without float noise (a points total 450.09, never
 * 450.09000000000003). `envelope: true` wraps the list with the report's metadata (threshold and
 * audience included). The CLI writes the bare list, as the spec has it (measures.md: "A JSON report is
 * a list of such rows"); the run's threshold and audience are then in the output folder's
 * cla-analyse-output.json.
 * Pure and deterministic; ends with a newline.
 */
import type { BenchmarkValue, MeasureRow } from '../measures/row.js';
import { collectRows } from './collect-rows.js';
import type { ReportDocument, ShownLocalFigure } from './document.js';
import { roundTo } from './format.js';
import { jsonNumberReplacer } from '../domain/round.js';
import { symbolMeaning } from './suppress.js';

const r2 = (n: number | null): number | null => (n === null ? null : roundTo(n, 2));

function sortedBreakdown(b: Record<string, string> | null): Record<string, string> | null {
  if (!b) return null;
  const o: Record<string, string> = {};
  for (const k of Object.keys(b).sort()) o[k] = b[k]!;
  return o;
}

function benchmarkJson(b: BenchmarkValue) {
  return { scope: b.scope, year: b.year, value: r2(b.value), symbol: b.symbol, gap: r2(b.gap), source: b.source };
}

export function measureRowJson(r: MeasureRow) {
  return {
    id: r.id,
    year: r.year,
    la: r.la,
    cohort: r.cohort,
    breakdown: sortedBreakdown(r.breakdown),
    numerator: r.numerator,
    denominator: r.denominator,
    children: r.children,
    value: r2(r.value),
    unit: r.unit,
    symbol: r.symbol,
    suppression: symbolMeaning(r.symbol),
    ci: r.ci ? [r2(r.ci[0]), r2(r.ci[1])] : null,
    note: r.note,
    basis: r.basis ?? null,
    basisNote: r.basisNote ?? null,
    benchmarks: r.benchmarks.map(benchmarkJson),
  };
}

/**
 * A local figure (ReportDocument.localFigures): the fields of a measure row (id `local_<measure>`,
 * cohort `local`, no benchmarks), with the MEASURE text of the local figures file as `title` and the
 * SOURCE it names as `source`, so a reader of the JSON knows what it is and where it comes from.
 */
export function localFigureJson(f: ShownLocalFigure) {
  const { id, ...rest } = measureRowJson(f.row);
  return { id, title: f.title, ...rest, source: f.source };
}

export function renderJson(doc: ReportDocument, options: { envelope?: boolean } = {}): string {
  const rows = [...collectRows(doc).map(measureRowJson), ...(doc.localFigures ?? []).map(localFigureJson)];
  const body = options.envelope
    ? {
        title: doc.title,
        la: doc.la,
        laName: doc.laName,
        year: doc.year,
        cohort: doc.cohort,
        suppressionThreshold: doc.suppressionThreshold,
        audience: doc.audience ?? 'public',
        toolVersion: doc.toolVersion,
        rows,
      }
    : rows;
  return `${JSON.stringify(body, jsonNumberReplacer, 2)}\n`;
}
