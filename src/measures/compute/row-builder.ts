/**
 * Builds a measure row: the value and interval unrounded (each output rounds them once, half away from
 * zero on the decimal value: 10/81 shows as 12.3%, not 12.35 rounded again to 12.4; gaps to benchmarks
 * are taken from the unrounded value), exact counts kept, never NaN.
 */
import type { FigureBasis, GssSymbol, MeasureRow, MeasureUnit, NoteParts } from '../../domain/measure-row.js';

export function measureRow(r: { id: string; year: string; la: string; cohort: string; breakdown: Record<string, string> | null; unit: MeasureUnit;
  numerator: number | null; denominator: number | null; children: number | null; value: number | null; symbol?: GssSymbol | null; ci?: [number, number] | null; note?: string | null; basis?: FigureBasis | null; basisNote?: string | null; noteParts?: NoteParts }): MeasureRow {
  const finite = r.value !== null && Number.isFinite(r.value);
  const symbol: GssSymbol | null = r.symbol ?? (finite ? null : 'x');
  return {
    id: r.id, year: r.year, la: r.la, cohort: r.cohort, breakdown: r.breakdown,
    numerator: r.numerator !== null && Number.isFinite(r.numerator) ? r.numerator : null,
    denominator: r.denominator !== null && Number.isFinite(r.denominator) ? r.denominator : null,
    children: r.children !== null && Number.isFinite(r.children) ? r.children : null,
    value: finite && symbol === null ? r.value! : null,
    unit: r.unit, symbol,
    ci: r.ci && Number.isFinite(r.ci[0]) && Number.isFinite(r.ci[1]) && symbol === null ? [r.ci[0], r.ci[1]] : null,
    note: r.note ?? null, benchmarks: [],
    ...(r.basis ? { basis: r.basis } : {}),
    // the basis in words goes with a basis only (MeasureRow.basisNote)
    ...(r.basis && r.basisNote ? { basisNote: r.basisNote } : {}),
    ...(r.noteParts ? { noteParts: { lead: r.noteParts.lead, parts: r.noteParts.parts.map((x) => ({ ...x })) } } : {}),
  };
}
