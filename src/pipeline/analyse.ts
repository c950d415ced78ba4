/**
 * The one run pipeline of report, benchmark and model (issue 11 item 2): validate → link → years in
 * the data → measures → published figures attached → small numbers suppressed, every step taking the
 * run's settings (src/settings.ts), resolved once from the folder's cla-analyse.json and the
 * command's flags. The commands choose what to ask for (which LA, years, cohort, breakdowns) and
 * how to write it; they no longer code the steps themselves.
 */
import { queryRows, type Db } from '../io/duck.js';
import { factorTableFolder, linkFolder, type Linked } from '../link/pipeline.js';
import { computeComparisonMeasures, computeMeasures, yearsInData } from '../measures/compute/index.js';
import type { MeasureInputs, MeasureRequest } from '../measures/compute/context.js';
import type { MeasureRow } from '../domain/measure-row.js';
import { benchmarkStoreFor, type BenchmarkStore } from '../benchmarks/index.js';
import { suppress } from '../report/suppress.js';
import { attachLaComparisons, LA_ALL_PUPILS, LA_NOT_LOOKED_AFTER } from '../report/la-comparisons.js';
import type { RunSettings, SettingFlags } from '../settings.js';
import { attachBenchmarks } from './attach-benchmarks.js';

export interface AnalyseOptions { folder: string; flags?: SettingFlags }

export interface Analysis {
  linked: Linked;
  settings: RunSettings;
  /** The published figures of this run: the bundled DfE files, or the configured `benchmarkFiles` in their place. */
  benchmarks: BenchmarkStore;
  /** LAs with care histories in the data, sorted. */
  las: string[];
  /** Academic years in the data (KS4 years and 903 return years), sorted. */
  years: string[];
  /**
   * The measure rows of one LA, published figures attached, suppressed at the run's threshold for its
   * audience. `laComparisons`: the LA's own all pupils and pupils not looked after set beside the
   * cohort's rows (the report's columns; not for cohort `all`).
   */
  measures(req: MeasureRequest, options?: { laComparisons?: boolean }): Promise<MeasureRow[]>;
}

export async function analyse(db: Db, o: AnalyseOptions): Promise<Analysis> {
  const linked = await linkFolder(db, { folder: o.folder, flags: o.flags ?? {} });
  const { settings } = linked;
  const benchmarks = benchmarkStoreFor(settings.benchmarkFiles);
  const las = [...new Set([...linked.care.histories.values()].map((h) => h.la))].sort();
  const ks4Years = (await queryRows<{ y: string }>(db, `SELECT DISTINCT ks4_year AS y FROM factors ORDER BY 1`)).map((r) => r.y);
  const years = yearsInData(linked, ks4Years);
  const threshold = settings.suppressionThreshold;
  const audience = settings.audience;
  return {
    linked, settings, benchmarks, las, years,
    async measures(req, options = {}) {
      const rows = suppress(await measureRows(db, linked, req, benchmarks), threshold, { audience });
      if (!options.laComparisons || req.cohort === 'all') return rows;
      // the LA's own all pupils and pupils not looked after, from the same pupil files, beside the cohort
      const comparisons = [];
      for (const [scope, cohort] of [[LA_ALL_PUPILS, 'all'], [LA_NOT_LOOKED_AFTER, 'non_cla']] as const)
        comparisons.push({ scope, rows: suppress(await computeComparisonMeasures(db, linked, { la: req.la, years: req.years, cohort }), threshold, { audience }) });
      return attachLaComparisons(rows, req.cohort, comparisons);
    },
  };
}

/**
 * The measure rows of one request with their published figures, not yet suppressed (suppression is
 * the last step of every output; tests read the exact figures). `benchmarks`: the run's store, by
 * default the one of the folder's settings.
 */
export async function measureRows(db: Db, linked: Linked, req: MeasureRequest,
  benchmarks: BenchmarkStore = benchmarkStoreFor(linked.settings.benchmarkFiles)): Promise<MeasureRow[]> {
  const inputs: MeasureInputs = benchmarks;
  return attachBenchmarks(await computeMeasures(db, linked, req, inputs), benchmarks);
}

/**
 * What `model` needs of the same pipeline: the validated folder, the run's settings and the factor
 * table (taken from the store when these files were linked before under the same settings).
 */
export async function analyseFactors(db: Db, o: AnalyseOptions & { pupils?: 'all' | 'linked' }): ReturnType<typeof factorTableFolder> {
  // `pupils: 'linked'`: only the KS4 pupils linked to a 903 child (every cohort but `all`; src/link/factor-table.ts)
  return factorTableFolder(db, { folder: o.folder, flags: o.flags ?? {}, pupils: o.pupils });
}
