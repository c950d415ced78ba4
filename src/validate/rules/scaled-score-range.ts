import { defineRule } from '../rule.js';

/** Scaled score out of range. KS2 test scaled scores run from 80 to 120; the P8 prior attainment (KS2EMSS) from 59. */
export const scaledScoreRange = defineRule({
  id: 'scaled-score-range',
  severity: 'error',
  stage: 'cell',
  title: 'Scaled score out of range',
  description: 'KS2 scaled scores run from 80 to 120; the KS2 average used as Progress 8 prior attainment (KS2EMSS) from 59, the bottom of the DfE\u2019s first prior-attainment group.',
  remedy: 'Check the KS2 file; a pupil below the test standard has no scaled score (leave it blank).',
  rejectsRow: true,
  tables: ['KS2Pupil', 'KS4Pupil'],
});
