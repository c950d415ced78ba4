import { placementGroup } from '../domain/codes.js';
import { ageOnDay, april1Day, birthdayDay, march31Day } from './calendar.js';

/**
 * The care factors of the truth file, computed from a simulated history exactly as
 * shared/spec/definitions.md defines them. These functions are the generator's own reading of the
 * definitions, written independently of src/derive so that the tool can be checked against them.
 *
 * Days are day numbers; an episode covers `decom ≤ day < dec` (a null `dec` is open).
 * Episodes are one child's, in DECOM order, as they appear in the generated returns.
 */
export interface CareEpisode {
  decom: number;
  dec: number | null;
  rne: string;
  ls: string;
  place: string;
  rec: string | null;
  /** Placement identity beyond PLACE (used to tell a return from a temporary placement). */
  provider?: string;
  urn?: string;
  plPost?: string;
}

const PLACEMENT_CHANGE_RNE = new Set(['P', 'B', 'T', 'U']);

/** Respite (LS V3/V4, agreed short breaks) is left out of every care measure (definitions.md §2). */
export function isRespite(e: CareEpisode): boolean {
  return e.ls === 'V3' || e.ls === 'V4';
}

export function isTemporaryPlace(place: string): boolean {
  return /^T[0-4]$/.test(place);
}

function covers(e: CareEpisode, day: number): boolean {
  return e.decom <= day && (e.dec === null || day < e.dec);
}

/** Looked after on a day: some non-respite episode covers it (definitions.md §4). */
export function lookedAfterOn(episodes: readonly CareEpisode[], day: number): boolean {
  return episodes.some((e) => !isRespite(e) && covers(e, day));
}

/**
 * CLA 12 months at 31 March `year` (the OC2 cohort, definitions.md §6): looked after on every day
 * from 1 April year−1 to 31 March year, and no V3/V4 episode overlaps that year. The generator never
 * puts an episode boundary on 31 March or 1 April, so the DfE edge case (a period ending exactly on
 * 31 March) does not arise in synthetic data.
 */
export function isCla12m(episodes: readonly CareEpisode[], year: number): boolean {
  const from = april1Day(year - 1);
  const to = march31Day(year);
  if (episodes.some((e) => isRespite(e) && e.decom <= to && (e.dec === null || e.dec > from))) return false;
  const spans = episodes.filter((e) => !isRespite(e) && e.decom <= to && (e.dec === null || e.dec > from));
  let coveredTo = from; // every day before coveredTo is covered
  for (const e of spans) {
    if (e.decom > coveredTo) return false;
    coveredTo = e.dec === null ? Infinity : Math.max(coveredTo, e.dec);
  }
  return coveredTo > to;
}

/**
 * Indices of the non-respite episodes that start a period of care (definitions.md §3): the child's
 * first episode, an RNE `S`, or an episode that does not continue the previous one (the previous
 * one's REC is not `X1`, or its DEC is not this DECOM).
 */
export function periodStartIndices(episodes: readonly CareEpisode[]): number[] {
  const starts: number[] = [];
  let previous: CareEpisode | null = null;
  episodes.forEach((e, i) => {
    if (isRespite(e)) return;
    if (previous === null || e.rne === 'S' || previous.rec !== 'X1' || previous.dec !== e.decom) starts.push(i);
    previous = e;
  });
  return starts;
}

/** Days looked after before `day` (definitions.md §7: "the days looked after before it"). */
export function daysInCareBefore(episodes: readonly CareEpisode[], day: number): number {
  let days = 0;
  for (const e of episodes) {
    if (isRespite(e)) continue;
    const end = e.dec === null ? day : Math.min(e.dec, day);
    if (end > e.decom) days += end - e.decom;
  }
  return days;
}

/** Periods of care that started on or before `day`. */
export function periodsOfCareBy(episodes: readonly CareEpisode[], day: number): number {
  return periodStartIndices(episodes).filter((i) => episodes[i]!.decom <= day).length;
}

