/** Options of `cla-analyse synth` (see index.ts). */
export interface SynthOptions {
  /** Output folder: `<out>/903/<LA>/<YEAR>/*.csv` and `<out>/npd/*.csv`. */
  out: string;
  /** A count of LAs (855 first, then a seeded order of real DfE LA numbers) or explicit 3-digit LA codes. */
  las: number | string[];
  /** 903 return years, e.g. { from: 2019, to: 2024 }: the return year is the year of its closing 31 March. */
  years: { from: number; to: number };
  seed: number;
  /** Children with some episode in the returns, per LA (default 500). */
  childrenInCarePerLa?: number;
  /** KS4 pupils per KS4 year across all LAs (default 1,500 per LA); KS2 and KS1 cohorts are the same size. */
  pupilsPerKs4Year?: number;
  /** Truth file (CSV): one row per KS4 pupil and year with the factor-table columns. Must not be inside `out`. */
  truthFile?: string;
  onProgress?: (msg: string) => void;
}

export interface SynthSummary {
  las: string[];
  years: { from: number; to: number };
  seed: number;
  /** Data rows (header excluded) per file, by path relative to `out`, sorted. */
  files: Record<string, number>;
  rows903: number;
  rowsPupil: number;
  childrenInData: number;
  ks4Pupils: number;
  ks4PupilsEverInCare: number;
  truthRows: number;
  /** Children ever in care among KS4 pupils whose modelled A8 was clamped to [0, 90], and the fraction. */
  clampedEverInCare: number;
  clampedFractionEverInCare: number;
  elapsedMs: number;
}

export const DEFAULT_CHILDREN_IN_CARE_PER_LA = 500;
export const DEFAULT_PUPILS_PER_LA = 1500;
