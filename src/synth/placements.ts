import type { Random } from './random.js';
import { placeCodesOfYear } from '../domain/codes.js';

/**
 * Choosing a placement for a simulated child: PLACE, provider, Ofsted URN of the provision, postcode
 * and whether it is out of the responsible LA's area. Codes are kept valid for every return the
 * placement can appear in (K3 from the 2025 return; H5, P2 and Z1 not once the run reaches 2026).
 */
export interface Placement {
  place: string;
  provider: string;
  urn: string;
  plPost: string;
  placementLa: string;
}

export interface PlacementContext {
  la: string;
  /** LA codes a child may be placed in when placed out of area (the responsible LA excluded). */
  otherLas: readonly string[];
  /** Return year of the placement's start and the run's last return year. */
  startYear: number;
  lastYear: number;
}

function allowed(code: string, ctx: PlacementContext): boolean {
  for (let y = ctx.startYear; y <= Math.max(ctx.startYear, ctx.lastYear); y++) {
    if (!placeCodesOfYear(y).includes(code)) return false;
  }
  return true;
}

/** A fake postcode in an area derived from the LA code (not a real postcode area mapping). */
export function postcodeFor(la: string, rng: Random): string {
  const letters = 'ABDEFGHJLMNPRSTWY';
  const n = Number(la);
  const area = letters[n % 17]! + letters[Math.floor(n / 17) % 17]!;
  return `${area}${rng.int(1, 29)} ${rng.int(1, 9)}${letters[rng.int(0, 16)]}${letters[rng.int(0, 16)]}`;
}

function providerUrn(rng: Random): string {
  return `SC${String(rng.int(0, 999999)).padStart(6, '0')}`;
}

/**
 * Draws a placement by age and kind. Weights follow the broad national mix (DfE CLA statistics):
 * mostly foster care, kinship for a fifth, children's homes mainly for teenagers, semi-independent or
 * supported accommodation from 16, adoption placements only through the adoption path.
 */
export function choosePlacement(rng: Random, age: number, ctx: PlacementContext, kind: 'regular' | 'uasc'): Placement {
  const weights: [string, number][] = age < 5
    ? [['U4', 55], ['U5', 5], ['U1', 22], ['U2', 3], ['P1', 5], ['R3', 3], ['U6', 7]]
    : age < 13
      ? [['U4', 50], ['U5', 6], ['U6', 6], ['U1', 18], ['U3', 2], ['K2', 6], ['P1', 6], ['S1', 1], ['R1', 1], ['Z1', 1], ['Z12', 1]]
      : age < 16
        ? [['U4', 40], ['U5', 6], ['U6', 5], ['U1', 10], ['K2', 22], ['K1', 1], ['P1', 6], ['R1', 2], ['S1', 2], ['R5', 1], ['Z1', 1], ['Z12', 1]]
        : [['U4', 30], ['U5', 4], ['U1', 6], ['K2', 18], ['H5', 25], ['K3', 25], ['P2', 3], ['P1', 4], ['P3', 1], ['R5', 1], ['Z1', 1], ['Z12', 1]];
  const usable = weights.filter(([code]) => allowed(code, ctx) && !(kind === 'uasc' && (code === 'P1' || code.startsWith('U1'))));
  const place = rng.weighted(usable.length > 0 ? usable : [['U4', 1]]);
  let provider: string;
  if (place === 'P1') provider = 'PR0';
  else if (/^U[1-3]$/.test(place)) provider = 'PR1';
  else if (/^U[4-6]$/.test(place)) provider = rng.chance(0.6) ? 'PR1' : 'PR4';
  else if (place === 'K2' || place === 'H5' || place === 'K3') provider = rng.chance(0.75) ? 'PR4' : 'PR1';
  else if (place === 'R5' || place === 'K1' || place === 'R1' || place === 'R2') provider = 'PR3';
  else if (place === 'S1') provider = 'PR5';
  else provider = rng.weighted([['PR1', 3], ['PR4', 2]] as const);
  const outOfAreaChance = provider === 'PR4' ? (place === 'K2' ? 0.5 : 0.3) : provider === 'PR1' ? 0.05 : 0.2;
  const placementLa = ctx.otherLas.length > 0 && rng.chance(outOfAreaChance) ? rng.pick(ctx.otherLas) : ctx.la;
  if (placementLa !== ctx.la && provider === 'PR1') provider = 'PR2';
  const urn = provider === 'PR4' || provider === 'PR3' || provider === 'PR5' || place === 'K2' ? providerUrn(rng) : '';
  return { place, provider, urn, plPost: postcodeFor(placementLa, rng), placementLa };
}

/** An adoption placement (A3–A6: placed with adopters; A4/A5 most common). */
export function chooseAdoptionPlacement(rng: Random, ctx: PlacementContext): Placement {
  const place = rng.weighted([['A3', 1], ['A4', 4], ['A5', 4], ['A6', 1]] as const);
  const provider = rng.chance(0.8) ? 'PR1' : 'PR5';
  const placementLa = ctx.otherLas.length > 0 && rng.chance(0.3) ? rng.pick(ctx.otherLas) : ctx.la;
  return { place, provider, urn: '', plPost: postcodeFor(placementLa, rng), placementLa };
}

/** A temporary placement of 7 days or less (T0–T4): hospital, holiday, carer's holiday and the like. */
export function chooseTemporaryPlacement(rng: Random, ctx: PlacementContext): Placement {
  const place = rng.pick(['T0', 'T1', 'T2', 'T3', 'T4'] as const);
  return { place, provider: 'PR1', urn: '', plPost: postcodeFor(ctx.la, rng), placementLa: ctx.la };
}
