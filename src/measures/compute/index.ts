/** All measure rows for one LA, years, cohort and breakdowns, each with its benchmarks. */
import type { Db } from '../../io/duck.js';
import type { Linked } from '../../link/pipeline.js';
import { benchmarksFor } from '../../benchmarks/index.js';
import { academicYearEnding } from '../../domain/years.js';
import type { MeasureRow } from '../row.js';
import type { MeasureRequest } from './context.js';
import { careMeasures } from './care-measures.js';
import { oc2Measures } from './oc2-measures.js';
import { leaversMeasures } from './leavers-measures.js';
import { pupilMeasures } from './pupil-measures.js';
import { measureRow } from './row-builder.js';
import { buildChildStatus } from './child-status.js';
import { primaryMeasures } from './primary-measures.js';
import { schoolAgeMeasures } from './school-age-measures.js';
import { benchmarkColumn } from '../registry.js';

export async function computeMeasures(db: Db, linked: Linked, req: MeasureRequest): Promise<MeasureRow[]> {
  await buildChildStatus(db, linked, req.years);
  const rows: MeasureRow[] = [
    ...careMeasures(linked.care, req, linked.placementChange),
    ...await oc2Measures(db, linked.validated.tables, req),
    ...await leaversMeasures(db, linked.validated.tables, req),
    ...await primaryMeasures(db, linked.validated.tables, req),
    ...await pupilMeasures(db, req, linked.p8Tables),
    ...await schoolAgeMeasures(db, linked, req),
  ];
  for (const c of linked.linkage.counts) {
    const year = academicYearEnding(c.year);
    if (c.la !== req.la || !req.years.includes(year)) continue;
    rows.push(measureRow({ id: 'linkage_match_rate', year, la: c.la, cohort: 'ever_cla', breakdown: null, unit: 'percent', numerator: c.matched, denominator: c.schoolAge, children: c.schoolAge,
      value: c.schoolAge ? (100 * c.matched) / c.schoolAge : null, note: Object.entries(c.unmatched).filter(([, n]) => n > 0).map(([r, n]) => `${r.replaceAll('_', ' ')}: ${n}`).join('; ') || null }));
  }
  for (const r of rows) {
    // a published figure is set beside a row only when it counts the same children: the row's cohort is
    // the benchmark population's (the registry test checks the rest of the population is the measure's)
    const column = benchmarkColumn(r.id);
    if (!column || column.population.cohort !== r.cohort) continue;
    // breakdown rows get none, except a school phase the DfE publishes (absence: primary, secondary, special, AP)
    const phase = r.breakdown && Object.keys(r.breakdown).length === 1 && column.phaseColumns ? r.breakdown.phase : undefined;
    if (r.breakdown !== null && phase === undefined) continue;
    // an LA's count compares with its own published count only: against England's or a region's it means nothing
    const all = benchmarksFor(r.id, r.year, r.la, r.value, phase);
    r.benchmarks = r.unit === 'count' ? all.filter((b) => b.scope === 'la_published') : all;
  }
  return rows;
}

/**
 * The LA's own pupils in another cohort (`all`, `non_cla`), totals only, for the columns beside the
 * report's cohort: the pupil-file measures (KS1, KS2, KS4, absence, exclusions, SEN, school moves),
 * no benchmark attached. Run after computeMeasures, whose child_status table it reads.
 */
export async function computeComparisonMeasures(db: Db, linked: Linked, req: Omit<MeasureRequest, 'breakdowns'>): Promise<MeasureRow[]> {
  const r: MeasureRequest = { ...req, breakdowns: [] };
  const rows = [...await primaryMeasures(db, linked.validated.tables, r), ...await pupilMeasures(db, r, linked.p8Tables), ...await schoolAgeMeasures(db, linked, r)];
  return rows.filter((x) => x.cohort === req.cohort && x.breakdown === null);
}

/** Years in the data: the KS4 years and the 903 return years, as academic years. */
export function yearsInData(linked: Linked, ks4Years: string[]): string[] {
  const ys = new Set(ks4Years);
  for (const c of linked.linkage.counts) ys.add(academicYearEnding(c.year));
  return [...ys].sort();
}
