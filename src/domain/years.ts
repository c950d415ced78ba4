/**
 * Years. A 903 return year is the calendar year of the 31 March it ends on (2019/20 is 2020).
 * An academic year is written `2023/24`; it contains the census date 31 March 2024.
 */
export type AcademicYear = string; // "2023/24"

/**
 * Reads one academic year as people write it: `2023/24`, `2023-24`, `2023/2024`, `2023-2024`,
 * `202324` (the DfE's time_period), `23/24` and `23-24`, or a bare `2024` (the year of its 31 March,
 * so 2023/24). Anything else, or a start and end that are not consecutive, is null.
 */
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
  m = s.match(/^(\d{2})\s*[/-]\s*(\d{2})$/);
  if (m) {
    const start = 2000 + +m[1]!;
    const end = 2000 + +m[2]!; // two-digit years are this century's
    if (end !== start + 1) return null;
    return academicYearEnding(end);
  }
  m = s.match(/^(\d{4})$/);
  if (m && +m[1]! >= 1990 && +m[1]! <= 2100) return academicYearEnding(+m[1]!);
  return null;
}

/** The accepted ways of writing years on the command line, for help texts and error messages. */
export const YEAR_FORMS_HELP = '2023/24, 2023-24, 202324, 23/24 or 2024 (the year of its 31 March)';
export const YEAR_LIST_HELP = `${YEAR_FORMS_HELP}; lists 2022/23,2023/24; ranges 2022-2024 or 2021/22..2023/24`;

/**
 * Reads a list of years as people write them on a command line: comma-separated items, each one
 * academic year (any form of parseAcademicYear) or a range, `2022-2024` (the years whose 31 March
 * falls in 2022 to 2024, i.e. 2021/22 to 2023/24) or `<year>..<year>` with any year form on each side
 * (`2021/22..2023/24`, `2022..2024`). `2023-2024` could be the academic year 2023/24 or the two years
 * 2022/23 and 2023/24, so in a list it is refused with both readings (`ambiguous`); as a single year
 * (parseAcademicYear) it is the academic year. Returns the academic years, sorted and without
 * repeats, or the item that could not be read.
 */
export function parseAcademicYears(raw: string): { years: AcademicYear[] } | { error: string; ambiguous?: boolean } {
  const out = new Set<AcademicYear>();
  const items = raw.split(',').map((x) => x.trim()).filter(Boolean);
  if (items.length === 0) return { error: raw };
  for (const item of items) {
    const pair = item.match(/^(\d{4})\s*-\s*(\d{4})$/);
    if (pair && +pair[2]! === +pair[1]! + 1) return { error: item, ambiguous: true };
    const range = item.match(/^(.+?)\s*\.\.\s*(.+)$/) ?? item.match(/^(\d{4})\s*-\s*(\d{4})$/);
    if (range) {
      const a = parseAcademicYear(range[1]!);
      const b = parseAcademicYear(range[2]!);
      if (!a || !b || censusYearOf(b) < censusYearOf(a) || censusYearOf(b) - censusYearOf(a) > 60) return { error: item };
      for (let y = censusYearOf(a); y <= censusYearOf(b); y++) out.add(academicYearEnding(y));
      continue;
    }
    const y = parseAcademicYear(item);
    if (!y) return { error: item };
    out.add(y);
  }
  return { years: [...out].sort() };
}

/** The DfE statistics platform's time_period of an academic year: `2023/24` gives `202324`. */
export function timePeriodOf(ay: AcademicYear): string {
  return ay.replace('/', '');
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
/**
 * KS2 years with no KS1–KS2 progress measures. DfE, "Primary school accountability in 2025: technical
 * guide" (gov.uk, updated 11 September 2025): "It is not possible to calculate KS1 to KS2 progress
 * measures for academic years 2023 to 2024 and 2024 to 2025 … as primary tests and assessments were
 * cancelled in academic years 2019 to 2020 and 2020 to 2021" (no KS1 baseline). 2019/20 and 2020/21 had
 * no KS2 tests at all. A progress score a pupil file carries for such a year is not a DfE figure.
 */
export const NO_KS2_PROGRESS_YEARS: Record<string, string> = {
  '2019/20': 'Not calculated: the DfE published no KS2 progress for 2019/20 (KS2 tests were cancelled in 2020).',
  '2020/21': 'Not calculated: the DfE published no KS2 progress for 2020/21 (KS2 tests were cancelled in 2021).',
  '2023/24': 'Not calculated: the DfE calculates no KS1–KS2 progress for 2023/24, as the cohort has no KS1 baseline (KS1 assessments were cancelled in 2019/20); progress scores in the pupil file are not used.',
  '2024/25': 'Not calculated: the DfE calculates no KS1–KS2 progress for 2024/25, as the cohort has no KS1 baseline (KS1 assessments were cancelled in 2020/21); progress scores in the pupil file are not used.',
};
/** The first words of the note of a figure the DfE does not calculate for its year (shown as x). */
export const NOT_CALCULATED_LABEL = 'Not calculated';
/** KS4 years with no Progress 8 (DfE: exams cancelled 2019/20 and 2020/21; no KS2 baseline for 2024/25, 2025/26). */
export const NO_P8_YEARS: Record<string, string> = {
  '2019/20': 'Progress 8 was not published for 2019/20: summer 2020 exams were cancelled and grades were centre-assessed.',
  '2020/21': 'Progress 8 was not published for 2020/21: summer 2021 exams were cancelled and grades were teacher-assessed.',
  '2024/25': 'Progress 8 is not calculated for 2024/25: the cohort has no KS2 results (KS2 tests were cancelled in 2020).',
  '2025/26': 'Progress 8 is not calculated for 2025/26: the cohort has no KS2 results (KS2 tests were cancelled in 2021).',
};
