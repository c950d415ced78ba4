/**
 * Years. A 903 return year is the calendar year of the 31 March it ends on (2019/20 is 2020).
 * An academic year is written `2023/24`; it contains the census date 31 March 2024.
 */
export type AcademicYear = string; // "2023/24"

/** Reads `2023/24`, `2023/2024`, `2023-24`, `202324`, `2023-2024` (and a bare `2024` meaning 2023/24). */
export function parseAcademicYear(raw: string): AcademicYear | null {
  const s = raw.trim();
  let m = s.match(/^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/) ?? s.match(/^(\d{4})(\d{2})$/);
  if (m) {
    const start = +m[1]!;
    const endRaw = m[2]!;
    const end = endRaw.length === 4 ? +endRaw : Math.floor(start / 100) * 100 + +endRaw + (+endRaw < start % 100 ? 100 : 0);
    if (end !== start + 1 || start < 1990 || start > 2100) return null;
    return academicYearEnding(end);
  }
  m = s.match(/^(\d{4})$/);
  if (m && +m[1]! >= 1990 && +m[1]! <= 2100) return academicYearEnding(+m[1]!);
  return null;
}

/** The academic year whose 31 March falls in `endYear`: 2024 gives `2023/24`. */
export function academicYearEnding(endYear: number): AcademicYear {
  return `${endYear - 1}/${String(endYear % 100).padStart(2, '0')}`;
}
/** The calendar year of the 31 March inside an academic year: `2023/24` gives 2024. */
export function censusYearOf(ay: AcademicYear): number {
  return +ay.slice(0, 4) + 1;
}
export function march31(year: number): string {
  return `${year}-03-31`;
}
export function april1(year: number): string {
  return `${year}-04-01`;
}
/** KS4 years with no Progress 8 (DfE: exams cancelled 2019/20 and 2020/21; no KS2 baseline for 2024/25, 2025/26). */
export const NO_P8_YEARS: Record<string, string> = {
  '2019/20': 'Progress 8 was not published for 2019/20: summer 2020 exams were cancelled and grades were centre-assessed.',
  '2020/21': 'Progress 8 was not published for 2020/21: summer 2021 exams were cancelled and grades were teacher-assessed.',
  '2024/25': 'Progress 8 is not calculated for 2024/25: the cohort has no KS2 results (KS2 tests were cancelled in 2020).',
  '2025/26': 'Progress 8 is not calculated for 2025/26: the cohort has no KS2 results (KS2 tests were cancelled in 2021).',
};
