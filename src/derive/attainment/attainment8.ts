/**
 * Attainment 8 of one pupil and its four elements (DfE, "Secondary accountability measures" guide,
 * "Calculating Attainment 8"; spec measures.md, "KS4 from subject results"):
 * * English element: the higher point score of English language and English literature; double
 *   weighted only when the pupil took both. With only one of them it counts once (single weighted).
 *   The lower of the two, when both were taken, may count in the open element.
 * * Maths element: the best maths GCSE, always double weighted.
 * * EBacc element: the three best slot scores from single sciences (incl. computer science), combined
 *   science (two slots, each the mean of its two grades), humanities and languages.
 * * Open element: the three best remaining slot scores: the other English, EBacc slots not used
 *   above, other GCSEs and OTHER qualifications (their DfE points).
 * A8 = English + maths + EBacc + open (0–90). Empty slots score 0.
 * Discounting: one result per subject (the best; result.ts `scoreAll`), the input having no DfE
 * discount codes. The first-entry rule cannot be applied (no entry dates): a pupil with two results
 * in one subject is counted by `sameSubjectRepeats` and the cohort's mean is labelled approximate.
 * Legacy A*–G letter grades are scored on the DfE scale of the KS4 year (result.ts).
 */
import { bestFirst, scoreAll, type Ks4Result, type ScoredResult } from './result.js';

export interface Attainment8 {
  att8: number;
  english: number;
  maths: number;
  ebacc: number;
  open: number;
  /** True when the English element was double weighted (both English language and literature taken). */
  englishDoubleWeighted: boolean;
  ebaccSlotsFilled: number;
  openSlotsFilled: number;
}

const EBACC_SLOT_CATEGORIES = new Set(['SCIENCE', 'COMBINED_SCIENCE', 'HUMANITY', 'LANGUAGE']);

export function attainment8(results: readonly Ks4Result[]): Attainment8 {
  const scored = scoreAll(results);
  const [language] = bestFirst(scored, 'ENG_LANG');
  const [literature] = bestFirst(scored, 'ENG_LIT');
  const [maths] = bestFirst(scored, 'MATHS');

  const englishPair = [language, literature].filter((s): s is ScoredResult => s !== undefined)
    .sort((a, b) => b.slotPoints[0]! - a.slotPoints[0]!);
  const englishBest = englishPair[0]?.slotPoints[0] ?? 0;
  const englishDoubleWeighted = englishPair.length === 2;
  const english = englishBest * (englishDoubleWeighted ? 2 : 1);
  const mathsElement = (maths?.slotPoints[0] ?? 0) * 2;

  const ebaccSlots = scored
    .filter((s) => s.result.qual === 'GCSE' && EBACC_SLOT_CATEGORIES.has(s.result.ebacc))
    .flatMap((s) => s.slotPoints);
  const ebaccSorted = [...ebaccSlots].sort((a, b) => b - a);
  const ebaccUsed = ebaccSorted.slice(0, 3);

  const openCandidates = [
    ...ebaccSorted.slice(3),
    ...(englishDoubleWeighted ? [englishPair[1]!.slotPoints[0]!] : []),
    ...scored
      .filter((s) => s.result.qual === 'OTHER' || s.result.ebacc === 'NONE')
      .flatMap((s) => s.slotPoints),
  ].sort((a, b) => b - a);
  const openUsed = openCandidates.slice(0, 3);

  const ebacc = sum(ebaccUsed);
  const open = sum(openUsed);
  return {
    att8: english + mathsElement + ebacc + open,
    english,
    maths: mathsElement,
    ebacc,
    open,
    englishDoubleWeighted,
    ebaccSlotsFilled: ebaccUsed.length,
    openSlotsFilled: openUsed.length,
  };
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
