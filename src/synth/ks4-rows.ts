import type { Ks4Pupil } from './ks4-pupil.js';

/** The KS4 pupil-file row: KS4_P8SCORE is left blank (the tool computes Progress 8); KS4_INP8CALC is 1 with a KS2 score. */
export function ks4PupilCells(p: Ks4Pupil): (string | number)[] {
  const f = p.flags;
  return [p.upn, p.academicYear, p.urnY11, p.laY11, p.att8, '', p.ks2Emss === null ? 0 : 1, p.ks2Emss ?? '',
    f.l2Basics94, f.l2Basics95, f.ebaccEntered, f.ebacc94, f.ebacc95, f.ebaccAps];
}
