/**
 * `cla-analyse report <folder>`: the measure rows of one LA and year (with trends over the years in
 * the data), benchmarked and suppressed, as json on stdout or json/csv/md/html/xlsx files.
 */
import { basename, dirname, join, resolve } from 'node:path';
import { prepareOutDir, slug, writeInside, writeOutputManifest } from '../../io/safe-path.js';
import { closeDb, openDb, queryRows } from '../../io/duck.js';
import { linkFolder } from '../../link/pipeline.js';
import { computeMeasures, yearsInData } from '../../measures/compute/index.js';
import type { Breakdown, Cohort } from '../../measures/compute/context.js';
import { suppress } from '../../report/suppress.js';
import { buildReportDocument } from '../../report/build-document.js';
import { renderCsv } from '../../report/render-csv.js';
import { renderHtml } from '../../report/render-html.js';
import { renderJson } from '../../report/render-json.js';
import { renderMarkdown } from '../../report/render-md.js';
import { renderXlsx } from '../../report/render-xlsx.js';
import { laInfo, useBenchmarkFiles } from '../../benchmarks/index.js';
import { InputError, UsageError } from '../../errors.js';
import type { Io } from '../io.js';
import { checkLa, checkYears, surveyFolder } from '../preflight.js';
import { VERSION } from '../version.js';
import { compareExpectedObserved, fitFactorModel, reesPreset, toSavedModel } from '../../model/index.js';
import { modelSectionInput } from '../../report/model-section.js';
import { readFactorRows } from '../../link/read-factors.js';

export type ReportFormat = 'json' | 'csv' | 'md' | 'html' | 'xlsx';
export interface ReportOptions { withModel?: boolean; folder: string; la?: string; year?: string; cohort: Cohort; breakdowns: Breakdown[]; formats: ReportFormat[]; out?: string; suppress?: number }

/** Writes a file under a temporary name, then renames it: no half-written report. */
function writeAtomic(path: string, data: string | Buffer): void {
  writeInside(dirname(path), basename(path), data);
}

/** The rees preset fitted (OLS, CR1 by school) on the cla_12m KS4 pupils of every LA in the data. */
async function modelForReport(db: Parameters<typeof readFactorRows>[0], la: string, threshold: number) {
  const rows = await readFactorRows(db, 'cla_12m');
  const fitted = fitFactorModel({ rows, spec: reesPreset('att8', 'school'), estimator: 'ols' });
  const eo = fitted.kind === 'not-estimable' ? null : compareExpectedObserved(toSavedModel(fitted as never), rows, 'la');
  return modelSectionInput(fitted, eo, la, threshold);
}

export async function reportCommand(io: Io, o: ReportOptions): Promise<number> {
  if (!o.out && (o.formats.length !== 1 || o.formats[0] !== 'json')) throw new UsageError('only --format json can go to stdout', 'add --out <dir> to write md, html, xlsx or csv files');
  const db = await openDb();
  try {
    const survey = await surveyFolder(db, o.folder);
    checkLa(survey, o.la, o.folder);
    checkYears(survey.years, o.year ? [o.year] : undefined, o.folder);
    const linked = await linkFolder(db, { folder: o.folder });
    const las = [...new Set([...linked.care.histories.values()].map((h) => h.la))].sort();
    if (las.length === 0 && !o.la) throw new InputError(`no 903 episodes in ${o.folder} were accepted: there is no LA to report on`, o.folder, 'run cla-analyse validate on the folder to see why its rows were not used');
    const la = o.la ?? (las.length === 1 ? las[0] : undefined);
    if (!la) throw new UsageError(`the data hold ${las.length} LAs (${las.slice(0, 8).join(', ')}${las.length > 8 ? ', …' : ''}); choose one`, 'pass --la <la>, or use `cla-analyse benchmark` for all of them');
    const ks4Years = (await queryRows<{ y: string }>(db, `SELECT DISTINCT ks4_year AS y FROM factors ORDER BY 1`)).map((r) => r.y);
    const years = yearsInData(linked, ks4Years);
    const year = o.year ?? years[years.length - 1];
    if (!year || !years.includes(year)) throw new UsageError(`no data for ${year ?? 'any year'}`, `choose one of ${years.join(', ')}`);
    const threshold = o.suppress ?? linked.validated.config.suppression;
    useBenchmarkFiles(Object.fromEntries(Object.entries(linked.validated.config.benchmarkFiles).map(([f, p]) => [f, resolve(o.folder, p!)])));
    const raw = await computeMeasures(db, linked, { la, years, cohort: o.cohort, breakdowns: o.breakdowns });
    const rows = suppress(raw, threshold);
    const model = o.withModel ? await modelForReport(db, la, threshold) : undefined;
    const doc = buildReportDocument({ rows, la, laName: laInfo(la)?.name ?? null, year, cohort: o.cohort, suppressionThreshold: threshold, toolVersion: VERSION, ...(model ? { model } : {}) });
    if (threshold === 0) io.err('suppression is OFF (--suppress 0): this report is for internal use only and must not be shared\n');
    if (!o.out) { io.out(renderJson(doc)); return 0; }
    prepareOutDir(o.out);
    const base = `cla-report-${slug('la', la)}-${slug('year', year)}`;
    const written: string[] = [];
    for (const f of o.formats) {
      const path = join(o.out, `${base}.${f}`);
      if (f === 'json') writeAtomic(path, renderJson(doc));
      else if (f === 'csv') writeAtomic(path, renderCsv(doc));
      else if (f === 'md') writeAtomic(path, renderMarkdown(doc));
      else if (f === 'html') writeAtomic(path, await renderHtml(doc));
      else writeAtomic(path, await renderXlsx(doc));
      io.err(`wrote ${path}\n`);
      written.push(path);
    }
    writeOutputManifest(o.out, written);
    return 0;
  } finally {
    closeDb(db);
  }
}
