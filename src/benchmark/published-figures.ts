/**
 * Every LA's own published figure of a measure and year (the `la_published` benchmark of the bundled
 * DfE files), for ranking an LA among all published LAs. Suppressed or missing published cells are
 * left out. Cached per measure and year.
 */
import { allLaCodes, benchmarksFor } from '../benchmarks/index.js';

export type PublishedFigures = (measureId: string, academicYear: string) => ReadonlyMap<string, number>;

export function publishedFigureLookup(): PublishedFigures {
  const cache = new Map<string, Map<string, number>>();
  return (measureId, year) => {
    const key = `${measureId}|${year}`;
    let figures = cache.get(key);
    if (!figures) {
      figures = new Map();
      for (const la of allLaCodes()) {
        const published = benchmarksFor(measureId, year, la, null).find((b) => b.scope === 'la_published');
        if (published && published.value !== null && Number.isFinite(published.value)) figures.set(la, published.value);
      }
      cache.set(key, figures);
    }
    return figures;
  };
}
