/**
 * A measure row: every figure the tool reports (shared/spec/measures.md). Symbols follow the GSS
 * convention: `c` suppressed, `x` not available, `z` not applicable. `value` is null exactly when
 * `symbol` is set. Percentages are 0–100.
 */
export type GssSymbol = 'c' | 'x' | 'z';
/**
 * Why a cell shows its symbol (README "Small-number suppression"): `small` fewer children than the
 * threshold; `small_numerator` a percentage or rate whose count of children is below it;
 * `all_or_none` 0 % or 100 % of a small group; `complement` hidden so that another `c` cannot be
 * worked out by differencing; `not_available` (x); `not_applicable` (z).
 */
export type SymbolReason = 'small' | 'small_numerator' | 'all_or_none' | 'complement' | 'not_available' | 'not_applicable';
export type MeasureUnit = 'count' | 'percent' | 'mean' | 'rate' | 'score';
/**
 * How a figure departs from its DfE definition, set where the figure is computed (never read back
 * from its note, whose wording may change): `Unadjusted` a Progress 8 mean with pupil scores not capped
 * at the year's DfE lower thresholds; `Approximate` a KS4 figure from subject results without the
 * first-entry rule; `Estimated interval` a 95% CI from a standard deviation the tool estimated;
 * `Not calculated by the DfE` an x for a figure the DfE does not calculate for the year. Absent: as
 * defined. The CSVs' figure_basis and the key messages' labels are read from it.
 */
export type FigureBasis = 'Unadjusted' | 'Approximate' | 'Estimated interval' | 'Not calculated by the DfE';

/** A note made of counts by reason: "<lead>: 8 <words>; 1 <words>" (parts with a count of 0 are left out). */
export interface NoteParts { lead: string; parts: Array<{ count: number; words: string }> }

/** The note of NoteParts, with the counts or (withCounts false) the reasons only; null when no part has a count. */
export function noteFromParts(p: NoteParts, withCounts = true): string | null {
  const shown = p.parts.filter((x) => x.count > 0);
  return shown.length ? `${p.lead}: ${shown.map((x) => (withCounts ? `${x.count} ${x.words}` : x.words)).join('; ')}` : null;
}

export interface BenchmarkValue {
  /** e.g. 'england_cla_12m', 'england_all', 'region_cla_12m', 'sn_cla_12m_2021', 'sn_cla_12m_2025', 'la_published' */
  scope: string;
  year: string;
  value: number | null;
  symbol: GssSymbol | null;
  /** LA value minus benchmark value, 2 decimals; null when either is missing. */
  gap: number | null;
  source: string;
}

export interface MeasureRow {
  id: string;
  year: string; // academic year "2016/17"
  la: string;
  cohort: string;
  breakdown: Record<string, string> | null;
  numerator: number | null;
  denominator: number | null;
  /**
   * The number of children (or pupils) behind the figure, whatever the unit of its value or
   * denominator: the count itself for a count, the pupils with a value for a mean, score or
   * percentage, the pupils whose sessions are counted for absence (whose denominator is sessions),
   * the children counted for a rate. Small-number suppression is decided on it. Null only where no
   * figure applies (`z`).
   */
  children: number | null;
  value: number | null;
  unit: MeasureUnit;
  symbol: GssSymbol | null;
  /** Set by `suppress` on every `c` row: why it is suppressed. */
  suppression?: SymbolReason;
  ci: [number, number] | null;
  /** e.g. the DfE Progress 8 band, or a sentence for `z`. */
  note: string | null;
  /** How the figure departs from its DfE definition (FigureBasis); absent when as defined. */
  basis?: FigureBasis;
  /**
   * The basis in words, set with `basis` where the figure is computed: the sentence a reader sees
   * beside an Unadjusted or Approximate figure (the key messages' note under the headline table, the
   * source of an LA comparison column), e.g. "Unadjusted: 3 of 40 pupil scores not capped at the DfE
   * lower thresholds (none were supplied for 2023/24)". `note` holds it too, among the row's other
   * sentences, for the tables; readers take it from here, never by searching the note's words.
   * Absent exactly when `basis` is (a suppressed row has neither).
   */
  basisNote?: string;
  /**
   * A note that breaks the row's shown count into parts by reason (the linkage row's children not
   * matched): the note is written from it (noteFromParts), and suppression rewrites the note without
   * the counts when any part is small, then drops this field, so no output can carry a small part.
   */
  noteParts?: NoteParts;
  benchmarks: BenchmarkValue[];
}
