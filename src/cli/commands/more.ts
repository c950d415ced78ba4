/** The commands beyond validate and rules: synth, link, report, model, benchmark. */
import { Option, type Command } from 'commander';
import type { Io } from '../io.js';
import { registerBenchmarkCommand } from './benchmark.js';
import type { ReportFormat } from './report.js';
import { lazy } from '../lazy.js';
import { COHORTS, BREAKDOWNS, type Breakdown } from '../../measures/compute/context.js';
import { catalogue } from '../../measures/registry.js';
import { InvalidArgumentError } from 'commander';
import { YEAR_FORMS_HELP, YEAR_LIST_HELP, censusYearOf } from '../../domain/years.js';
import { failOnOption, listOf, parseCount, parseLa, parseLaList, parseReturnYear, parseThreshold, parseYear, parseYears, withDefault } from '../parsers.js';

// each command's code (DuckDB, the pipeline, the renderers) is loaded only when that command runs
const linkCommand = lazy(() => import('./link.js'), 'linkCommand');
const synthCommand = lazy(() => import('./synth.js'), 'synthCommand');
const modelCommand = lazy(() => import('./model.js'), 'modelCommand');
const reportCommand = lazy(() => import('./report.js'), 'reportCommand');

const REPORT_BREAKDOWNS: Breakdown[] = ['sex', 'age_band', 'placement_group', 'legal_status', 'ethnic_group', 'uasc'];

/** synth's return years: a contiguous run of years (a range or one year), as years of their 31 March. */
function returnYearRange(v: string): { from: number; to: number } {
  const ys = parseYears(v).map(censusYearOf);
  const from = ys[0]!, to = ys[ys.length - 1]!;
  if (to - from + 1 !== ys.length) throw new InvalidArgumentError('one run of consecutive years, such as 2019-2024 or 2018/19..2023/24');
  return { from, to };
}

