/**
 * Five or more GCSEs at grade 4+ (5+) including English and maths (spec measures.md): counts GCSE
 * grades at or above the threshold, combined science counting once per grade at the threshold
 * (5-4 is two passes at 4+ and one at 5+); English (language or literature) and maths must both be
 * at the threshold. OTHER qualifications do not count (GCSEs only). One result per subject (result.ts
 * `scoreAll`). (The factor table's flag is computed in SQL, src/link/education.ts, with the same one
 * result per subject; a pupil with two results in one subject makes the figure Approximate, since the
 * DfE's first-entry rule needs entry dates the input lacks.)
 */
import { bestEnglishGrade, bestMathsGrade } from './english-maths.js';
import { scoreAll, type Ks4Result } from './result.js';

export function gcsePassesAt(results: readonly Ks4Result[], threshold: number): number {
  return scoreAll(results)
    .filter((s) => s.result.qual === 'GCSE')
    .flatMap((s) => s.grades)
    .filter((g) => g >= threshold).length;
}

export function fivePassesIncludingEnglishMaths(results: readonly Ks4Result[], threshold: 4 | 5): boolean {
  const scored = scoreAll(results);
  const english = bestEnglishGrade(scored) ?? -1;
  const maths = bestMathsGrade(scored) ?? -1;
  return english >= threshold && maths >= threshold && gcsePassesAt(results, threshold) >= 5;
}
