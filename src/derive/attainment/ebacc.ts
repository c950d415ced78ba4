/**
 * English Baccalaureate entry, achievement and average point score (DfE, "Secondary accountability
 * measures" guide, "English Baccalaureate"; EBacc APS headline measure from 2018).
 *
 * Pillars (GCSEs only):
 * * English: both English language and English literature entered (DfE rule, stricter than the
 *   spec's "English"); the better grade counts.
 * * Maths: the maths GCSE.
 * * Science: combined science, or three single sciences (from biology, chemistry, physics, computer
 *   science). The DfE EBacc rule ("take 3 single sciences and get the grade in at least 2 of them")
 *   is stricter than the spec's "two sciences": two single sciences alone are not an EBacc entry.
 * * Humanities: history or geography. * Languages: an EBacc language.
 * Entry: every pillar entered. Achievement at 4+ / 5+: every pillar at the grade; combined science at
 * the grade on both of its grades (spec); single sciences: at least two of the three or more at the grade.
 *
 * EBacc APS (DfE): (English + maths + best two science scores + best humanity + best language) ÷ 6,
 * with 0 for a pillar not entered; the English pillar counts only when both English language and
 * literature were taken (the better of the two). Combined science supplies two science scores, each
 * the mean of its two grades (as in Attainment 8); single sciences supply one each.
 * For the APS the best two science scores count whatever the number of single sciences taken (the
 * three-sciences condition above is applied to entry and achievement only).
 */
import { bestFirst, scoreAll, type Ks4Result, type ScoredResult } from './result.js';

export interface Ebacc {
  entered: boolean;
  achieved4plus: boolean;
  achieved5plus: boolean;
  averagePointScore: number;
}

export function ebacc(results: readonly Ks4Result[]): Ebacc {
  const scored = scoreAll(results);
  const language = bestFirst(scored, 'ENG_LANG')[0];
  const literature = bestFirst(scored, 'ENG_LIT')[0];
  const englishBoth = language !== undefined && literature !== undefined;
  const englishGrade = englishBoth ? Math.max(language.grades[0]!, literature.grades[0]!) : null;
  const mathsGrade = bestFirst(scored, 'MATHS')[0]?.grades[0] ?? null;
  const singles = bestFirst(scored, 'SCIENCE');
  const combined = bestFirst(scored, 'COMBINED_SCIENCE');
  const humanity = bestFirst(scored, 'HUMANITY')[0]?.grades[0] ?? null;
  const modernLanguage = bestFirst(scored, 'LANGUAGE')[0]?.grades[0] ?? null;

  const scienceEntered = combined.length > 0 || singles.length >= 3;
  const entered = englishBoth && mathsGrade !== null && scienceEntered && humanity !== null && modernLanguage !== null;
  const achieved = (t: number): boolean =>
    entered && englishGrade! >= t && mathsGrade! >= t && humanity! >= t && modernLanguage! >= t && scienceAt(t, singles, combined);

  const scienceScores = [...combined, ...singles].flatMap((s) => s.slotPoints).sort((a, b) => b - a).slice(0, 2);
  const total = (englishGrade ?? 0) + (mathsGrade ?? 0) + scienceScores.reduce((a, b) => a + b, 0) + (humanity ?? 0) + (modernLanguage ?? 0);
  return { entered, achieved4plus: achieved(4), achieved5plus: achieved(5), averagePointScore: total / 6 };
}

function scienceAt(threshold: number, singles: readonly ScoredResult[], combined: readonly ScoredResult[]): boolean {
  const combinedOk = combined.some((c) => c.grades.every((g) => g >= threshold));
  const singlesOk = singles.length >= 3 && singles.filter((s) => s.grades[0]! >= threshold).length >= 2;
  return combinedOk || singlesOk;
}
