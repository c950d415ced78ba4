/**
 * The optional `cla-analyse.json` at the input folder's root. Every setting has a documented default
 * (docs/configuration.md); every error is reported at once with its JSON path.
 */
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { BENCHMARK_FILES } from '../benchmarks/bundled-files.js';

const laCode = z.string().regex(/^\d{3}$/, 'a 3-digit DfE LA number such as "855"');

export const ConfigSchema = z.strictObject({
  /** LA of 903 files whose path and columns do not say it. */
  la: laCode.optional().describe('LA of 903 files whose path and columns do not say it: a 3-digit DfE LA number such as "855".'),
  /** Return year of 903 files whose path and columns do not say it. */
  year: z.number().int().min(2000).max(2100).optional().describe('Return year of 903 files whose path and columns do not say it: the year of its 31 March, such as 2024.'),
  /** Column renames per table: { "Episodes": { "PLACEMENT": "PLACE" } } (names as in the file → canonical). */
  columnRenames: z.record(z.string(), z.record(z.string(), z.string())).default({}).describe('Column renames per table, from the name in your file to the canonical name: { "Episodes": { "PLACEMENT": "PLACE" } }.'),
  /** Placement-change definition: 'default' (RNE P, B, T, U), 'carer' (P, B) or an explicit RNE list. */
  placementChange: z.union([z.enum(['default', 'carer']), z.array(z.enum(['P', 'B', 'T', 'U'])).min(1)]).default('default').describe('Which episode starts count as a placement change: "default" (RNE P, B, T or U), "carer" (P or B) or a list of RNE codes. It changes the stability figures and the model factors.'),
  /** Small-number suppression threshold (0 turns it off; only for internal use). */
  suppression: z.number().int().min(0).max(100).default(5).describe('Small-number threshold (README, Small-number suppression); 0 turns suppression off, for internal use only. --suppress overrides it.'),
  /**
   * Who `report` writes for: `public` (fit to publish) or `board` (the Corporate Parenting Board: totals
   * shown with small counts, breakdowns still suppressed, every page marked "not for publication").
   */
  audience: z.enum(['public', 'board']).default('public').describe('Who report writes for: "public" (fit to publish) or "board" (the Corporate Parenting Board: small totals shown, every page marked not for publication). --audience overrides it.'),
  /** Statistical-neighbour grouping for benchmarks. */
  statisticalNeighbours: z.union([z.literal(2021), z.literal(2025)]).default(2025).describe('Which DfE statistical-neighbour grouping the benchmarks use: 2021 or 2025.'),
  /**
   * Newer or fuller benchmark files of the bundled format, by the bundled file's name, relative to the
   * input folder: { "england_all_pupils.csv": "benchmarks/all-pupils.csv" } (data/benchmarks/README.md).
   */
  benchmarkFiles: z.partialRecord(z.enum(BENCHMARK_FILES), z.string().min(1)).default({}).describe('Newer or fuller benchmark files of the bundled format, by the bundled file\'s name, relative to the input folder: { "england_all_pupils.csv": "benchmarks/all-pupils.csv" } (data/benchmarks/README.md).'),
  /**
   * The DfE ready reckoner files of a KS4 year (p8_att8_splits.csv and p8_stdev_file.csv formats), relative
   * to the input folder, used before the bundled tables (2021/22 to 2023/24): { "2026/27": { "splits": …, "stdev": … } }.
   */
  p8Tables: z.record(z.string().regex(/^\d{4}\/\d{2}$/), z.object({ splits: z.string(), stdev: z.string() })).default({}).describe('A KS4 year\'s DfE Progress 8 ready reckoner files (p8_att8_splits.csv and p8_stdev_file.csv), relative to the input folder, used before the bundled 2021/22 to 2023/24 tables: { "2026/27": { "splits": "p8/p8_att8_splits.csv", "stdev": "p8/p8_stdev_file.csv" } }.'),
  /**
   * The DfE Progress 8 lower thresholds of a KS4 year (one CSV per year, relative to the input folder:
   * `KS2 prior attainment group,P8 lower threshold`). Pupil P8 scores computed by the tool are raised to
   * their group's threshold; a year without one is labelled "unadjusted".
   */
  p8LowerThresholds: z.record(z.string().regex(/^\d{4}\/\d{2}$/), z.string().min(1)).default({}).describe('The DfE Progress 8 lower thresholds of a KS4 year (printed in the secondary accountability technical guide), one CSV per year relative to the input folder with columns "KS2 prior attainment group,P8 lower threshold" (or "P8 group standard deviation", multiplied by -2.8948556948): { "2023/24": "p8/thresholds-2023-24.csv" }. Pupil Progress 8 scores the tool computes are raised to their group\'s threshold, as the DfE does from 2018; a year without a table shows its Progress 8 as unadjusted.'),
});
export type Config = z.infer<typeof ConfigSchema>;

export const DEFAULT_CONFIG: Config = ConfigSchema.parse({});

/** Parses a config object, throwing one ConfigError that lists every problem with its JSON path. */
export function parseConfig(value: unknown, file: string): Config {
  const r = ConfigSchema.safeParse(value);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => `${i.path.length ? '$.' + i.path.join('.') : '$'}: ${i.message}`);
  throw new ConfigError(`${file}: ${issues.length} problem(s) in the configuration`, issues,
    'correct the listed settings (see docs/configuration.md for every setting and its default)');
}