export function registerMoreCommands(program: Command, io: Io, setExit: (c: number) => void): void {
  program.command('link').argument('<folder>', 'folder holding the exported files')
    .description('link 903 children to pupil records on UPN; summary by LA and year; optionally export the pseudonymised factor table')
    .option('--json', 'the summary as one JSON document on stdout')
    .addOption(new Option('--export <format>', 'write the factor table').choices(['csv', 'parquet', 'duckdb']))
    .option('--out <dir>', 'folder for --export', '.')
    .option('--key-file <file>', 'file holding the pseudonymisation key (instead of CLA_ANALYSE_KEY)')
    .option('--la <la>', 'LA of 903 files whose path does not say it', parseLa)
    .option('--year <year>', `return year of 903 files whose path does not say it: ${YEAR_FORMS_HELP}`, parseReturnYear)
    .option('--suppress <n>', 'small-number threshold for the summary\'s counts (default the config\'s, else 5; 0 shows exact counts, internal use only)', parseThreshold)
    .addOption(new Option('--audience <a>', 'public, or board: totals shown with small counts, marked not for publication (default the config\'s, else public)').choices(['public', 'board']))
    .addOption(failOnOption())
    .action(async (folder: string, o) => setExit(await linkCommand(io, { failOn: o.failOn, folder, json: !!o.json, export: o.export, out: o.out, keyFile: o.keyFile, la: o.la, year: o.year, suppress: o.suppress, audience: o.audience })));

  program.command('report').argument('<folder>', 'folder holding the exported files')
    .description("the Virtual School Head's annual report: measures beside their benchmarks, suppressed, as json/csv/md/html/xlsx/pdf")
    .option('--la <la>', 'the LA to report on (needed when the data hold several)', parseLa)
    .option('--year <year>', `reporting year: ${YEAR_FORMS_HELP}; default the latest in the data`, parseYear)
    .addOption(new Option('--cohort <cohort>', 'cohort of the education measures').choices([...COHORTS]).default('cla_12m', 'cla_12m'))
    .addOption(withDefault('--breakdown <list>', `breakdowns, comma-separated: ${BREAKDOWNS.join(', ')}`, listOf(BREAKDOWNS, 'breakdowns'), REPORT_BREAKDOWNS, REPORT_BREAKDOWNS.join(',')))
    .addOption(withDefault('--format <list>', 'json, csv, md, html, xlsx, pdf (comma-separated; only json without --out; pdf needs Chromium, CHROMIUM_PATH or /usr/bin/chromium)', listOf(['json', 'csv', 'md', 'html', 'xlsx', 'pdf'] as const, 'formats'), ['json'] as ReportFormat[], 'json'))
    .option('--out <dir>', 'write files here instead of printing json')
    .option('--with-model', 'add the factor model section: the rees preset fitted on every LA in the data, with expected versus observed when the data hold two LAs or more')
    .option('--model <file>', 'score this LA\'s pupils with a saved model (cla-analyse model <many LAs> --save <file>) for expected versus observed; implies --with-model')
    .option('--suppress <n>', 'small-number threshold (default the config\'s, else 5; 0 turns suppression off, for internal use only)', parseThreshold)
    .addOption(failOnOption())
    .addOption(new Option('--audience <a>', 'public: fit to publish; board: for the Corporate Parenting Board, totals with small counts shown, every page marked not for publication (default the config\'s, else public)').choices(['public', 'board']))
    .action(async (folder: string, o, cmd: Command) => {
      const cohortChosen = cmd.getOptionValueSource('cohort') === 'cli';
      // the cheap survey and the --la/--year/--cohort checks first, before the report's code is loaded
      const survey = await (await import('../preflight.js')).preflightReport(folder, { la: o.la, year: o.year, cohort: o.cohort, cohortChosen });
      setExit(await reportCommand(io, { failOn: o.failOn, folder, la: o.la, year: o.year, cohort: o.cohort, cohortChosen, survey, breakdowns: o.breakdown, formats: o.format, out: o.out, suppress: o.suppress, audience: o.audience, withModel: !!o.withModel, model: o.model }));
    });

  program.command('measures').description('list the measure catalogue with each definition and source').option('--json', 'as JSON')
    .action((o) => {
      const list = catalogue();
      if (o.json) io.out(JSON.stringify(list, null, 2) + '\n');
      else for (const m of list) {
        io.out(`${m.id}: ${m.title} (${m.unit}, ${m.direction === 'neutral' ? 'no better direction' : `${m.direction} is better`}; ${m.section})\n  ${m.definition}\n` +
          `  who: ${m.population.who}; ${m.population.phase}; ${m.population.period}\n  source: ${m.source}\n  compared with: ${m.benchmark ?? 'no published figure on the same population'}\n`);
      }
      setExit(0);
    });

  program.command('synth').description('generate a seeded synthetic data set (903 returns and pupil files) to run every command without real data')
    .requiredOption('--out <dir>', 'output folder')
    .addOption(withDefault('--las <n|list>', 'number of LAs (under 201: DfE LA numbers start at 201), or comma-separated LA numbers', (v) => (/^\d+$/.test(v.trim()) && Number(v) < 201 ? Number(v) : parseLaList(v)), 1 as number | string[], '1'))
    .addOption(withDefault('--years <range>', `return years: a range 2019-2024 (years of their 31 March) or 2018/19..2023/24, or one year (${YEAR_FORMS_HELP})`, returnYearRange, { from: 2019, to: 2024 }, '2019-2024 (2018/19 to 2023/24)'))
    .addOption(withDefault('--seed <n>', 'random seed', parseCount, 1, '1'))
    .option('--truth <file>', "write each KS4 pupil's true factors and cohort flags here (outside --out)")
    .option('--children-per-la <n>', 'children ever in care per LA (default 500)', parseCount)
    .option('--pupils-per-year <n>', 'KS4 pupils per year across all LAs (default 1,500 per LA)', parseCount)
    .addOption(new Option('--903-format <f>', 'write the 903 returns as CSV exports or as DfE XML returns').choices(['csv', 'xml']).default('csv', 'csv'))
    .option('--json', 'the summary as JSON on stdout')
    .action(async (o) => setExit(await synthCommand(io, { format903: o['903Format'], las: o.las, years: o.years, seed: o.seed, out: o.out, truth: o.truth, childrenPerLa: o.childrenPerLa, pupilsPerYear: o.pupilsPerYear, json: !!o.json })));

  program.command('model').argument('<folder>', 'folder holding the exported files')
    .description('fit the Rees-style factor model (preset rees) and report expected versus observed by LA or school')
    .addOption(new Option('--preset <name>', 'factor set').choices(['rees']).default('rees', 'rees'))
    .addOption(new Option('--estimator <e>', 'estimator').choices(['ols', 'multilevel']).default('ols', 'ols'))
    .addOption(new Option('--cluster <c>', 'clusters for robust errors / random intercepts').choices(['school', 'la']).default('school', 'school'))
    .addOption(new Option('--outcome <o>', 'outcome').choices(['att8', 'p8']).default('att8', 'att8'))
    .addOption(new Option('--cohort <cohort>', 'sample').choices([...COHORTS]).default('cla_12m', 'cla_12m'))
    .option('--years <list>', `KS4 years: ${YEAR_LIST_HELP}; default every year`, parseYears)
    .addOption(new Option('--format <f>', 'output').choices(['json', 'csv', 'md']).default('md', 'md'))
    .addOption(new Option('--group-by <g>', 'expected versus observed by').choices(['la', 'school']).default('la', 'la'))
    .option('--factors <list>', 'factors instead of the preset\'s, comma-separated (see docs/model.md)', (v) => v.split(',').map((x) => x.trim()).filter(Boolean))
    .option('--reference <list>', 'reference levels, e.g. sex=F,school_type_y11=mainstream', (v) => Object.fromEntries(v.split(',').map((kv) => { const [k, l] = kv.split('='); if (!k || !l) throw new InvalidArgumentError('factor=level pairs'); return [k.trim(), l.trim()]; })))
    .option('--save <file>', 'save the fitted model as JSON')
    .option('--model <file>', 'apply a saved model instead of fitting')
    .option('--suppress <n>', 'small-number threshold for expected-versus-observed groups (default: the folder\'s cla-analyse.json, else 5; 0 turns it off, internal use only)', parseThreshold)
    .addOption(new Option('--audience <a>', 'public: fit to publish; board: for the Corporate Parenting Board, marked not for publication (groups are suppressed alike; default the config\'s, else public)').choices(['public', 'board']))
    .addOption(failOnOption())
    .action(async (folder: string, o) => setExit(await modelCommand(io, { failOn: o.failOn, folder, suppress: o.suppress, audience: o.audience, estimator: o.estimator, cluster: o.cluster, outcome: o.outcome, cohort: o.cohort, years: o.years, format: o.format, save: o.save, model: o.model, groupBy: o.groupBy, factors: o.factors, reference: o.reference })));
  registerBenchmarkCommand(program, io, setExit);
}
