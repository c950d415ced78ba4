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
 * * Legacy (unreformed) A*–G GCSE letter grades (DfE point score table, KS4 years 2016/17 to 2018/19,
 *   used from 2016/17 on): A* 8.5, A 7, B 5.5, C 4, D 3, E 2, F 1.5, G 1; before 2016/17 the 2016
 *   scale A* 8, A 7, B 6, C 5, D 4, E 3, F 2, G 1. A legacy double award science (`AB`, `A*A`) fills
 *   two slots, each the mean of its two letters. For the grade 4+/5+ measures a letter grade counts
 *   at its points (C = 4 reaches 4+, B = 5.5 reaches 5+ from 2016/17).
 *
 * Discounting (DfE, KS4 discounting and early entry guidance: where two qualifications share a
 * discount code only one counts): the input has no discount codes, so results of the same SUBJECT
 * (case and spaces ignored) are taken as one discount family and only the best counts. The DfE's
 * early (first) entry rule counts the *first* result of an EBacc subject; the input has no entry
 * dates, so it cannot be applied: `sameSubjectRepeats` counts the pupils it could change, and the
 * figure computed from them is labelled approximate.
 */
export type Ks4Qual = 'GCSE' | 'OTHER';
export type EbaccCategory = 'ENG_LANG' | 'ENG_LIT' | 'MATHS' | 'SCIENCE' | 'COMBINED_SCIENCE' | 'HUMANITY' | 'LANGUAGE' | 'NONE';

export interface Ks4Result {
  /** The KS4 academic year (`2018/19`): chooses the legacy letter-grade scale; absent: the 2016/17 one. */
  year?: string;
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
const LETTER = /^(A\*|[A-G])$/;
const DOUBLE_LETTER = /^(A\*|[A-G])\s*[-/]?\s*(A\*|[A-G])$/;

/** Legacy letter-grade points from 2016/17 (DfE point score table 2017–2019). */
export const LEGACY_POINTS: Readonly<Record<string, number>> = { 'A*': 8.5, A: 7, B: 5.5, C: 4, D: 3, E: 2, F: 1.5, G: 1 };
/** The 2016 (and earlier) scale for letter grades. */
export const LEGACY_POINTS_2016: Readonly<Record<string, number>> = { 'A*': 8, A: 7, B: 6, C: 5, D: 4, E: 3, F: 2, G: 1 };

function letterPoints(letter: string, year: string | undefined): number {
  const before2017 = year !== undefined && /^\d{4}/.test(year) && Number(year.slice(0, 4)) < 2016;
  return (before2017 ? LEGACY_POINTS_2016 : LEGACY_POINTS)[letter]!;
}

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
    const letters = grade.match(DOUBLE_LETTER);
    if (letters) {
      const a = letterPoints(letters[1]!, result.year);
      const b = letterPoints(letters[2]!, result.year);
      return { result, grades: [a, b], slotPoints: [(a + b) / 2, (a + b) / 2] };
    }
    const m = grade.match(DOUBLE_GRADE);
    if (!m) return null;
    const a = Number(m[1]);
    const b = Number(m[2]);
    return { result, grades: [a, b], slotPoints: [(a + b) / 2, (a + b) / 2] };
  }
  if (grade === 'U') return { result, grades: [0], slotPoints: [0] };
  if (SINGLE_GRADE.test(grade)) return { result, grades: [Number(grade)], slotPoints: [Number(grade)] };
  if (LETTER.test(grade)) { const p = letterPoints(grade, result.year); return { result, grades: [p], slotPoints: [p] }; }
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

/** A subject's discount family: its name without case or spacing differences. */
function family(r: Ks4Result): string {
  return `${r.qual}|${r.subject.trim().toUpperCase().replace(/\s+/g, ' ')}`;
}

/** Orders results of equal points the same whatever the order of the rows (EBacc category, grade, points). */
function tieKey(s: ScoredResult): string {
  return `${s.result.ebacc}|${s.result.grade.trim().toUpperCase()}|${s.result.points ?? ''}`;
}

/**
 * The results that count: scored, one per subject (the best; on a tie of points the same one whatever
 * the order of the rows, e.g. a subject entered once as a humanity and once as an open subject).
 */
export function scoreAll(results: readonly Ks4Result[]): ScoredResult[] {
  const best = new Map<string, ScoredResult>();
  for (const s of results.map(scoreResult)) {
    if (s === null) continue;
    const k = family(s.result);
    const held = best.get(k);
    if (!held || total(s) > total(held) || (total(s) === total(held) && tieKey(s) < tieKey(held))) best.set(k, s);
  }
  return [...best.values()].sort((a, b) => (family(a.result) < family(b.result) ? -1 : family(a.result) > family(b.result) ? 1 : 0));
}

/** Subjects with two or more results (after X and unreadable grades are dropped): where the DfE's first-entry rule could pick another. */
export function sameSubjectRepeats(results: readonly Ks4Result[]): number {
  const n = new Map<string, number>();
  for (const s of results.map(scoreResult)) if (s) n.set(family(s.result), (n.get(family(s.result)) ?? 0) + 1);
  return [...n.values()].filter((c) => c > 1).length;
}
