import type { FigureBasis } from '../../domain/measure-row.js';
/**
 * The label of a mean Progress 8 with pupil scores the tool computed without the year's DfE lower
 * thresholds (src/derive/attainment/lower-thresholds.ts): every output format shows it (the row's note;
 * the CSVs' figure_basis; the key messages).
 */
/** The first words of the note of a mean P8 with pupil scores computed here and not capped (every output shows the note). */
export const P8_UNADJUSTED_LABEL = 'Unadjusted';

/** The note of a mean P8 where `unadjusted` of its `n` pupil scores were computed here without the year's lower thresholds. */
export function p8UnadjustedNote(year: string, unadjusted: number, n: number): string {
  return `${P8_UNADJUSTED_LABEL}: ${unadjusted} of ${n} pupil scores not capped at the DfE lower thresholds (none were supplied for ${year})`;
}

/** The first word of the note of an Attainment 8 mean with pupils whose first-entry result could not be told. */
export const A8_APPROXIMATE_LABEL = 'Approximate';

/** `approx` of the `n` pupils had two results in one subject: the better is counted; the DfE counts the first entry. */
export function a8ApproximateNote(approx: number, n: number): string {
  return `${A8_APPROXIMATE_LABEL}: ${approx} of ${n} pupils have two results in one subject; the better counts here, the DfE counts the first entry (no entry dates in the results file)`;
}

/**
 * The label of a shown figure that departs from its DfE definition in a way a reader must see beside
 * it: "Unadjusted" (Progress 8 not capped at the lower thresholds) or "Approximate" (KS4 figures from
 * results without the first-entry rule), from the row's `basis` (set where the figure is computed);
 * null for a figure as defined, an estimated interval, or a row without a figure (a symbol).
 */
export function figureBasisLabel(r: { symbol: string | null; basis?: FigureBasis | null }): 'Unadjusted' | 'Approximate' | null {
  if (r.symbol !== null) return null;
  return r.basis === P8_UNADJUSTED_LABEL || r.basis === A8_APPROXIMATE_LABEL ? r.basis : null;
}

/**
 * Why a shown figure is Unadjusted or Approximate, in the words set with its basis where it was
 * computed (the row's `basisNote`), without a closing full stop; null when figureBasisLabel is null or
 * the row carries no such words. The row's free-text note is never searched for them.
 */
export function figureBasisWhy(r: { symbol: string | null; basis?: FigureBasis | null; basisNote?: string | null }): string | null {
  if (figureBasisLabel(r) === null || !r.basisNote) return null;
  return r.basisNote.replace(/\.$/, '');
}