/** Age in whole years at the start of the latest period started on or before `day`; null if none. */
export function ageAtEntry(episodes: readonly CareEpisode[], dob: number, day: number): number | null {
  const starts = periodStartIndices(episodes).filter((i) => episodes[i]!.decom <= day);
  if (starts.length === 0) return null;
  return ageOnDay(dob, episodes[starts[starts.length - 1]!]!.decom);
}

function samePlacement(a: CareEpisode, b: CareEpisode): boolean {
  return a.place === b.place && (a.provider ?? '') === (b.provider ?? '') && (a.urn ?? '') === (b.urn ?? '')
    && (a.plPost ?? '') === (b.plPost ?? '');
}

/**
 * Is episode i a placement change (definitions.md, Placements)? RNE P, B, T or U, except a move into a
 * temporary placement (T0–T4) and the return from one to the placement it interrupted (same PLACE,
 * provider, URN and placement postcode as the last non-temporary episode before it), and the move out
 * of the temporary placement a period starts in.
 */
export function isPlacementChange(episodes: readonly CareEpisode[], i: number): boolean {
  const e = episodes[i]!;
  if (isRespite(e) || !PLACEMENT_CHANGE_RNE.has(e.rne) || isTemporaryPlace(e.place)) return false;
  const previous = episodes[i - 1];
  if (previous && isTemporaryPlace(previous.place) && previous.rec === 'X1' && previous.dec === e.decom) {
    for (let j = i - 2; j >= 0; j--) {
      const before = episodes[j]!;
      if (isTemporaryPlace(before.place)) continue;
      return !samePlacement(before, e);
    }
    return false; // the move out of the temporary placement a period starts in: the first placement, not a change
  }
  return true;
}

/**
 * Placement changes dated on or after the 11th birthday (the child aged 11 or over on the day) and on
 * or before `day`. The generator keeps episode dates off 11th birthdays, so "after the 11th
 * birthday" and "on or after" agree on synthetic data.
 */
export function placementChangesAfter11(episodes: readonly CareEpisode[], dob: number, day: number): number {
  const eleventh = birthdayDay(dob, 11);
  let n = 0;
  episodes.forEach((e, i) => {
    if (e.decom >= eleventh && e.decom <= day && isPlacementChange(episodes, i)) n++;
  });
  return n;
}

/** Placement spells (from a period start or a placement change to the next) as [start, end) spans. */
export function placementSpells(episodes: readonly CareEpisode[]): { start: number; end: number | null }[] {
  const periodStarts = new Set(periodStartIndices(episodes));
  const spells: { start: number; end: number | null }[] = [];
  episodes.forEach((e, i) => {
    if (isRespite(e)) return;
    if (spells.length === 0 || periodStarts.has(i) || isPlacementChange(episodes, i)) {
      spells.push({ start: e.decom, end: e.dec });
    } else {
      spells[spells.length - 1]!.end = e.dec;
    }
  });
  return spells;
}

/** Placement spells overlapping 1 April year−1 to 31 March year (the "placements in year" count). */
export function placementsInYear(episodes: readonly CareEpisode[], year: number): number {
  const from = april1Day(year - 1);
  const to = march31Day(year);
  return placementSpells(episodes).filter((s) => s.start <= to && (s.end === null || s.end > from)).length;
}

/**
 * The PLACE code on a day: the non-respite episode covering it; a temporary placement (T0–T4) counts
 * as the placement it interrupts (the last non-temporary episode before it). Null if not looked after.
 */
export function placeOn(episodes: readonly CareEpisode[], day: number): string | null {
  const i = episodes.findIndex((e) => !isRespite(e) && covers(e, day));
  if (i < 0) return null;
  for (let j = i; j >= 0; j--) {
    const e = episodes[j]!;
    if (!isRespite(e) && !isTemporaryPlace(e.place)) return e.place;
  }
  return null;
}

/** Placement group (src/domain/codes.ts) on 31 March of `year`; null if not looked after then. */
export function placementGroupOn(episodes: readonly CareEpisode[], day: number): string | null {
  const place = placeOn(episodes, day);
  return place === null ? null : placementGroup(place);
}
