/**
 * Issue 11 "every report shows every computed measure": a headline row of every registered measure
 * (and a breakdown row of each) given to the report builder lands in a table of the report, in
 * every format's source (the document's tables), none dropped for want of a section or table.
 */
import { describe, expect, it } from 'vitest';
import type { MeasureRow } from '../../src/measures/row.js';
import { MEASURES } from '../../src/measures/registry.js';
import { buildReportDocument } from '../../src/report/build-document.js';
import { isGenericTable } from '../../src/report/document.js';
import { renderMarkdown } from '../../src/report/render-md.js';
import { row } from './sample-document.js';

const rows: MeasureRow[] = MEASURES.flatMap((m, i) => [
  row({ id: m.id, unit: m.unit, numerator: 10 + i, denominator: m.unit === 'count' ? null : 40, children: 40, value: m.unit === 'count' ? 10 + i : 25 + i / 10 }),
  row({ id: m.id, unit: m.unit, breakdown: { sex: 'F' }, numerator: 6, denominator: m.unit === 'count' ? null : 20, children: 20, value: m.unit === 'count' ? 6 : 30 }),
]);
const doc = buildReportDocument({ rows, la: '999', laName: 'Synthshire', year: '2023/24', cohort: 'cla_12m', suppressionThreshold: 0, toolVersion: '0.1.0' });

describe('every computed measure is in the report', () => {
  it('each registered measure has its headline row in a table of the narrative, and its breakdown row in the report', () => {
    const narrative = doc.sections.filter((s) => !s.appendix).flatMap((s) => s.tables).filter((t) => !isGenericTable(t));
    const headline = new Set(narrative.flatMap((t) => ('rows' in t && !isGenericTable(t) ? t.rows : [])).filter((r) => r.breakdown === null).map((r) => r.id));
    expect(MEASURES.map((m) => m.id).filter((id) => !headline.has(id))).toEqual([]);
    const anyBreakdown = new Set(doc.sections.flatMap((s) => s.tables).flatMap((t) => (isGenericTable(t) ? [] : t.rows)).filter((r) => r.breakdown !== null).map((r) => r.id));
    expect(MEASURES.map((m) => m.id).filter((id) => !anyBreakdown.has(id))).toEqual([]);
  });

  it('and each measure\'s title is printed in the Markdown report', () => {
    const md = renderMarkdown(doc);
    expect(MEASURES.filter((m) => !md.includes(m.title)).map((m) => m.id)).toEqual([]);
  });
});
