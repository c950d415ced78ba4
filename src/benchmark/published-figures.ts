/**
 * Every LA's own published figure of a measure and year (the `la_published` benchmark of the bundled
 * DfE files), for ranking an LA among all published LAs. Suppressed or missing published cells are
 * left out. Cached per measure and year.
 */
import type { BenchmarkStore } from '../benchmarks/index.js';
import { MEASURE_BY_ID } from '../measures/registry.js';

export type PublishedFigures = (measureId: string, academicYear: string) => ReadonlyMap<string, number>;

/** `store`: the run's published figures (the bundled files, or the configured `benchmarkFiles`). */
export function publishedFigureLookup(store: Pick<BenchmarkStore, 'allLaCodes' | 'benchmarksFor'>): PublishedFigures {
  const cache = new Map<string, Map<string, number>>();
  return (measureId, year) => {
    const key = `${measureId}|${year}`;
    let figures = cache.get(key);
    if (!figures) {
      figures = new Map();
      const measure = MEASURE_BY_ID.get(measureId);
      for (const la of measure ? store.allLaCodes() : []) {
        const published = store.benchmarksFor(measure!, year, la, null).find((b) => b.scope === 'la_published');
        if (published && published.value !== null && Number.isFinite(published.value)) figures.set(la, published.value);
      }
      cache.set(key, figures);
    }
    return figures;
  };
}
