/**
 * A Progress 8 estimate table for one KS4 year: the DfE KS4 ready reckoner reference tables
 * (`p8_att8_splits.csv`: KS2 prior attainment groups with the national average Attainment 8 of each;
 * `p8_stdev_file.csv`: the national standard deviation of pupil P8 scores). Source:
 * dfe-analytical-services/KS4-ready-reckoners (Open Government Licence v3.0); see data/p8/README.md.
 */
import { parse } from 'csv-parse/sync';
import { InputError } from '../../errors.js';
import type { P8LowerThresholds } from './lower-thresholds.js';

export interface PriorAttainmentGroup {
  group: number;
  /** The published range text, e.g. `99.5 to 100`. */
  range: string;
  /** Lowest and highest average KS2 scaled score of the range, inclusive. */
  low: number;
  high: number;
  /** National average Attainment 8 of the group: the pupil's A8 estimate. */
  att8Estimate: number;
}

export interface P8EstimateTable {
  /** KS4 academic year, `2023/24`. */
  year: string;
  /** Sorted by `low`. */
  groups: PriorAttainmentGroup[];
  /** National standard deviation of pupil Progress 8 scores (`p8stdev`). */
  p8StandardDeviation: number;
  origin: string;
  /** The year's DfE lower thresholds (cla-analyse.json `p8LowerThresholds`); absent: pupil scores are unadjusted. */
  lowerThresholds?: P8LowerThresholds;
}

export function parseP8EstimateTable(year: string, splitsCsv: string | Buffer, stdevCsv: string | Buffer, origin: string): P8EstimateTable {
  const rows = parse(splitsCsv, { bom: true, columns: (h: string[]) => h.map((c) => c.trim()), skip_empty_lines: true }) as Record<string, string>[];
  const groups = rows.map((r, i) => {
    const range = (r['KS2 average scaled score range'] ?? '').trim();
    const m = range.match(/^(\d+(?:\.\d+)?)\s+to\s+(\d+(?:\.\d+)?)$/);
    const estimate = Number(r['Attainment 8 average']);
    const group = Number(r['KS2 prior attainment group']);
    if (!m || !Number.isFinite(estimate) || !Number.isInteger(group)) {
      throw new InputError(`P8 estimate table ${origin}, row ${i + 2}: cannot read the group, range "${range}" or Attainment 8 average.`,
        origin, 'Give the DfE ready reckoner file p8_att8_splits.csv unchanged.');
    }
    return { group, range, low: Number(m[1]), high: Number(m[2]), att8Estimate: estimate };
  }).sort((a, b) => a.low - b.low);
  if (groups.length === 0) throw new InputError(`P8 estimate table ${origin} has no groups.`, origin);
  const sdRows = parse(stdevCsv, { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const sd = Number(sdRows[0]?.p8stdev);
  if (!(sd > 0)) {
    throw new InputError(`P8 standard deviation file for ${year} has no positive p8stdev.`, origin,
      'Give the DfE ready reckoner file p8_stdev_file.csv unchanged.');
  }
  return { year, groups, p8StandardDeviation: sd, origin };
}
