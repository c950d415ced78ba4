/**
 * `cla-analyse report <folder>`: the measure rows of one LA and year (with trends over the years in
 * the data), benchmarked and suppressed, as json on stdout or json/csv/md/html/xlsx/pdf files (pdf: the HTML printed to A4 by
 * the system Chromium).
 */
import { prepareOutDir, slug } from '../../io/safe-path.js';
import { writeOutputs } from '../write-outputs.js';
import { outputsOf } from '../render-as.js';
import { closeDb, openDb, type Db } from '../../io/duck.js';
import { analyse } from '../../pipeline/analyse.js';
import type { Breakdown, Cohort } from '../../measures/compute/context.js';
import type { Audience } from '../../report/suppress.js';
import { buildReportDocument } from '../../report/build-document.js';
import { readLocalFigures } from '../../report/local-figures.js';
import { renderJson } from '../../report/render-json.js';
import { laInfo } from '../../benchmarks/index.js';
import { InputError, UsageError } from '../../errors.js';
import type { Io } from '../io.js';
import { checkCohortHeld, checkLa, checkYears, filesLabel, surveyFolder, type Survey } from '../preflight.js';
import { finishRun } from '../summary.js';
import type { FailOn } from '../../validate/finding.js';
import { VERSION } from '../version.js';
import { settingsLine, settingsRecord } from '../../settings.js';
import { compareExpectedObserved, fitFactorModel, loadModel, reesPreset, toSavedModel, type SavedModel } from '../../model/index.js';
import { modelSectionInput, savedModelSectionInput } from '../../report/model-section.js';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readFactorRows } from '../../link/read-factors.js';

export type ReportFormat = 'json' | 'csv' | 'md' | 'html' | 'xlsx' | 'pdf';
export interface ReportOptions { failOn?: FailOn; withModel?: boolean; model?: string; folder: string; la?: string; year?: string; cohort: Cohort; breakdowns: Breakdown[]; formats: ReportFormat[]; out?: string; suppress?: number; audience?: Audience;
  /** --cohort was given on the command line: a care cohort with no child of the LA in the year is then exit 2 (preflight.ts). */
  cohortChosen?: boolean;
  /** The folder's survey when the CLI already made it (preflightReport), so it is not made twice. */
  survey?: Survey }


/**
 * The model section: with `savedModel`, that model (fitted elsewhere) scores the LA's cla_12m KS4
 * pupils; otherwise the rees preset is fitted (OLS, CR1 by school) on the cla_12m KS4 pupils of every
 * LA in the data, and expected versus observed is given only when they come from two LAs or more (a
 * fit on one LA alone has a mean residual of zero by construction: model-section.ts).
 */
async function modelForReport(db: Parameters<typeof readFactorRows>[0], la: string, threshold: number, saved?: { model: SavedModel; file: string }) {
  const rows = await readFactorRows(db, 'cla_12m');
  if (saved) return savedModelSectionInput(saved.model, basename(saved.file), compareExpectedObserved(saved.model, rows, 'la'), la, threshold);
  const fitted = fitFactorModel({ rows, spec: reesPreset('att8', 'school'), estimator: 'ols' });
  const las = new Set(rows.map((r) => r.la).filter((x) => x !== null)).size;
  const eo = fitted.kind === 'not-estimable' || las < 2 ? null : compareExpectedObserved(toSavedModel(fitted), rows, 'la');
  return modelSectionInput(fitted, eo, la, threshold, las);
}

