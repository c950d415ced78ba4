import type { SynthChild } from './child.js';
import { Random } from './random.js';

/**
 * A pupil's KS2 test result: reading, maths and grammar scaled scores (80–120) from the latent
 * attainment, absent from the tests, or working below their standard (no scores; a nominal prior attainment). A child in care who is in both a KS2 and a KS4 file of the run
 * draws it once from its own stream, so KS4_KS2EMSS is exactly (READSCORE + MATSCORE) ÷ 2 of the KS2
 * file, and blank when the KS2 file has no scores.
 */
export interface Ks2Result {
  read: number;
  mat: number;
  gps: number;
  absent: boolean;
  /**
   * Working below the standard of the tests (pre-key stage): the KS2 file has no scaled scores and no
   * expected-standard flags, and the DfE's Progress 8 prior attainment uses nominal scaled scores from
   * teacher assessment, 59 to 79 (the first prior-attainment groups). null when the pupil sat the tests.
   */
  nominalEmss: number | null;
}

/** Latent attainment below which a pupil works below the standard of the KS2 tests (about 2% of children in care: their latent attainment is about N(−1.2, 0.85)). */
export const PRE_KEY_STAGE_ABILITY = -3;

/** The nominal KS2 average (59–79, whole or half points) of a pupil working below the standard of the tests. */
export function nominalEmss(ability: number): number {
  return Math.max(59, Math.min(79, Math.round(2 * (79 + 8 * (ability - PRE_KEY_STAGE_ABILITY))) / 2));
}

export function drawKs2Result(rng: Random, ability: number, inCare: boolean): Ks2Result {
  const score = (x: number) => Math.max(80, Math.min(120, Math.round(104 + 5.5 * x)));
  return {
    read: score(0.85 * ability + 0.53 * rng.normal()),
    mat: score(0.85 * ability + 0.53 * rng.normal()),
    gps: score(0.85 * ability + 0.53 * rng.normal()),
    absent: rng.chance(inCare ? 0.08 : 0.03),
    nominalEmss: ability < PRE_KEY_STAGE_ABILITY ? nominalEmss(ability) : null,
  };
}

/** The KS2 result of a child in the returns (stream of the child, independent of the year written). */
export function childKs2Result(child: SynthChild, seed: number): Ks2Result {
  return drawKs2Result(new Random(seed, Number(child.la), 10, child.index), child.ability, child.kind !== 'respite');
}

/**
 * Average of the reading and maths scaled scores: the KS4 file's KS2 prior attainment (KS4_KS2EMSS); for a
 * pupil working below the standard of the tests, the nominal average from teacher assessment (59–79).
 */
export function ks2Emss(result: Ks2Result): number {
  return result.nominalEmss ?? (result.read + result.mat) / 2;
}
