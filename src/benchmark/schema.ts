/**
 * The benchmark command's JSON output, defined once with zod: the type, the runtime check and the
 * published JSON Schema (schemas/benchmark.schema.json, `cla-analyse benchmark --schema`) all come from
 * here. Bump SCHEMA_VERSION on any change a script could notice (a field removed, renamed or retyped).
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

const gss = z.enum(['c', 'x', 'z']).nullable().describe('GSS symbol: c suppressed, x not available, z not applicable; null when there is a value');
const num = z.number().nullable();

export const rankSchema = z.object({
  rank: z.number().int().min(1).describe('1 = best (see direction); tied LAs share the best rank of their group (competition ranking 1224)'),
  of: z.number().int().min(1).describe('how many LAs were ranked'),
  quartile: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).describe('floor(4 × (rank − 1) ÷ of) + 1: 1 = fewer than a quarter of the ranked LAs are better'),
}).describe('a rank among LAs');

export const benchmarkValueSchema = z.object({
  scope: z.string().describe('england_cla_12m, region_cla_12m, sn_cla_12m_2021, sn_cla_12m_2025 or la_published'),
  year: z.string(),
  value: num,
  symbol: gss,
  gap: num.describe('LA value minus this benchmark, 2 decimals; null when either is missing or the LA value is suppressed'),
  source: z.string(),
});

export const benchmarkRowSchema = z.object({
  id: z.string().describe('measure id (cla-analyse measures)'),
  year: z.string().describe('academic year, e.g. 2023/24'),
  la: z.string().describe('3-digit DfE LA number'),
  cohort: z.string(),
  breakdown: z.null().describe('always null: the benchmark compares totals'),
  numerator: num,
  denominator: num,
  value: num.describe('2 decimals; null exactly when symbol is set'),
  unit: z.enum(['count', 'percent', 'mean', 'rate', 'score']),
  symbol: gss,
  ci: z.tuple([z.number(), z.number()]).nullable().describe('95% confidence interval (Progress 8)'),
  note: z.string().nullable(),
  basis: z.enum(['Unadjusted', 'Approximate', 'Estimated interval', 'Not calculated by the DfE']).nullable().describe('how the figure departs from its DfE definition, set where it is computed (the note says it in words): Unadjusted = Progress 8 not capped at the DfE lower thresholds; Approximate = KS4 figure from subject results without the first-entry rule; Estimated interval = the 95% CI uses a standard deviation the tool estimated; Not calculated by the DfE = x for a figure the DfE does not calculate that year; null = as defined'),
  basisNote: z.string().nullable().describe('the basis in words, set with basis where the figure is computed (note holds it too, among its other sentences), e.g. "Unadjusted: 3 of 40 pupil scores not capped at the DfE lower thresholds (none were supplied for 2023/24)"; null exactly when basis is null'),
  benchmarks: z.array(benchmarkValueSchema),
  direction: z.enum(['higher', 'lower', 'neutral']).describe('which way is better; a neutral measure is not ranked'),
  rankInRun: rankSchema.nullable().describe('rank among the LAs of this run with a shown value for this measure, year and cohort; null for a neutral measure'),
  rankAmongPublished: rankSchema.nullable().describe("this LA's value ranked among every other LA's published DfE figure for the measure and year; null for a neutral measure"),
  gapToNeighbours: num.describe('value minus the statistical-neighbour mean (grouping: neighbourGrouping)'),
});

export const laSchema = z.object({
  la: z.string(),
  name: z.string().nullable(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  statisticalNeighbours: z.array(z.string()).describe('the 10 neighbours of neighbourGrouping, nearest first'),
});

export const expectedObservedSchema = z.object({
  outcome: z.enum(['att8', 'p8']),
  model: z.enum(['fitted', 'saved']),
  pupilsCompared: z.number().int(),
  groups: z.array(z.object({
    la: z.string(),
    pupils: num.describe('null when suppressed'),
    meanObserved: num,
    meanExpected: num,
    meanResidual: num.describe('observed minus expected'),
    ci: z.tuple([z.number(), z.number()]).nullable(),
    symbol: gss,
  })),
}).describe('expected versus observed per LA from the factor model (only with --model or --fit-model)');

export const benchmarkOutputSchema = z.object({
  tool: z.literal('cla-analyse'),
  command: z.literal('benchmark'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  toolVersion: z.string(),
  cohort: z.string().describe('cohort of the education measures'),
  years: z.array(z.string()),
  suppressionThreshold: z.number().int().min(0),
  neighbourGrouping: z.union([z.literal(2021), z.literal(2025)]),
  settings: z.object({
    suppressionThreshold: z.number().int().min(0),
    audience: z.enum(['public', 'board']),
    placementChange: z.union([z.enum(['default', 'carer']), z.array(z.enum(['P', 'B', 'T', 'U']))]),
    statisticalNeighbours: z.union([z.literal(2021), z.literal(2025)]),
    benchmarkFiles: z.record(z.string(), z.string()).describe('bundled benchmark files replaced, by name: the file used, relative to the input folder'),
    p8Tables: z.record(z.string(), z.object({ splits: z.string(), stdev: z.string() })).describe('Progress 8 estimate tables given for KS4 years, relative to the input folder'),
  }).describe('every setting the run used (flags over cla-analyse.json over defaults)'),
  validation: z.object({
    failOn: z.enum(['error', 'warning', 'info', 'none']),
    ok: z.boolean().describe('false when a finding at failOn or above exists (exit code 1)'),
    findings: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
  }),
  las: z.array(laSchema),
  measures: z.array(z.object({ id: z.string(), unit: z.string(), direction: z.enum(['higher', 'lower', 'neutral']) })),
  rows: z.array(benchmarkRowSchema),
  expectedObserved: expectedObservedSchema.nullable(),
}).describe('cla-analyse benchmark: every measure for every LA of the run, side by side, with benchmarks and ranks');

export type BenchmarkOutput = z.infer<typeof benchmarkOutputSchema>;
export type BenchmarkRowOut = z.infer<typeof benchmarkRowSchema>;
export type RankOut = z.infer<typeof rankSchema>;
export type ExpectedObservedOut = z.infer<typeof expectedObservedSchema>;

/** The JSON Schema of the output (draft 2020-12), as committed in schemas/benchmark.schema.json. */
export function benchmarkJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(benchmarkOutputSchema), null, 2)}\n`;
}
