/**
 * Dates are carried as ISO strings `yyyy-mm-dd` (sortable, exact, no time zone) and as day numbers
 * (days since 1970-01-01, UTC) for arithmetic.
 */
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

export type DateParse =
  | { ok: true; iso: string; format: 'dd/mm/yyyy' | 'yyyy-mm-dd' | 'dd/mm/yy' | 'excel-serial' | 'dd-mmm-yyyy' }
  | { ok: false; reason: 'impossible' | 'unrecognised'; detail: string; /** a real calendar date, but before 1900 or after 2100 */ outOfRange?: true };

/** A day of the Gregorian calendar, in any year. */
function isCalendarDay(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1]!;
}

/** A calendar day in the years 1900–2100 (dates outside are taken as typing errors). */
export function isValidYmd(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2100 && isCalendarDay(y, m, d);
}

export function isoOf(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Reads a date as written in a 903 or pupil file. `dd/mm/yyyy` is the return's format; the others
 * are read (unambiguous ones) so that an Excel-mangled export is still usable, and reported.
 * `dd/mm/yy` takes the century that puts the date within 100 years before `pivotYear`.
 */
export function parseDate(raw: string, pivotYear = 2030): DateParse {
  const s = raw.trim();
  let m: RegExpMatchArray | null;
  const check = (y: number, mo: number, d: number, format: DateParse extends infer T ? T extends { ok: true; format: infer F } ? F : never : never): DateParse =>
    isValidYmd(y, mo, d) ? { ok: true, iso: isoOf(y, mo, d), format }
      : isCalendarDay(y, mo, d) ? { ok: false, reason: 'impossible', detail: `${s} is before 1900 or after 2100`, outOfRange: true }
        : { ok: false, reason: 'impossible', detail: `${s} is not a real calendar date` };
  if ((m = s.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/))) return check(+m[3]!, +m[2]!, +m[1]!, 'dd/mm/yyyy');
  if ((m = s.match(/^(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00(?:\.0+)?)?)?$/))) return check(+m[1]!, +m[2]!, +m[3]!, 'yyyy-mm-dd');
  if ((m = s.match(/^(\d{1,2})\/(\d{1,2})\/(\d{2})$/))) {
    let y = 2000 + +m[3]!;
    if (y > pivotYear) y -= 100;
    return check(y, +m[2]!, +m[1]!, 'dd/mm/yy');
  }
  if ((m = s.match(/^(\d{1,2})[- ]([A-Za-z]{3})[- ](\d{4})$/))) {
    const mo = MONTHS.indexOf(m[2]!.toUpperCase()) + 1;
    if (mo === 0) return { ok: false, reason: 'unrecognised', detail: `${s}: unknown month` };
    return check(+m[3]!, mo, +m[1]!, 'dd-mmm-yyyy');
  }
  if ((m = s.match(/^(\d{5})(?:\.0+)?$/))) {
    // Excel serial day number (1900 date system): serial 25569 is 1970-01-01.
    const serial = +m[1]!;
    if (serial < 1 || serial > 80000) return { ok: false, reason: 'unrecognised', detail: `${s} is outside the Excel date range` };
    const dt = new Date((serial - 25569) * 86400000);
    return check(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate(), 'excel-serial');
  }
  return { ok: false, reason: 'unrecognised', detail: `${s} is not a date in dd/mm/yyyy form` };
}

export function dayNumber(iso: string): number {
  return Math.floor(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86400000);
}
export function isoOfDay(day: number): string {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}
export function addYearsIso(iso: string, years: number): string {
  const y = +iso.slice(0, 4) + years;
  const mo = +iso.slice(5, 7);
  let d = +iso.slice(8, 10);
  if (mo === 2 && d === 29 && !isValidYmd(y, 2, 29)) d = 28;
  return isoOf(y, mo, d);
}
/** Whole years of age on a date (the birthday counts on the day itself). */
export function ageOn(dobIso: string, onIso: string): number {
  let age = +onIso.slice(0, 4) - +dobIso.slice(0, 4);
  if (onIso.slice(5) < dobIso.slice(5)) age -= 1;
  return age;
}
