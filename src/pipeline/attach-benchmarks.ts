/**
 * Sets the published figures beside each measure row (shared/spec/measures.md, "Benchmarks"). Done by
 * the pipeline, not by measures (issue 11 item 3): measures compute, the benchmark store reads the
 * DfE files, and this step joins the two through each measure's definition.
 */
import type { MeasureRow } from '../domain/measure-row.js';
import type { BenchmarkStore } from '../benchmarks/index.js';
import { MEASURE_BY_ID } from '../measures/registry.js';

export function attachBenchmarks(rows: MeasureRow[], store: Pick<BenchmarkStore, 'benchmarksFor'>): MeasureRow[] {
  for (const r of rows) {
    const measure = MEASURE_BY_ID.get(r.id);
    const column = measure?.benchmark;
    // a published figure is set beside a row only when it counts the same children: the row's cohort is
    // the benchmark population's (the registry test checks the rest of the population is the measure's)
    if (!measure || !column || column.population.cohort !== r.cohort) continue;
    // breakdown rows get none, except a school phase the DfE publishes (absence: primary, secondary, special, AP)
    const phase = r.breakdown && Object.keys(r.breakdown).length === 1 && column.phaseColumns ? r.breakdown.phase : undefined;
    if (r.breakdown !== null && phase === undefined) continue;
    // an LA's count compares with its own published count only: against England's or a region's it means nothing
    const all = store.benchmarksFor(measure, r.year, r.la, r.value, phase);
    r.benchmarks = r.unit === 'count' ? all.filter((b) => b.scope === 'la_published') : all;
  }
  return rows;
}
