/**
 * One KS4 result row of a pupil (shared/spec/inputs.md, "KS4 results") and the point score(s) it
 * is worth for the DfE measures.
 *
 * Points (DfE, "Secondary accountability measures" guide, "Point scores"; spec measures.md):
 * * 9–1 GCSE: the grade number; `U` is 0 points (an entry with no pass); `X` is no result and the
 *   row is ignored (not an entry).
 * * GCSE combined science (double award), graded `5-4`: it fills two slots, and each slot is worth the
 *   mean of the two grades (5-4 → 4.5 and 4.5). This is the DfE point score table for combined
 *   science (9-8 = 8.5 per slot, …); the spec's "two slots with its two grades" gives the same total
 *   (9) but would put 5 and 4 in different slots, which the DfE does not do. `U` is 0 + 0.
 * * `OTHER` qualifications: their POINTS (the DfE point score); no POINTS means no result.
 */
export type Ks4Qual = 'GCSE' | 'OTHER';
export type EbaccCategory = 'ENG_LANG' | 'ENG_LIT' | 'MATHS' | 'SCIENCE' | 'COMBINED_SCIENCE' | 'HUMANITY' | 'LANGUAGE' | 'NONE';

export interface Ks4Result {
  subject: string;
  qual: Ks4Qual;
  ebacc: EbaccCategory;
  grade: string;
  points: number | null;
}

/** A result that counts: its grades (for threshold measures) and its slot point scores. */
export interface ScoredResult {
  result: Ks4Result;
  /** GCSE grade numbers (U = 0); two for combined science; empty for OTHER qualifications. */
  grades: number[];
  /** Points per slot: one value, or two equal values for combined science. */
  slotPoints: number[];
}

const SINGLE_GRADE = /^[1-9]$/;
const DOUBLE_GRADE = /^([1-9])\s*[-/]\s*([1-9])$/;

/** The scored form of a result, or null when it is no result (X, blank, unreadable, OTHER without points). */
export function scoreResult(result: Ks4Result): ScoredResult | null {
  const grade = result.grade.trim().toUpperCase();
  if (result.qual === 'OTHER') {
    return result.points !== null && Number.isFinite(result.points) && result.points >= 0
      ? { result, grades: [], slotPoints: [result.points] }
      : null;
  }
  if (result.ebacc === 'COMBINED_SCIENCE') {
    if (grade === 'U' || grade === 'U-U' || grade === 'UU') return { result, grades: [0, 0], slotPoints: [0, 0] };
    const m = grade.match(DOUBLE_GRADE);
    if (!m) return null;
    const a = Number(m[1]);
    const b = Number(m[2]);
    return { result, grades: [a, b], slotPoints: [(a + b) / 2, (a + b) / 2] };
  }
  if (grade === 'U') return { result, grades: [0], slotPoints: [0] };
  if (SINGLE_GRADE.test(grade)) return { result, grades: [Number(grade)], slotPoints: [Number(grade)] };
  return null;
}

/** The GCSE results of one EBacc category, best first (ties by subject, for determinism). */
export function bestFirst(scored: readonly ScoredResult[], category: EbaccCategory): ScoredResult[] {
  return scored
    .filter((s) => s.result.qual === 'GCSE' && s.result.ebacc === category)
    .sort((a, b) => total(b) - total(a) || a.result.subject.localeCompare(b.result.subject));
}

function total(s: ScoredResult): number {
  return s.slotPoints.reduce((x, y) => x + y, 0);
}

export function scoreAll(results: readonly Ks4Result[]): ScoredResult[] {
  return results.map(scoreResult).filter((s): s is ScoredResult => s !== null);
}
