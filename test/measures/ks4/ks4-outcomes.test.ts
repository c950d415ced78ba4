/**
 * Table-driven KS4 pupils; every expected figure worked by hand in the comment above it
 * (slot rules: src/derive/attainment/attainment8.ts; EBacc APS: src/derive/attainment/ebacc.ts).
 */
import { describe, expect, it } from 'vitest';
import { ks4Outcomes, scoreResult, type EbaccCategory, type Ks4Result } from '../../../src/derive/attainment/index.js';

const g = (subject: string, ebacc: EbaccCategory, grade: string): Ks4Result => ({ subject, qual: 'GCSE', ebacc, grade, points: null });
const o = (subject: string, points: number | null): Ks4Result => ({ subject, qual: 'OTHER', ebacc: 'NONE', grade: '', points });

interface Case {
  name: string;
  results: Ks4Result[];
  a8: [total: number, english: number, maths: number, ebacc: number, open: number];
  em: [eng4: boolean, eng5: boolean, mat4: boolean, mat5: boolean, em4: boolean, em5: boolean];
  ebacc: [entered: boolean, at4: boolean, at5: boolean, apsTimesSix: number];
  fivePasses: [at4: boolean, at5: boolean];
}

const cases: Case[] = [
  {
    // English both: best 6 ×2 = 12, lang 5 → open. Maths 4×2 = 8. EBacc slots 6, 4.5, 4.5 (3 left → open) = 15.
    // Open 7, 5, 5 (of 7, 5, 5, 3) = 17. A8 52. APS (6+4+4.5+4.5+6+3) = 28 / 6. Passes 4+: 8; 5+ fails on maths.
    name: 'combined science, both Englishes, language below 4',
    results: [g('English language', 'ENG_LANG', '5'), g('English literature', 'ENG_LIT', '6'), g('Maths', 'MATHS', '4'),
      g('Combined science', 'COMBINED_SCIENCE', '5-4'), g('History', 'HUMANITY', '6'), g('French', 'LANGUAGE', '3'),
      g('Art', 'NONE', '7'), g('PE', 'NONE', '5')],
    a8: [52, 12, 8, 15, 17], em: [true, true, true, false, true, false], ebacc: [true, false, false, 28], fivePasses: [true, false],
  },
  {
    // Only English language: 7 single weighted. Maths 16. EBacc 9+8+7 = 24 (geog 6 → open). Open 6 + 5 = 11. A8 58.
    // APS: English pillar 0 (literature not taken) + 8 + 9 + 8 + 6 + 0 = 31.
    name: 'triple science, only English language',
    results: [g('English language', 'ENG_LANG', '7'), g('Maths', 'MATHS', '8'), g('Biology', 'SCIENCE', '8'),
      g('Chemistry', 'SCIENCE', '7'), g('Physics', 'SCIENCE', '9'), g('Geography', 'HUMANITY', '6'), g('Music', 'NONE', '5')],
    a8: [58, 7, 16, 24, 11], em: [true, true, true, true, true, true], ebacc: [false, false, false, 31], fivePasses: [true, true],
  },
  {
    // X rows ignored. English: language U = 0 (literature X). Maths 3×2 = 6. EBacc: 1.5 + 1.5 + 0 (history U) = 3.
    // Open: art 2. A8 11. APS: 0 + 3 + 1.5 + 1.5 + 0 + 0 = 6.
    name: 'X and U grades',
    results: [g('English language', 'ENG_LANG', 'U'), g('English literature', 'ENG_LIT', 'X'), g('Maths', 'MATHS', '3'),
      g('Biology', 'SCIENCE', 'X'), g('Combined science', 'COMBINED_SCIENCE', '2-1'), g('History', 'HUMANITY', 'U'), g('Art', 'NONE', '2')],
    a8: [11, 0, 6, 3, 2], em: [false, false, false, false, false, false], ebacc: [false, false, false, 6], fivePasses: [false, false],
  },
  {
    // English both: 4×2 = 8 (lit 3 → open). Maths 10. EBacc 4 + 4 = 8 (2 slots). Open candidates 3, 6, 5, 3, 7, 5.5, 2
    // → 7 + 6 + 5.5 = 18.5. A8 44.5. APS 4 + 5 + 4 + 4 = 17. Passes at 4+ (GCSE only): 4, 5, 4, 4, 6, 5 = 6.
    name: 'OTHER qualifications with points, more than 3 open candidates',
    results: [g('English language', 'ENG_LANG', '4'), g('English literature', 'ENG_LIT', '3'), g('Maths', 'MATHS', '5'),
      g('Combined science', 'COMBINED_SCIENCE', '4-4'), g('Art', 'NONE', '6'), g('Drama', 'NONE', '5'), g('PE', 'NONE', '3'),
      o('BTEC sport', 7), o('Certificate', 5.5), o('Award', 2), o('Award without points', null)],
    a8: [44.5, 8, 10, 8, 18.5], em: [true, false, true, true, true, false], ebacc: [false, false, false, 17], fivePasses: [true, false],
  },
  {
    // English 7×2 = 14. No maths: 0. EBacc 7 + 6 + 5 = 18 (one 5 → open). Open 8 + 6 + 5 = 19. A8 51.
    // APS 7 + 0 + 5 + 5 + 7 + 6 = 30.
    name: 'no maths',
    results: [g('English language', 'ENG_LANG', '6'), g('English literature', 'ENG_LIT', '7'), g('Biology', 'SCIENCE', '5'),
      g('Chemistry', 'SCIENCE', '5'), g('Geography', 'HUMANITY', '7'), g('Spanish', 'LANGUAGE', '6'), g('Art', 'NONE', '8')],
    a8: [51, 14, 0, 18, 19], em: [true, true, false, false, false, false], ebacc: [false, false, false, 30], fivePasses: [false, false],
  },
  {
    // English 10 (lit 5 → open). Maths 12. EBacc 5 + 5 + 5 (one 5 → open) = 15. Open 5 + 5 = 10. A8 47.
    // EBacc entered and achieved at 5 (combined science 5-5). APS 5 + 6 + 5 + 5 + 5 + 5 = 31.
    name: 'full EBacc at grade 5 with combined science 5-5',
    results: [g('English language', 'ENG_LANG', '5'), g('English literature', 'ENG_LIT', '5'), g('Maths', 'MATHS', '6'),
      g('Combined science', 'COMBINED_SCIENCE', '5-5'), g('History', 'HUMANITY', '5'), g('German', 'LANGUAGE', '5')],
    a8: [47, 10, 12, 15, 10], em: [true, true, true, true, true, true], ebacc: [true, true, true, 31], fivePasses: [true, true],
  },
  {
    // As above with combined science 5-4 (4.5 per slot): EBacc 5 + 5 + 4.5 = 14.5; open 5 + 4.5 = 9.5. A8 46.
    // EBacc at 4 yes, at 5 no (combined science not 5 on both grades). APS 5 + 6 + 4.5 + 4.5 + 5 + 5 = 30.
    // Passes at 5+: 5, 5, 6, 5, 5, 5 (combined science counts one grade) = 6.
    name: 'combined science 5-4 misses the EBacc at grade 5',
    results: [g('English language', 'ENG_LANG', '5'), g('English literature', 'ENG_LIT', '5'), g('Maths', 'MATHS', '6'),
      g('Combined science', 'COMBINED_SCIENCE', '5-4'), g('History', 'HUMANITY', '5'), g('German', 'LANGUAGE', '5')],
    a8: [46, 10, 12, 14.5, 9.5], em: [true, true, true, true, true, true], ebacc: [true, true, false, 30], fivePasses: [true, true],
  },
  {
    // Three single sciences (physics 4, computer science 3, biology 2): EBacc entered; at 4 only one science → not achieved.
    // English 8, maths 8, EBacc 4 + 4 + 4 = 12 (3 and 2 → open), open 4 + 3 + 2 = 9. A8 37. APS 4+4+4+3+4+4 = 23.
    name: 'three single sciences, only one at 4',
    results: [g('English language', 'ENG_LANG', '4'), g('English literature', 'ENG_LIT', '4'), g('Maths', 'MATHS', '4'),
      g('Physics', 'SCIENCE', '4'), g('Computer science', 'SCIENCE', '3'), g('Biology', 'SCIENCE', '2'),
      g('Geography', 'HUMANITY', '4'), g('French', 'LANGUAGE', '4')],
    a8: [37, 8, 8, 12, 9], em: [true, false, true, false, true, false], ebacc: [true, false, false, 23], fivePasses: [true, false],
  },
  {
    // English 12 (lit 5 → open), maths 10, EBacc 5 + 4 + 4 = 13 (4 and 3 → open), open 5 + 4 + 3 = 12. A8 47.
    // EBacc at 4: two of three single sciences at 4 (physics 5, chemistry 4) → achieved; at 5 history 4 fails.
    // APS 6 + 5 + 5 + 4 + 4 + 4 = 28. Passes at 5+: 6, 5, 5, 5 = 4 → no.
    name: 'EBacc at grade 4 through two of three single sciences',
    results: [g('English language', 'ENG_LANG', '6'), g('English literature', 'ENG_LIT', '5'), g('Maths', 'MATHS', '5'),
      g('Physics', 'SCIENCE', '5'), g('Chemistry', 'SCIENCE', '4'), g('Computer science', 'SCIENCE', '3'),
      g('History', 'HUMANITY', '4'), g('Spanish', 'LANGUAGE', '4')],
    a8: [47, 12, 10, 13, 12], em: [true, true, true, true, true, true], ebacc: [true, true, false, 28], fivePasses: [true, false],
  },
  {
    // Two single sciences only: not an EBacc entry (DfE: three single sciences or combined science).
    // English 14, maths 14, EBacc 7 × 3 = 21 (one 7 → open), open 7 + 7 = 14. A8 63. APS 7 × 6 = 42.
    name: 'two single sciences only: no EBacc entry',
    results: [g('English language', 'ENG_LANG', '7'), g('English literature', 'ENG_LIT', '7'), g('Maths', 'MATHS', '7'),
      g('Biology', 'SCIENCE', '7'), g('Chemistry', 'SCIENCE', '7'), g('Geography', 'HUMANITY', '7'), g('French', 'LANGUAGE', '7')],
    a8: [63, 14, 14, 21, 14], em: [true, true, true, true, true, true], ebacc: [false, false, false, 42], fivePasses: [true, true],
  },
  {
    name: 'no results at all',
    results: [],
    a8: [0, 0, 0, 0, 0], em: [false, false, false, false, false, false], ebacc: [false, false, false, 0], fivePasses: [false, false],
  },
  {
    // Only English literature: 9 single. Maths 18. EBacc 9 + 9 + 9 (computer science 8 → open). Open: 9, 9, 8.5 of
    // 8, 9, 9, 8.5 = 26.5. A8 80.5. APS 0 (English needs both) + 9 + 9 + 9 = 27.
    name: 'only English literature, four sciences, OTHER with half points',
    results: [g('English literature', 'ENG_LIT', '9'), g('Maths', 'MATHS', '9'), g('Biology', 'SCIENCE', '9'),
      g('Chemistry', 'SCIENCE', '9'), g('Physics', 'SCIENCE', '9'), g('Computer science', 'SCIENCE', '8'),
      g('Statistics', 'NONE', '9'), g('Further maths', 'NONE', '9'), o('Level 2 certificate', 8.5)],
    a8: [80.5, 9, 18, 27, 26.5], em: [true, true, true, true, true, true], ebacc: [false, false, false, 27], fivePasses: [true, true],
  },
  {
    // The maximum: English 18, maths 18, EBacc 27, open 27 (from 9, 9, 9, 9) = 90.
    // APS: English 9 + maths 9 + two sciences 9 + 9, no humanity or language = 36.
    name: 'all grade 9: A8 90',
    results: [g('English language', 'ENG_LANG', '9'), g('English literature', 'ENG_LIT', '9'), g('Maths', 'MATHS', '9'),
      g('Biology', 'SCIENCE', '9'), g('Chemistry', 'SCIENCE', '9'), g('Physics', 'SCIENCE', '9'),
      g('Art', 'NONE', '9'), g('Music', 'NONE', '9'), g('Drama', 'NONE', '9')],
    a8: [90, 18, 18, 27, 27], em: [true, true, true, true, true, true], ebacc: [false, false, false, 36], fivePasses: [true, true],
  },
  {
    // Combined science U is 0 + 0. English 1 (single), maths 2. A8 3. APS 0 + 1 + 0 = 1.
    name: 'combined science U',
    results: [g('Combined science', 'COMBINED_SCIENCE', 'U'), g('Maths', 'MATHS', '1'), g('English language', 'ENG_LANG', '1')],
    a8: [3, 1, 2, 0, 0], em: [false, false, false, false, false, false], ebacc: [false, false, false, 1], fivePasses: [false, false],
  },
];

