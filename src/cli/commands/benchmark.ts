/**
 * `cla-analyse benchmark <folder>`: every measure for every LA in the data (many LA folders below one
 * folder, or one pooled extract), side by side with England, region and statistical neighbours, with
 * ranks and quartiles; json on stdout, or json/csv/md/html/xlsx files (and each LA's annual report
 * with --reports). `--schema` prints the JSON Schema of the json output.
 * Exit codes: 0 ok; 1 validation findings at --fail-on or above (outputs are still written);
 * 2 usage or unreadable input.
 */
import { settingsRecord } from '../../settings.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { slug } from '../../io/safe-path.js';
import { jsonNumberReplacer } from '../../domain/round.js';
import { Option, type Command } from 'commander';
import { BREAKDOWNS, COHORTS, type Breakdown, type Cohort } from '../../measures/compute/context.js';
import type { FailOn } from '../../validate/finding.js';
import type { Db } from '../../io/duck.js';
import type { Outcome } from '../../model/index.js';
import { InputError, UsageError } from '../../errors.js';
import type { Io } from '../io.js';
import { writeOutputs, type OutputFile } from '../write-outputs.js';
import { outputsOf, renderReportAs } from '../render-as.js';
import { printAccounting } from '../summary.js';
import { VERSION } from '../version.js';
import { failOnOption, listOf, parseLa, parseLaList, parseThreshold, parseYears, withDefault } from '../parsers.js';
import { YEAR_LIST_HELP } from '../../domain/years.js';

export type BenchmarkFormat = 'json' | 'csv' | 'md' | 'html' | 'xlsx';
export const BENCHMARK_FORMATS: readonly BenchmarkFormat[] = ['json', 'csv', 'md', 'html', 'xlsx'];

export interface BenchmarkOptions {
  folder?: string;
  schema?: boolean;
  las?: string[];
  /** Academic years, e.g. 2023/24. */
  years?: string[];
  cohort: Cohort;
  /** --cohort was given on the command line: on a folder with no pupil files it is exit 2 (preflight.ts checkCohortFiles). */
  cohortChosen?: boolean;
  failOn: FailOn;
  formats: BenchmarkFormat[];
  out?: string;
  suppress?: number;
  /** Also write each LA's annual report (latest year of the run) under <out>/reports/. */
  reports?: boolean;
  /** Breakdowns of the per-LA reports. */
  breakdowns?: Breakdown[];
  /** A saved model (cla-analyse model --save) for expected versus observed. */
  model?: string;
  /** Fit the Rees preset on the run's pupils for expected versus observed. */
  fitModel?: boolean;
  outcome?: Outcome;
  /** An LA of the run highlighted with its statistical neighbours in the html/md/xlsx overview. */
  focus?: string;
}

const DEFAULT_REPORT_BREAKDOWNS: Breakdown[] = ['sex', 'age_band', 'placement_group', 'legal_status', 'ethnic_group'];


/**
 * The code of a benchmark run, loaded when the command runs (registering the command loads none of
 * it), and only after the cheap survey of the folder has passed (preflight.ts), so a wrong --las,
 * --years or --cohort is refused without loading it.
 */
async function benchmarkModules() {
  const [{ loadModel }, { laInfo }, { buildReportDocument }, { runBenchmark }, { buildBenchmarkDocument, lasByMeasuresSection }, { renderBenchmarkCsv, renderBenchmarkCsvMeta }] = await Promise.all([
    import('../../model/index.js'), import('../../benchmarks/index.js'), import('../../report/build-document.js'),
    import('../../benchmark/run.js'), import('../../benchmark/document.js'), import('../../benchmark/render-csv.js')]);
  return { loadModel, laInfo, buildReportDocument, runBenchmark, buildBenchmarkDocument, lasByMeasuresSection, renderBenchmarkCsv, renderBenchmarkCsvMeta };
}

