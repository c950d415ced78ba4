import { ETHNIC_CODES } from '../domain/codes.js';
import { april1Day, birthdayDay, dayOf, march31Day } from './calendar.js';
import type { ChildKind, SynthChild } from './child.js';
import { simulateCareHistory, simulateRespite, type HistoryContext } from './care-history.js';
import { Random } from './random.js';
import { makeUpn } from './upn-factory.js';

/**
 * The children of one LA's returns: about 4 % respite-only (short breaks), 6 % unaccompanied
 * asylum-seeking children, the rest regular care histories with the national age-at-entry mix. Each
 * child's history is drawn until some episode falls inside the run's years (so every child counted
 * is in the data), on its own seeded stream. Entries are spread from 17 years before the first return,
 * so the stock of children in care is steady across the run's years rather than building up.
 */
const ETHNIC_WEIGHTS: readonly (readonly [string, number])[] = ETHNIC_CODES.map((c) => [c, c === 'WBRI' ? 130 : c === 'NOBT' || c === 'REFU' ? 1 : 4] as const);

export function simulateChildrenOfLa(la: string, count: number, years: { from: number; to: number }, otherLas: readonly string[], seed: number): SynthChild[] {
  const windowStart = april1Day(years.from - 1);
  const windowEnd = march31Day(years.to);
  const ctx: HistoryContext = { la, otherLas, horizon: windowEnd, lastYear: years.to };
  const children: SynthChild[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < count; i++) {
    const rng = new Random(seed, Number(la), 1, i);
    const kind: ChildKind = rng.weighted([['regular', 90], ['uasc', 6], ['respite', 4]] as const);
    const sex: 'M' | 'F' = kind === 'uasc' ? (rng.chance(0.9) ? 'M' : 'F') : rng.chance(0.56) ? 'M' : 'F';
    let dob = 0;
    let history = { episodes: [] as SynthChild['episodes'], adoptionDecision: null as number | null, adoptionMatch: null as number | null };
    for (let attempt = 0; attempt < 80; attempt++) {
      let entry: number;
      let ageDays: number;
      if (kind === 'uasc') {
        entry = rng.int(windowStart - 730, windowEnd - 10);
        ageDays = rng.int(14 * 365, Math.floor(17.4 * 365));
      } else if (kind === 'respite') {
        entry = rng.int(windowStart - 365, windowEnd - 60);
        ageDays = rng.int(5 * 365, 16 * 365);
      } else {
        // entries from 17 years before the first return: long-stay children already in care then are in the data too
        entry = rng.int(windowStart - 17 * 365, windowEnd - 10);
        const band = rng.weighted([[[0, 364], 20], [[365, 5 * 365 - 1], 15], [[5 * 365, 10 * 365 - 1], 18], [[10 * 365, 16 * 365 - 1], 37], [[16 * 365, 17.6 * 365], 10]] as const);
        ageDays = rng.int(band[0], Math.floor(band[1]));
      }
      dob = entry - ageDays;
      if (entry >= birthdayDay(dob, 18) - 30) continue;
      history = kind === 'respite'
        ? { episodes: simulateRespite(rng, ctx, dob, entry), adoptionDecision: null, adoptionMatch: null }
        : simulateCareHistory(rng, ctx, dob, entry, kind);
      if (history.episodes.some((e) => e.decom <= windowEnd && (e.dec === null || e.dec >= windowStart))) break;
    }
    let child = String(rng.int(0, 999999)).padStart(6, '0');
    while (ids.has(child)) child = String(rng.int(0, 999999)).padStart(6, '0');
    ids.add(child);
    const birthYear = new Date(dob * 86400000).getUTCFullYear();
    const permanent = makeUpn(la, birthYear, 1, i);
    const temporary = rng.chance(0.03);
    const upn = temporary ? makeUpn(la, birthYear, 6, i, true, rng) : permanent;
    const ethnic = kind === 'uasc' ? rng.pick(['AOTH', 'BAFR', 'OOTH', 'BOTH', 'AOTH'] as const) : rng.weighted(ETHNIC_WEIGHTS);
    children.push({
      la, child, index: i, kind, sex, dob, ethnic, upn,
      pupilUpn: temporary && rng.chance(0.5) ? permanent : upn,
      inSchoolFiles: rng.chance(0.96),
      ability: rng.normal(kind === 'respite' ? -1.8 : kind === 'uasc' ? -0.6 : -1.2, 0.85),
      // only the episodes some return of the run holds: what the tool can see, and what the truth file is computed from
      episodes: history.episodes.filter((e) => e.decom <= windowEnd && (e.dec === null || e.dec >= windowStart)),
      adoptionDecision: history.adoptionDecision,
      adoptionMatch: history.adoptionMatch,
    });
  }
  return children;
}

/** Is a date of birth in the cohort of the key stage taken in the academic year ending `year`? `ageAtStart` is the age on 31 August before it (KS4 15, KS2 10, KS1 6). */
export function inCohort(dob: number, year: number, ageAtStart: number): boolean {
  const first = dayOf(year - 1 - ageAtStart - 1, 9, 1);
  const last = dayOf(year - 1 - ageAtStart, 8, 31);
  return dob >= first && dob <= last;
}
