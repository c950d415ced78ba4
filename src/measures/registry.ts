/**
 * The measure registry: the one place every fact about a measure is read from. Everything here is
 * derived from the definition files listed in all.ts.
 */
import { MEASURES } from './all.js';
import type { BenchmarkColumn, Direction, MeasureDefinition } from './define.js';
import { SECTIONS } from './sections.js';

export { MEASURES };
export type { Direction, MeasureDefinition };
export type MeasureId = (typeof MEASURES)[number]['id'];

export const MEASURE_BY_ID: ReadonlyMap<string, MeasureDefinition> = new Map(MEASURES.map((m) => [m.id, m as MeasureDefinition]));

export function isMeasureId(id: string): id is MeasureId {
  return MEASURE_BY_ID.has(id);
}

export function measureDef(id: MeasureId): MeasureDefinition {
  return MEASURE_BY_ID.get(id)!;
}

/** Row label; an id that is not a measure (a model term, say) is shown as itself. */
export function measureTitle(id: string): string {
  return MEASURE_BY_ID.get(id)?.title ?? id;
}

/** Which way is better (DfE LAIT convention for ranks: rank 1 is the best); unknown ids are neutral. */
export function directionOf(id: string): Direction {
  return MEASURE_BY_ID.get(id)?.direction ?? 'neutral';
}

export function benchmarkColumn(id: string): BenchmarkColumn | null {
  return MEASURE_BY_ID.get(id)?.benchmark ?? null;
}

/** England's all-pupil column for the measure, if it has one. */
export function allPupilColumn(id: string): BenchmarkColumn | null {
  return MEASURE_BY_ID.get(id)?.allPupils ?? null;
}

/** Catalogue order: report section order, then table, then the measure's order. */
export const CATALOGUE_ORDER: readonly string[] = (() => {
  const key = (m: MeasureDefinition) => {
    const s = SECTIONS.findIndex((x) => x.id === m.report.section);
    const t = SECTIONS[s]?.tables.findIndex((x) => x.id === m.report.table) ?? -1;
    return [s, t, m.report.order] as const;
  };
  return [...MEASURES as readonly MeasureDefinition[]].sort((a, b) => {
    const ka = key(a), kb = key(b);
    return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
  }).map((m) => m.id);
})();

export interface TableLayout { id: string; title: string; sheet: string; groupSheet: string; measures: string[] }
export interface SectionLayout {
  id: string; title: string; intro?: string; cohortFilter: boolean; tables: TableLayout[];
  /** Measure ids drawn as "this LA beside its benchmarks" bars (when shown). */
  benchmarkCharts?: string[];
}

/** The report's sections with their tables' measures, from each measure's `report` place. */
export const SECTION_LAYOUT: readonly SectionLayout[] = SECTIONS.map((s) => {
  const inSection = CATALOGUE_ORDER.map((id) => MEASURE_BY_ID.get(id)!).filter((m) => m.report.section === s.id);
  const charts = inSection.filter((m) => m.report.benchmarkChart).map((m) => m.id);
  return {
    id: s.id, title: s.title, ...(s.intro ? { intro: s.intro } : {}), cohortFilter: s.cohortFilter,
    tables: s.tables.map((t) => ({ ...t, measures: inSection.filter((m) => m.report.table === t.id).map((m) => m.id) })),
    ...(charts.length ? { benchmarkCharts: charts } : {}),
  };
});

/** Measures followed over years in the Trends section (table, and a chart where marked). */
export const TREND_MEASURES: readonly { id: string; chart: boolean }[] = CATALOGUE_ORDER
  .map((id) => MEASURE_BY_ID.get(id)!).filter((m) => m.report.trend).map((m) => ({ id: m.id, chart: m.report.trend === 'chart' }));

/** The catalogue as `cla-analyse measures` prints it. */
export function catalogue(): { id: string; title: string; unit: string; family: string; direction: Direction; definition: string; source: string;
  population: MeasureDefinition['population']; denominatorUnit: string; suppressionCount: string; benchmark: string | null; section: string }[] {
  return CATALOGUE_ORDER.map((id) => {
    const m = MEASURE_BY_ID.get(id)!;
    return { id: m.id, title: m.title, unit: m.unit, family: m.family, direction: m.direction, definition: m.definition, source: m.source,
      population: m.population, denominatorUnit: m.denominatorUnit, suppressionCount: m.suppressionCount,
      benchmark: m.benchmark ? `${m.benchmark.file} ${m.benchmark.column}: ${m.benchmark.label}` : null,
      section: SECTIONS.find((s) => s.id === m.report.section)!.title };
  });
}
