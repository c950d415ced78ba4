/**
 * Care measures on 31 March of each year (definitions.md): children looked after, the OC2 cohort,
 * the rate per 10,000 and the three DfE stability measures, from the children's care histories.
 */
import { ageOn } from '../../domain/dates.js';
import { academicYearEnding, april1, censusYearOf } from '../../domain/years.js';
import { ethnicGroup } from '../../domain/codes.js';
import { claAt31March, cla12MonthsAt31March, longTermStability, returnsNeeded, twoAndAHalfYearsBefore31March, placementGroupOn, placementOn, threePlusPlacementsIn2Years, threePlusPlacementsInYear, type PlacementChangeOptions } from '../../derive/care/index.js';
import type { CareData } from '../../link/care-data.js';
import type { MeasureRow } from '../../domain/measure-row.js';
import type { MeasureInputs, MeasureRequest } from './context.js';
import { measureRow } from './row-builder.js';

function ageBand(age: number): string {
  return age < 1 ? 'under_1' : age <= 4 ? '1_to_4' : age <= 9 ? '5_to_9' : age <= 15 ? '10_to_15' : '16_plus';
}

export function careMeasures(care: CareData, req: MeasureRequest, options: PlacementChangeOptions, inputs: MeasureInputs): MeasureRow[] {
  const rows: MeasureRow[] = [];
  for (const year of req.years) {
    const y = censusYearOf(year);
    const date = `${y}-03-31`;
    const counts = new Map<string, number>();
    const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
    let cla = 0, cla12 = 0;
    // [numerator, denominator, children of the cohort left-censored for the window (definitions.md §3)]
    const stab = { y1: [0, 0, 0], y2: [0, 0, 0], lt: [0, 0, 0] };
    for (const [key, h] of care.histories) {
      if (h.la !== req.la) continue;
      const child = care.children.get(key);
      if (cla12MonthsAt31March(h, y)) cla12++;
      if (!claAt31March(h, y)) continue;
      cla++;
      const s1 = threePlusPlacementsInYear(h, y, options);
      const s2 = threePlusPlacementsIn2Years(h, y, options);
      if (s1.inDenominator) { stab.y1[1]++; if (s1.inNumerator) stab.y1[0]++; }
      if (s1.censored) stab.y1[2]++;
      if (s2.inDenominator) { stab.y2[1]++; if (s2.inNumerator) stab.y2[0]++; }
      if (s2.censored) stab.y2[2]++;
      if (child?.dob) {
        const lt = longTermStability(h, child.dob, y);
        if (lt.inDenominator) { stab.lt[1]++; if (lt.inNumerator) stab.lt[0]++; }
        if (lt.censored) stab.lt[2]++;
      }
      if (req.breakdowns.includes('sex')) bump(`sex|${child?.sex ?? 'unknown'}`);
      if (req.breakdowns.includes('age_band') && child?.dob) bump(`age_band|${ageBand(ageOn(child.dob, date))}`);
      if (req.breakdowns.includes('ethnic_group')) bump(`ethnic_group|${ethnicGroup(child?.ethnic ?? null)}`);
      if (req.breakdowns.includes('placement_group')) bump(`placement_group|${placementGroupOn(h, date) ?? 'temporary'}`);
      if (req.breakdowns.includes('legal_status')) bump(`legal_status|${placementOn(h, date)?.ls ?? 'unknown'}`);
      if (req.breakdowns.includes('uasc')) {
        // UASC at 31 March: in that return's UASC table with no date UASC status ceased on or before it
        const duc = care.uasc.get(key)?.get(y);
        bump(`uasc|${duc !== undefined && (duc === null || duc > date) ? 'uasc' : 'not_uasc'}`);
      }
    }
    const base = { year, la: req.la, cohort: 'cla_31mar' };
    rows.push(measureRow({ ...base, id: 'cla_31mar', breakdown: null, unit: 'count', numerator: cla, denominator: null, children: cla, value: cla }));
    for (const [k, n] of [...counts].sort()) {
      const [dim, cat] = k.split('|');
      rows.push(measureRow({ ...base, id: 'cla_31mar', breakdown: { [dim!]: cat! }, unit: 'count', numerator: n, denominator: cla, children: n, value: n }));
    }
    rows.push(measureRow({ ...base, cohort: 'cla_12m', id: 'cla_12m', breakdown: null, unit: 'count', numerator: cla12, denominator: null, children: cla12, value: cla12 }));
    const pop = inputs.childPopulation(req.la, year);
    rows.push(measureRow({ ...base, id: 'cla_rate_per_10k', breakdown: null, unit: 'rate', numerator: cla, denominator: pop, children: cla, value: pop ? (10000 * cla) / pop : null,
      note: pop ? null : 'No published child population for this LA and year.' }));
    const earliest = care.coverage.get(req.la)?.earliestReturn;
    const windows = [['stability_3plus_year', stab.y1, april1(y - 1)], ['stability_3plus_2years', stab.y2, april1(y - 2)],
      ['stability_long_term', stab.lt, twoAndAHalfYearsBefore31March(y)]] as const;
    for (const [id, [n, d, censored], from] of windows) {
      if (censored! > 0 && earliest !== undefined) {
        // a child of the cohort came into care before the LA's earliest return and its window reaches
        // before what the returns show: not published, rather than a figure on part of the cohort
        // (the children are counted by validate and link, not here: the count could be small)
        rows.push(measureRow({ ...base, id, breakdown: null, unit: 'percent', numerator: null, denominator: null, children: null, value: null, symbol: 'x',
          note: `Not available: some children of this cohort were already in care before the LA's earliest return (${academicYearEnding(earliest)}), `
            + `and the measure's window from ${from} reaches before it. Supply the returns for ${returnsNeeded(from, earliest)} to publish it.` }));
        continue;
      }
      rows.push(measureRow({ ...base, id, breakdown: null, unit: 'percent', numerator: n!, denominator: d!, children: d!, value: d ? (100 * n!) / d! : null }));
    }
  }
  return rows;
}
