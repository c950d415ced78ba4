import { dayNumber, isoOfDay } from '../domain/dates.js';

/**
 * Day arithmetic for the simulation. Days are whole days since 1970-01-01 (UTC), as in
 * src/domain/dates.ts; files get `dd/mm/yyyy`.
 */
export const DAYS_PER_YEAR = 365.25;

export function dayOf(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86400000);
}

/** 31 March of a year: the census date of 903 return year (and academic year) `year`. */
export function march31Day(year: number): number {
  return dayOf(year, 3, 31);
}
/** 1 April of a year. Return year R covers 1 April R−1 to 31 March R. */
export function april1Day(year: number): number {
  return dayOf(year, 4, 1);
}

/** The 903 return year a day falls in (the year of the 31 March that ends it). */
export function returnYearOfDay(day: number): number {
  const iso = isoOfDay(day);
  const y = +iso.slice(0, 4);
  return iso.slice(5) >= '04-01' ? y + 1 : y;
}

/** `dd/mm/yyyy`, the 903 and pupil files' date format. */
export function formatDay(day: number): string {
  const iso = isoOfDay(day);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** The day of a birthday: `years` after the date of birth (29 February gives 28 February). */
export function birthdayDay(dob: number, years: number): number {
  const iso = isoOfDay(dob);
  const y = +iso.slice(0, 4) + years;
  const m = +iso.slice(5, 7);
  let d = +iso.slice(8, 10);
  if (m === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) d = 28;
  return dayOf(y, m, d);
}

/** Whole years of age on a day (the birthday counts on the day itself). */
export function ageOnDay(dob: number, day: number): number {
  const b = isoOfDay(dob);
  const d = isoOfDay(day);
  let age = +d.slice(0, 4) - +b.slice(0, 4);
  if (d.slice(5) < b.slice(5)) age -= 1;
  return age;
}

/** 31 March or 1 April: the census-date edges the generator keeps episode dates off (see care-history.ts). */
export function isYearEdge(day: number): boolean {
  const md = isoOfDay(day).slice(5);
  return md === '03-31' || md === '04-01';
}

export { dayNumber, isoOfDay };