describe('ks4Outcomes', () => {
  it.each(cases)('$name', (c) => {
    const out = ks4Outcomes(c.results);
    const a = out.attainment8;
    expect([a.att8, a.english, a.maths, a.ebacc, a.open]).toEqual(c.a8);
    expect([out.english4plus, out.english5plus, out.maths4plus, out.maths5plus, out.englishMaths4plus, out.englishMaths5plus]).toEqual(c.em);
    expect([out.ebaccEntered, out.ebacc4plus, out.ebacc5plus]).toEqual(c.ebacc.slice(0, 3));
    expect(out.ebaccAps).toBeCloseTo(c.ebacc[3] / 6, 12);
    expect([out.fivePassesEm4plus, out.fivePassesEm5plus]).toEqual(c.fivePasses);
  });

  it('English double weighting follows whether both were taken', () => {
    expect(ks4Outcomes(cases[0]!.results).attainment8.englishDoubleWeighted).toBe(true);
    expect(ks4Outcomes(cases[1]!.results).attainment8.englishDoubleWeighted).toBe(false);
  });
});

describe('scoreResult', () => {
  it('reads grades and points', () => {
    expect(scoreResult(g('Combined science', 'COMBINED_SCIENCE', '9-8'))!.slotPoints).toEqual([8.5, 8.5]);
    expect(scoreResult(g('Combined science', 'COMBINED_SCIENCE', '6/5'))!.grades).toEqual([6, 5]);
    expect(scoreResult(g('Maths', 'MATHS', 'U'))!.slotPoints).toEqual([0]);
    expect(scoreResult(g('Maths', 'MATHS', 'X'))).toBeNull();
    // a legacy letter grade is scored (issue 12 item 8): A* 8.5 from 2016/17 (legacy-grades.test.ts)
    expect(scoreResult(g('Maths', 'MATHS', 'A*'))!.slotPoints).toEqual([8.5]);
    expect(scoreResult(o('BTEC', null))).toBeNull();
    expect(scoreResult(o('BTEC', 5.5))!.slotPoints).toEqual([5.5]);
  });
});