export async function reportCommand(io: Io, o: ReportOptions): Promise<number> {
  if (!o.out && (o.formats.length !== 1 || o.formats[0] !== 'json')) throw new UsageError('only --format json can go to stdout', 'add --out <dir> to write md, html, xlsx, csv or pdf files');
  // a pdf needs a browser: say so before the folder is read, not after the other files are written
  if (o.formats.includes('pdf')) {
    const { findChromium, noChromium } = await import('../../report/render-pdf.js');
    if (!findChromium()) throw noChromium(process.env);
  }
  // a saved model is read and checked before the folder, so a wrong file fails at once
  if (o.model !== undefined && !existsSync(o.model)) throw new InputError(`the saved model ${o.model} does not exist`, o.model, 'give the file written by cla-analyse model <folder> --save <file>');
  const saved = o.model !== undefined ? { model: loadModel(readFileSync(o.model, 'utf8'), o.model), file: o.model } : undefined;
  if (o.out) prepareOutDir(o.out); // an --out that cannot be written is exit 2 before the folder is read
  let opened: Db | undefined;
  const getDb = async () => (opened ??= await openDb({ input: o.folder }));
  try {
    io.stage('surveying the folder');
    const survey = o.survey ?? await surveyFolder(getDb, o.folder, {}, { years: o.year !== undefined });
    checkLa(survey, o.la, o.folder);
    checkYears(survey.years, o.year ? [o.year] : undefined, o.folder);
    const db = await getDb();
    io.stage(`reading, checking and linking ${filesLabel(survey)}`);
    // link → years → measures → published figures → suppression, under the run's settings (threshold,
    // audience, placement change, benchmark and P8 files) resolved once (src/pipeline/analyse.ts)
    const analysis = await analyse(db, { folder: o.folder, flags: { suppress: o.suppress, audience: o.audience } });
    const { linked, settings, las, years } = analysis;
    if (las.length === 0 && !o.la) throw new InputError(`no 903 episodes in ${o.folder} were accepted: there is no LA to report on`, o.folder, 'run cla-analyse validate on the folder to see why its rows were not used');
    const la = o.la ?? (las.length === 1 ? las[0] : undefined);
    if (!la) throw new UsageError(`the data hold ${las.length} LAs (${las.slice(0, 8).join(', ')}${las.length > 8 ? ', …' : ''}); choose one`, 'pass --la <la>, or use `cla-analyse benchmark` for all of them');
    const year = o.year ?? years[years.length - 1];
    if (!year || !years.includes(year)) throw new UsageError(`no data for ${year ?? 'any year'}`, `choose one of ${years.join(', ')}`);
    if (o.cohortChosen) checkCohortHeld(linked.care.histories.values(), o.cohort, la, year);
    const threshold = settings.suppressionThreshold;
    io.stage(`measures for LA ${la}, ${years.length} year${years.length === 1 ? '' : 's'}`);
    const rows = await analysis.measures({ la, years, cohort: o.cohort, breakdowns: o.breakdowns }, { laComparisons: true });
    const audience = settings.audience;
    const withModel = o.withModel || o.model !== undefined;
    if (withModel) io.stage(o.model ? 'applying the saved factor model' : 'fitting the factor model');
    const model = withModel ? await modelForReport(db, la, threshold, saved) : undefined;
    const localFigures = await readLocalFigures(db, linked.validated.tables, la, year);
    const doc = buildReportDocument({ rows, la, laName: laInfo(la)?.name ?? null, year, cohort: o.cohort, suppressionThreshold: threshold, audience, settings: settingsRecord(settings), toolVersion: VERSION, localFigures, ...(model ? { model } : {}) });
    if (threshold === 0) io.err('suppression is OFF (--suppress 0): this report is for internal use only and must not be shared\n');
    else if (audience === 'board') io.err('audience board: totals are shown with small counts; the report is marked not for publication on every page\n');
    io.endStage();
    // the JSON on stdout is the bare list of rows (spec): the settings it was made with go to stderr
    if (!o.out) { io.out(renderJson(doc)); io.err(`settings used: ${settingsLine(settingsRecord(settings))}\n`); }
    else {
      const base = `cla-report-${slug('la', la)}-${slug('year', year)}`;
      const manifest = { command: 'report', la, year, cohort: o.cohort, breakdowns: o.breakdowns, ...settingsRecord(settings), toolVersion: VERSION };
      await writeOutputs(io, o.out, o.formats.flatMap((f) => outputsOf(base, f, doc)), { settings: manifest });
    }
    return finishRun(io, linked.validated.files, linked.validated.findings, o.failOn);
  } finally {
    if (opened) closeDb(opened);
  }
}
