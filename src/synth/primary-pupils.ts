import { academicYearEnding } from '../domain/years.js';
import type { Random } from './random.js';
import { drawKs2Result, type Ks2Result } from './ks2-scores.js';

/**
 * KS2 and KS1 records from a pupil's latent attainment. KS2: scaled scores 80–120 with the expected
 * (≥ 100) and higher (≥ 110) flags consistent with them, writing teacher assessment drawn from the same
 * attainment; KS1: GDS/EXS/WTS/PKF. The 2020 and 2021 KS1 and KS2 assessments were cancelled (COVID-19),
 * so no file is written for those years (index.ts).
 */
export const CANCELLED_PRIMARY_ASSESSMENT_YEARS = [2020, 2021] as const;

export function ks2Row(rng: Random, upn: string, year: number, ability: number, inCare: boolean, given?: Ks2Result): (string | number)[] {
  const { read, mat, gps, absent, nominalEmss } = given ?? drawKs2Result(rng, ability, inCare);
  const writing = ability + rng.normal(0, 0.6);
  const writExp = writing > -0.6 ? 1 : 0;
  const writDepth = writing > 1.0 ? 1 : 0;
  const readExp = read >= 100 ? 1 : 0;
  const matExp = mat >= 100 ? 1 : 0;
  const readHigh = read >= 110 ? 1 : 0;
  const matHigh = mat >= 110 ? 1 : 0;
  const progress = (score: number) => (Math.round((score - 104 - 5.5 * (ability * 0.8) + rng.normal(0, 2)) * 100) / 100).toFixed(2);
  if (absent) {
    return [upn, academicYearEnding(year), '', '', '', 0, 0, writExp, 0, 0, 0, writDepth, 0, '', progress(100 + 5 * writing), ''];
  }
  if (nominalEmss !== null) {
    // working below the standard of the tests: no scaled scores, no reading or maths flags (the three draws
    // are made as for a tested pupil, so the rest of the file's random stream is unchanged)
    const [, writProgress] = [progress(read), progress(100 + 5 * writing), progress(mat)];
    return [upn, academicYearEnding(year), '', '', '', 0, 0, writExp, 0, 0, 0, writDepth, 0, '', writProgress, ''];
  }
  return [upn, academicYearEnding(year), read, mat, gps, readExp, matExp, writExp, readExp && matExp && writExp ? 1 : 0,
    readHigh, matHigh, writDepth, readHigh && matHigh && writDepth ? 1 : 0, progress(read), progress(100 + 5 * writing), progress(mat)];
}

export function ks1Row(rng: Random, upn: string, year: number, ability: number): string[] {
  const outcome = () => {
    const z = ability + rng.normal(0, 0.6);
    return z > 1.0 ? 'GDS' : z > -0.6 ? 'EXS' : z > -1.9 ? 'WTS' : 'PKF';
  };
  return [upn, academicYearEnding(year), outcome(), outcome(), outcome()];
}
