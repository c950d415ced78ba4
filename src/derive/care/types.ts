/**
 * Types of the care-history stage (shared/spec/definitions.md, "Building care histories").
 * Dates are ISO strings `yyyy-mm-dd`; spans are half-open `[start, end)` in day numbers
 * (src/domain/dates.ts), so an episode with DECOM d1 and DEC d2 covers d1 ≤ day < d2.
 */

/** One Episodes row as the ingest stage produces it (codes normalised to upper case). */
export interface EpisodeRecord {
  la: string; child: string; returnYear: number;        // the return the row came from
  decom: string; dec: string | null;                    // ISO yyyy-mm-dd; null = open
  rne: string; ls: string; cin: string; place: string;  // normalised upper-case codes
  placeProvider: string | null; rec: string | null; reasonPlaceChange: string | null;
  urn: string | null; file: string; line: number;       // where the row was read (for findings)
  /** PL_POST (placement postcode district): with PLACE, PLACE_PROVIDER and URN it identifies a placement. */
  plPost?: string | null;
}

export interface ChildInfo { la: string; child: string; dob: string; sex: 'M'|'F'|'U'|null; ethnic: string|null; upn: string|null; }

/**
 * How a merged episode got its end: `record` = the DEC as the row holds it (null stays open);
 * `next_episode` = left open in an earlier return, missing from later ones, closed at the next
 * episode's DECOM; `return_end` = same, but no later episode: closed at the end of its return year.
 */
export type ClosedBy = 'record' | 'next_episode' | 'return_end';

/** An episode after merging the returns: `dec` may differ from the row's DEC (see `closedBy`). */
export interface MergedEpisode extends EpisodeRecord {
  closedBy: ClosedBy;
  /** Day number of DECOM. */
  startDay: number;
  /** Day number of DEC (exclusive end); null while open. */
  endDay: number | null;
}

/** A period of care: episodes chained by REC X1 (definitions.md §3). `endDay` null = open. */
export interface PeriodOfCare {
  start: string;
  end: string | null;
  startDay: number;
  endDay: number | null;
  episodes: MergedEpisode[];
  /**
   * The period began before the LA's earliest return (definitions.md §3, "History before the earliest
   * return"): its first known episode has RNE other than `S` and starts on or before 31 March of the
   * earliest return year. Its real start, and the placements before its first known episode, are unknown.
   */
  leftCensored: boolean;
}

/** A half-open run of days `[startDay, endDay)`; `endDay` null = open. */
export interface DaySpan {
  startDay: number;
  endDay: number | null;
}

/** A placement (or carer) spell: from a placement change or a period start to the next. */
export interface PlacementSpell extends DaySpan {
  start: string;
  end: string | null;
  /** The episode that opened the spell. */
  first: MergedEpisode;
}

/** One child's care history, built once by `buildCareHistory`. */
export interface CareHistory {
  la: string;
  child: string;
  /** Every merged episode, respite included, in episode order. */
  episodes: MergedEpisode[];
  /** Episodes that count for care measures: everything but LS V3/V4 (respite). */
  care: MergedEpisode[];
  /** Agreed short breaks (LS V3/V4): only for short-break flags. */
  respite: MergedEpisode[];
  periods: PeriodOfCare[];
  /** The days looked after as disjoint, sorted, non-touching spans (union of `care`). */
  coverage: DaySpan[];
  /** The LA's earliest return year (its data begin on 1 April of the year before); null = not known, nothing is censored. */
  earliestReturn: number | null;
}

/** A stability measure for one child: is the child in the denominator, and in the numerator. */
export interface StabilityResult {
  inDenominator: boolean;
  inNumerator: boolean;
  /**
   * Set (true) when the child is in the measure's cohort but the result cannot be known: its care
   * history is left-censored for the measure's window (see `censoredContinuity`). Both flags are then false.
   */
  censored?: true;
}
