/**
 * The JSON a `report --format json` writes (src/report/render-json.ts): a list of measure rows, or with
 * the envelope the list inside the report's metadata. Defined with zod so the published JSON Schemas
 * (schemas/measure-row.schema.json, schemas/report.schema.json) are generated from one definition
 * (`npm run docs`), and a test checks real report output against them.
 */
import { z } from 'zod';

const symbol = z.enum(['c', 'x', 'z']).nullable().describe('GSS symbol: c suppressed, x not available, z not applicable; null when value is set');

export const benchmarkValueJsonSchema = z.strictObject({
  scope: z.string().describe('e.g. england_cla_12m, england_all, region_cla_12m, sn_cla_12m_2025, la_published'),
  year: z.string(),
  value: z.number().nullable(),
  symbol,
  gap: z.number().nullable().describe('LA value minus benchmark value; null when either is missing'),
  source: z.string(),
});

export const measureRowJsonSchema = z.strictObject({
  id: z.string().describe('measure id (docs/measures.md)'),
  year: z.string().describe('academic year, e.g. 2023/24'),
  la: z.string().describe('3-digit DfE LA number'),
  cohort: z.string(),
  breakdown: z.object({}).catchall(z.string()).nullable().describe('breakdown dimension to category, null for the total'),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  children: z.number().int().min(0).nullable().describe('the children (or pupils) behind the figure, whatever the unit of its value or denominator (pupils with a value, pupils whose sessions are counted); small-number suppression is decided on it. Null when the row is c (it would give the figure back) or no figure applies'),
  value: z.number().nullable().describe('rounded to 2 decimals; null exactly when symbol is set'),
  unit: z.enum(['count', 'percent', 'mean', 'rate', 'score']),
  symbol,
  suppression: z.enum(['confidential', 'not_available', 'not_applicable']).nullable().describe('the meaning of symbol in words (GSS): confidential = c, suppressed because fewer children than the threshold are behind it, or hidden so that such a cell cannot be worked out from the others (the two are not told apart: that would give bounds that pin them); not_available = x; not_applicable = z; null when value is shown'),
  ci: z.tuple([z.number(), z.number()]).nullable().describe('95% confidence interval, where the measure has one'),
  note: z.string().nullable(),
  basis: z.enum(['Unadjusted', 'Approximate', 'Estimated interval', 'Not calculated by the DfE']).nullable().describe('how the figure departs from its DfE definition, set where it is computed (the note says it in words): Unadjusted = Progress 8 not capped at the DfE lower thresholds; Approximate = KS4 figure from subject results without the first-entry rule; Estimated interval = the 95% CI uses a standard deviation the tool estimated; Not calculated by the DfE = x for a figure the DfE does not calculate that year; null = as defined'),
  basisNote: z.string().nullable().describe('the basis in words, set with basis where the figure is computed (note holds it too, among its other sentences), e.g. "Unadjusted: 3 of 40 pupil scores not capped at the DfE lower thresholds (none were supplied for 2023/24)"; null exactly when basis is null'),
  benchmarks: z.array(benchmarkValueJsonSchema),
}).describe('One measure row of a cla-analyse report');

export const localFigureJsonSchema = z.strictObject({
  id: z.string().describe('local_ and the figure\'s MEASURE text in lower snake case, e.g. local_peps_completed_within_20_school_days'),
  title: z.string().describe('the MEASURE text of the local figures file, as the report shows it'),
  ...measureRowJsonSchema.omit({ id: true }).shape,
  cohort: z.literal('local'),
  source: z.string().describe('the SOURCE the local figures file names for the figure (system, team, date extracted)'),
}).describe('A figure from the folder\'s local figures file (docs/inputs.md, "Local figures"): not computed by the tool, suppressed as every figure, never benchmarked (benchmarks is empty)');

/** A row of the report JSON: a measure row, or (after them) a local figure. */
export const reportRowJsonSchema = z.union([measureRowJsonSchema, localFigureJsonSchema]);

export const reportEnvelopeJsonSchema = z.strictObject({
  title: z.string(), la: z.string(), laName: z.string().nullable(), year: z.string(), cohort: z.string(),
  suppressionThreshold: z.number(), audience: z.enum(['public', 'board']).describe('public: fit to publish; board: for the Corporate Parenting Board, small totals shown, not for publication'),
  toolVersion: z.string(), rows: z.array(reportRowJsonSchema),
});

export const reportJsonSchema = z.union([z.array(reportRowJsonSchema), reportEnvelopeJsonSchema])
  .describe('cla-analyse report --format json: the list of measure rows, then the local figures if the folder has any (or the rows inside the report metadata)');
