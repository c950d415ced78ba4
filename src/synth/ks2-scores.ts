import type { SynthChild } from './child.js';
import { Random } from './random.js';

/**
 * A pupil's KS2 test result: reading, maths and grammar scaled scores (80–120) from the latent
 * attainment, or absent from the tests. A child in care who is in both a KS2 and a KS4 file of the run
 * draws it once from its own stream, so KS4_KS2EMSS is exactly (READSCORE + MATSCORE) ÷ 2 of the KS2
 * file, and blank when the KS2 file has no scores.
 */
export interface Ks2Result {
  read: number;
  mat: number;
  gps: number;
  absent: boolean;
}

export function drawKs2Result(rng: Random, ability: number, inCare: boolean): Ks2Result {
  const score = (x: number) => Math.max(80, Math.min(120, Math.round(104 + 5.5 * x)));
  return {
    read: score(0.85 * ability + 0.53 * rng.normal()),
    mat: score(0.85 * ability + 0.53 * rng.normal()),
    gps: score(0.85 * ability + 0.53 * rng.normal()),
    absent: rng.chance(inCare ? 0.08 : 0.03),
  };
}

/** The KS2 result of a child in the returns (stream of the child, independent of the year written). */
export function childKs2Result(child: SynthChild, seed: number): Ks2Result {
  return drawKs2Result(new Random(seed, Number(child.la), 10, child.index), child.ability, child.kind !== 'respite');
}

/** Average of the reading and maths scaled scores: the KS4 file's KS2 prior attainment (KS4_KS2EMSS). */
export function ks2Emss(result: Ks2Result): number {
  return (result.read + result.mat) / 2;
}
