/**
 * One benchmark run: the shared pipeline (src/pipeline/analyse.ts) validates and links the folder once,
 * then gives the measures of every LA in the data (those with care histories, optionally filtered),
 * each with its published figures and suppressed, ranked side by side,
 * with expected versus observed when a model is asked for. The database is the caller's (I/O edge).
 */
import type { Db } from '../io/duck.js';
import { analyse } from '../pipeline/analyse.js';
import type { Breakdown, Cohort } from '../measures/compute/context.js';
import type { MeasureRow } from '../measures/row.js';
import { CATALOGUE_ORDER } from '../measures/registry.js';
import { laInfo, statisticalNeighbours } from '../benchmarks/index.js';
import { settingsRecord, type RunSettings } from '../settings.js';
import type { Validated } from '../validate/run.js';
import { reachesFailOn, type FailOn } from '../validate/finding.js';
import type { Outcome, SavedModel } from '../model/index.js';
import { UsageError } from '../errors.js';
import { directionOf } from '../measures/registry.js';
import { rankRows } from './rank-rows.js';
import { publishedFigureLookup } from './published-figures.js';
import { readFactorRows } from '../link/read-factors.js';
import { expectedObservedByLa } from './expected-observed.js';
import { SCHEMA_VERSION, benchmarkOutputSchema, type BenchmarkOutput } from './schema.js';

export interface BenchmarkRunOptions {
  folder: string;
  /** LAs to include (default every LA with care histories in the data). */
  las?: string[];
  /** Academic years such as 2023/24 (default every year in the data). */
  years?: string[];
  cohort: Cohort;
  /** Breakdowns computed per LA (for the per-LA reports; the benchmark itself compares totals). */
  breakdowns: Breakdown[];
  failOn: FailOn;
  /** Suppression threshold (default the config's `suppression`). */
  suppress?: number;
  /** Expected versus observed: apply a saved model, or fit the Rees preset. */
  model?: { saved?: SavedModel; outcome: Outcome };
  toolVersion: string;
  onProgress?: (text: string) => void;
}

export interface BenchmarkRun {
  output: BenchmarkOutput;
  /** Every suppressed row of each LA (with breakdowns), for the per-LA annual reports. */
  rowsByLa: Map<string, MeasureRow[]>;
  threshold: number;
  /** The run's settings, resolved once (src/settings.ts). */
  settings: RunSettings;
  /** Validation result, for the row accounting on stderr. */
  validated: Validated;
  /** Exit code the run earns: 1 when a finding at failOn or above exists, else 0. */
  exitCode: 0 | 1;
}

/** Stage timings on stderr when CLA_ANALYSE_TIMING is set (as validate/run.ts does). */
const timing = process.env.CLA_ANALYSE_TIMING ? (label: string, t0: number) => process.stderr.write(`[timing] benchmark ${label} ${Date.now() - t0} ms\n`) : () => {};

export async function runBenchmark(db: Db, o: BenchmarkRunOptions): Promise<BenchmarkRun> {
  let t0 = Date.now();
  // benchmark compares authorities for publication: always the public audience, whatever the configuration says
  const analysis = await analyse(db, { folder: o.folder, flags: { suppress: o.suppress, audience: 'public' } });
  const { linked, settings, las: dataLas, years: allYears } = analysis;
  timing('linkFolder', t0);
  if (dataLas.length === 0) throw new UsageError('the data hold no care histories, so there is no LA to benchmark', 'check the folder holds SSDA903 episodes (cla-analyse validate <folder>)');
  const missingLas = (o.las ?? []).filter((la) => !dataLas.includes(la));
  if (missingLas.length) throw new UsageError(`no care data for LA ${missingLas.join(', ')}`, `choose from ${dataLas.join(', ')}`);
  const las = o.las?.length ? [...new Set(o.las)].sort() : dataLas;
  const missingYears = (o.years ?? []).filter((y) => !allYears.includes(y));
  if (missingYears.length) throw new UsageError(`no data for ${missingYears.join(', ')}`, `choose from ${allYears.join(', ')}`);
  const years = o.years?.length ? [...new Set(o.years)].sort() : allYears;
  const threshold = settings.suppressionThreshold;
  const grouping = settings.statisticalNeighbours;

  t0 = Date.now();
  const rowsByLa = new Map<string, MeasureRow[]>();
  for (const [i, la] of las.entries()) {
    o.onProgress?.(`measures: LA ${la} (${i + 1} of ${las.length})`);
    rowsByLa.set(la, await analysis.measures({ la, years, cohort: o.cohort, breakdowns: o.breakdowns }));
  }
  timing(`measures of ${las.length} LAs`, t0);
  t0 = Date.now();
  const totals = [...rowsByLa.values()].flatMap((rows) => rows.filter((r) => r.breakdown === null));
  const rows = rankRows(totals, { measureOrder: [...CATALOGUE_ORDER], neighbourGrouping: grouping, published: publishedFigureLookup(analysis.benchmarks) });

  timing('ranks', t0);
  const findings = { error: 0, warning: 0, info: 0 };
  for (const f of linked.validated.findings) findings[f.severity]++;
  const failing = linked.validated.findings.some((f) => reachesFailOn(f.severity, o.failOn));

  let expectedObserved = null;
  if (o.model) {
    const factorRows = await readFactorRows(db, o.cohort, [...years]);
    expectedObserved = expectedObservedByLa({ rows: factorRows, las, threshold, saved: o.model.saved, outcome: o.model.outcome });
  }

  t0 = Date.now();
  const ids = [...new Set(rows.map((r) => r.id))];
  const unitOf = new Map(rows.map((r) => [r.id, r.unit]));
  const output = benchmarkOutputSchema.parse({
    tool: 'cla-analyse', command: 'benchmark', schemaVersion: SCHEMA_VERSION, toolVersion: o.toolVersion,
    cohort: o.cohort, years, suppressionThreshold: threshold, neighbourGrouping: grouping, settings: settingsRecord(settings),
    validation: { failOn: o.failOn, ok: !failing, findings },
    las: las.map((la) => {
      const info = laInfo(la);
      return { la, name: info?.name ?? null, regionCode: info?.regionCode ?? null, regionName: info?.regionName ?? null, statisticalNeighbours: statisticalNeighbours(la, grouping) };
    }),
    measures: ids.map((id) => ({ id, unit: unitOf.get(id)!, direction: directionOf(id) })),
    rows,
    expectedObserved,
  });
  timing('schema check', t0);
  return { output, rowsByLa, threshold, settings, validated: linked.validated, exitCode: failing ? 1 : 0 };
}
