/**
 * All measure rows of a document, in document order (section, table, row), each row once: a row
 * that appears in two tables (e.g. a headline table and a trend table) is kept at its first place.
 * Rows are normalised (normalise.ts). Generic tables (the model's terms) are not measure rows.
 */
import type { MeasureRow } from '../measures/row.js';
import { isGenericTable, type ReportDocument } from './document.js';
import { normaliseRow } from './normalise.js';

export function rowKey(r: MeasureRow): string {
  const b = r.breakdown ? Object.keys(r.breakdown).sort().map((k) => [k, r.breakdown![k]]) : null;
  return JSON.stringify([r.id, r.year, r.la, r.cohort, b]);
}

export function collectRows(doc: ReportDocument): MeasureRow[] {
  const seen = new Set<string>();
  const out: MeasureRow[] = [];
  for (const s of doc.sections)
    for (const t of s.tables) {
      if (isGenericTable(t)) continue;
      for (const r of t.rows) {
        const k = rowKey(r);
        if (seen.has(k)) continue;
        seen.add(k);
        out.push(normaliseRow(r));
      }
    }
  return out;
}
