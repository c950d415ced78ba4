/**
 * Progress 8 lower thresholds (DfE, Secondary accountability measures guide, "Adjusting extreme
 * negative pupil scores", from 2018): a pupil's P8 score below the lower threshold of their KS2 prior
 * attainment group is raised to that threshold before the school's (here: the cohort's) mean is taken.
 * The threshold of a group is its standard deviation of pupil P8 scores × −2.8948556948 (so that about
 * 1% of pupils nationally are adjusted). The DfE prints the thresholds in the guide, not in the ready
 * reckoner files, so none is bundled: a year's table is given through `p8LowerThresholds` in
 * cla-analyse.json, one CSV per KS4 year in the format of the bundled P8 files:
 *
 *   KS2 prior attainment group,P8 lower threshold
 *   1,-2.71
 *   2,-2.85
 *
 * (a `P8 group standard deviation` column may stand instead of the threshold; the threshold is then
 * that sd × −2.8948556948). Every group of the year's estimate table must have a threshold.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { InputError } from '../../errors.js';

/** The DfE's multiplier of a group's sd of pupil P8 scores. */
export const P8_LOWER_THRESHOLD_FACTOR = -2.8948556948;

export interface P8LowerThresholds {
  year: string;
  /** Prior attainment group → the lowest pupil P8 score counted for it. */
  byGroup: ReadonlyMap<number, number>;
  origin: string;
}

export function parseP8LowerThresholds(year: string, csv: string | Buffer, origin: string): P8LowerThresholds {
  const remedy = 'Give one row per KS2 prior attainment group: "KS2 prior attainment group,P8 lower threshold" (or "P8 group standard deviation"), as docs/configuration.md shows.';
  let rows: Record<string, string>[];
  try {
    rows = parse(csv, { bom: true, columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, trim: true }) as Record<string, string>[];
  } catch (e) {
    throw new InputError(`P8 lower thresholds ${origin}: not a readable CSV (${(e as Error).message}).`, origin, remedy);
  }
  const byGroup = new Map<number, number>();
  rows.forEach((r, i) => {
    const group = Number(r['ks2 prior attainment group']);
    const threshold = r['p8 lower threshold'] !== undefined && r['p8 lower threshold'] !== ''
      ? Number(r['p8 lower threshold'])
      : Number(r['p8 group standard deviation']) * P8_LOWER_THRESHOLD_FACTOR;
    if (!Number.isInteger(group) || group < 1 || !Number.isFinite(threshold) || threshold >= 0) {
      throw new InputError(`P8 lower thresholds ${origin}, line ${i + 2}, column "P8 lower threshold": need a whole group number and a negative threshold (or a positive group sd).`, origin, remedy);
    }
    if (byGroup.has(group)) throw new InputError(`P8 lower thresholds ${origin}, line ${i + 2}: group ${group} given twice.`, origin, remedy);
    byGroup.set(group, threshold);
  });
  if (byGroup.size === 0) throw new InputError(`P8 lower thresholds ${origin} has no rows.`, origin, remedy);
  return { year, byGroup, origin };
}

export function loadP8LowerThresholds(year: string, path: string, shownAs: string = path): P8LowerThresholds {
  let text: Buffer;
  try {
    text = readFileSync(path);
  } catch (e) {
    throw new InputError(`Cannot read the P8 lower thresholds file ${shownAs}: ${(e as Error).message}`, shownAs,
      'Give the path (relative to the input folder) of a CSV of the thresholds printed in the DfE secondary accountability technical guide.');
  }
  return parseP8LowerThresholds(year, text, shownAs);
}