export async function benchmarkCommand(io: Io, o: BenchmarkOptions): Promise<number> {
  if (o.schema) { io.out((await import('../../benchmark/schema.js')).benchmarkJsonSchema()); return 0; }
  if (!o.folder) throw new UsageError('missing the data folder', 'cla-analyse benchmark <folder> (or --schema for the output schema)');
  if (!o.out && (o.formats.length !== 1 || o.formats[0] !== 'json')) throw new UsageError('only --format json can go to stdout', 'add --out <dir> to write csv, md, html or xlsx files');
  if (o.reports && !o.out) throw new UsageError('--reports writes files', 'add --out <dir>');
  if (o.focus && o.las?.length && !o.las.includes(o.focus)) throw new UsageError(`--focus ${o.focus} is not one of --las ${o.las.join(',')}`, `add it to --las, or focus on one of ${o.las.join(', ')}`);
  if (o.focus && !o.formats.some((f) => f === 'html' || f === 'md' || f === 'xlsx')) throw new UsageError('--focus highlights an LA in the html, md and xlsx overview', 'add --format html (or md, xlsx) and --out <dir>');
  if (o.model && o.fitModel) throw new UsageError('--model and --fit-model exclude each other', 'apply a saved model with --model <file>, or fit one on this run with --fit-model');
  const modelText = o.model ? readModelFile(o.model) : undefined; // a missing model file: exit 2 before the folder is read
  const { checkCohortFiles, checkLas, checkYears, filesLabel, surveyFolder } = await import('../preflight.js');
  let opened: Db | undefined;
  const getDb = async () => (opened ??= await (await import('../../io/duck.js')).openDb({ input: o.folder! }));
  try {
    io.stage('surveying the folder');
    const survey = await surveyFolder(getDb, o.folder, {}, { years: !!o.years?.length });
    checkLas(survey, o.las, o.folder);
    if (o.focus) checkLas(survey, [o.focus], o.folder);
    checkYears(survey.years, o.years, o.folder);
    if (o.cohortChosen) checkCohortFiles(survey, o.cohort, o.folder);
    const { loadModel, laInfo, buildReportDocument, runBenchmark, buildBenchmarkDocument, lasByMeasuresSection, renderBenchmarkCsv, renderBenchmarkCsvMeta } = await benchmarkModules();
    const saved = modelText !== undefined ? loadModel(modelText, o.model) : undefined;
    const db = await getDb();
    io.stage(`reading, checking and linking ${filesLabel(survey)}; then the measures of each LA`);
    const run = await runBenchmark(db, {
      folder: o.folder, las: o.las, years: o.years, cohort: o.cohort, failOn: o.failOn, suppress: o.suppress,
      breakdowns: o.reports ? (o.breakdowns ?? DEFAULT_REPORT_BREAKDOWNS) : [],
      model: saved || o.fitModel ? { saved, outcome: saved?.spec.outcome ?? o.outcome ?? 'att8' } : undefined,
      toolVersion: VERSION, onProgress: (t) => io.progress(t),
    });
    io.endStage();
    if (run.threshold === 0) io.err('suppression is OFF (--suppress 0): this output is for internal use only and must not be shared\n');
    if (o.fitModel && !run.output.expectedObserved) io.err('the factor model could not be fitted on these pupils: no expected versus observed\n');
    const json = `${JSON.stringify(run.output, jsonNumberReplacer, 2)}\n`;
    if (!o.out) io.out(json);
    else {
      const totals = [...run.rowsByLa.values()].flatMap((rows) => rows.filter((r) => r.breakdown === null));
      if (o.focus && !run.output.las.some((l) => l.la === o.focus)) throw new UsageError(`--focus ${o.focus}: the run holds no care data for that LA`, `choose from ${run.output.las.map((l) => l.la).join(', ')}`);
      const doc = buildBenchmarkDocument(run.output, totals, { focus: o.focus });
      const files: OutputFile[] = o.formats.flatMap((f): OutputFile[] => f === 'csv'
        ? [{ name: 'cla-benchmark.csv', render: () => renderBenchmarkCsv(run.output) }, { name: 'cla-benchmark.meta.csv', render: () => renderBenchmarkCsvMeta() }]
        : [{ name: `cla-benchmark.${f}`, render: () => (f === 'json' ? json : renderReportAs(f, f === 'xlsx' ? { ...doc, sections: [...doc.sections, lasByMeasuresSection(run.output)] } : doc)) }]);
      const year = run.output.years[run.output.years.length - 1]!;
      const reports: OutputFile[] = o.reports ? [...run.rowsByLa].flatMap(([la, rows]) => {
        const report = buildReportDocument({ rows, la, laName: laInfo(la)?.name ?? null, year, cohort: o.cohort, suppressionThreshold: run.threshold, settings: settingsRecord(run.settings), toolVersion: VERSION });
        return o.formats.flatMap((f) => outputsOf(`reports/cla-report-${slug('la', la)}-${slug('year', year)}`, f, report));
      }) : [];
      await writeOutputs(io, o.out, files);
      if (reports.length) {
        await writeOutputs(io, o.out, reports, { announce: false });
        io.info(`wrote ${run.rowsByLa.size} annual reports (${year}) to ${join(o.out, 'reports')}\n`);
      }
    }
    printAccounting(io, run.validated.files, run.validated.findings);
    if (!run.output.validation.ok) io.err(`validation findings at or above ${o.failOn}: ${run.output.validation.findings.error} errors, ${run.output.validation.findings.warning} warnings (run cla-analyse validate for details)\n`);
    return run.exitCode;
  } finally {
    if (opened) (await import('../../io/duck.js')).closeDb(opened);
  }
}

function readModelFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read the model file ${path}: ${(e as Error).message}`, path, 'save one with cla-analyse model <folder> --save <file>, or use --fit-model');
  }
}

export function registerBenchmarkCommand(program: Command, io: Io, setExit: (c: number) => void): void {
  program.command('benchmark').argument('[folder]', 'folder holding every LA\'s exported files (LA folders below it, or one pooled extract)')
    .description('every measure for every LA in the data side by side, with England, region and statistical-neighbour figures, ranks and quartiles')
    .option('--las <list>', 'LAs to include, comma-separated (default every LA with care data)', parseLaList)
    .option('--years <list>', `years: ${YEAR_LIST_HELP}; default every year in the data`, parseYears)
    .addOption(new Option('--cohort <cohort>', 'cohort of the education measures').choices([...COHORTS]).default('cla_12m', 'cla_12m'))
    .addOption(failOnOption())
    .addOption(withDefault('--format <list>', 'json, csv, md, html, xlsx (comma-separated; only json without --out)', listOf(BENCHMARK_FORMATS, 'formats'), ['json'] as BenchmarkFormat[], 'json'))
    .option('--out <dir>', 'write cla-benchmark.<format> files here instead of printing json')
    .option('--focus <la>', 'highlight this LA and its statistical neighbours in every chart and table of the html, md and xlsx overview', parseLa)
    .option('--reports', "also write each LA's annual report (latest year) to <out>/reports/ in the same formats")
    .option('--breakdown <list>', `breakdowns of the --reports, comma-separated: ${BREAKDOWNS.join(', ')}`, listOf(BREAKDOWNS, 'breakdowns'))
    .option('--suppress <n>', 'small-number threshold (default the config\'s, else 5; 0 turns suppression off, for internal use only)', parseThreshold)
    .option('--model <file>', 'expected versus observed per LA from a saved model (cla-analyse model --save)')
    .option('--fit-model', 'expected versus observed per LA from the Rees model fitted on this run')
    .addOption(new Option('--outcome <o>', 'outcome of --fit-model').choices(['att8', 'p8']).default('att8', 'att8'))
    .option('--schema', 'print the JSON Schema of the json output and exit')
    .action(async (folder: string | undefined, o, cmd: Command) => setExit(await benchmarkCommand(io, {
      folder, schema: !!o.schema, cohortChosen: cmd.getOptionValueSource('cohort') === 'cli', las: o.las, years: o.years, cohort: o.cohort, failOn: o.failOn, formats: o.format, out: o.out, suppress: o.suppress,
      reports: !!o.reports, breakdowns: o.breakdown, model: o.model, fitModel: !!o.fitModel, outcome: o.outcome, focus: o.focus,
    })));
}
