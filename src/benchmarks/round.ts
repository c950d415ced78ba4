import { roundHalfAwayFromZero } from '../domain/round.js';

/** Rounds half away from zero to `decimals` places on the decimal value (src/domain/round.ts); never returns -0. */
export function roundTo(x: number, decimals: number): number {
  return roundHalfAwayFromZero(x, decimals);
}
