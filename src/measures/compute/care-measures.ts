/**
 * Care measures on 31 March of each year (definitions.md): children looked after, the OC2 cohort,
 * the rate per 10,000 and the three DfE stability measures, from the children's care histories.
 * Each measure says in its definition how it counts one child (`care` in define.ts: CareComputation);
 * this is the family's one pass over the LA's histories per year, calling every care definition's
 * `perChild` for each history, so a new care measure is one definition file.
 */
import { ageOn } from '../../domain/dates.js';
import { academicYearEnding, censusYearOf } from '../../domain/years.js';
import { ethnicGroup } from '../../domain/codes.js';
import { returnsNeeded, placementGroupOn, placementOn, type CareHistory, type ChildInfo, type PlacementChangeOptions } from '../../derive/care/index.js';
import type { CareData } from '../../link/care-data.js';
import type { MeasureRow } from '../../domain/measure-row.js';
import type { CareComputation, MeasureDefinition } from '../define.js';
import { CATALOGUE_ORDER, MEASURE_BY_ID } from '../registry.js';
import type { MeasureInputs, MeasureRequest } from './context.js';
import { measureRow } from './row-builder.js';

function ageBand(age: number): string {
  return age < 1 ? 'under_1' : age <= 4 ? '1_to_4' : age <= 9 ? '5_to_9' : age <= 15 ? '10_to_15' : '16_plus';
}

interface CareMeasure { def: MeasureDefinition; care: CareComputation }

/**
 * The care measures computed from their definitions, in the order given (the registry's catalogue
 * order; a test passes its own definitions). A unit the pass cannot compute, a rate without
 * `perPopulation` or breakdowns of a measure that is not a count is a mistake in the definition.
 */
export function careComputed(defs: readonly MeasureDefinition[] = CATALOGUE_ORDER.map((id) => MEASURE_BY_ID.get(id)!)): CareMeasure[] {
  return defs.flatMap((def) => {
    if (def.family !== 'care' || !def.care) return [];
    const c = def.care;
    if (!['count', 'percent', 'rate'].includes(def.unit)) throw new Error(`care measure ${def.id}: unit ${def.unit} is not computed over care histories (count, percent or rate)`);
    if ((def.unit === 'rate') !== (c.perPopulation !== undefined)) throw new Error(`care measure ${def.id}: a rate, and only a rate, names perPopulation`);
    if (c.breakdowns && def.unit !== 'count') throw new Error(`care measure ${def.id}: only a count has breakdown rows`);
    return [{ def, care: c }];
  });
}

/** The breakdown categories of a child on 31 March (`dim|category`), for the breakdowns asked for. */
function breakdownKeys(care: CareData, key: string, h: CareHistory, child: ChildInfo | undefined, y: number, date: string, breakdowns: readonly string[]): string[] {
  const keys: string[] = [];
  if (breakdowns.includes('sex')) keys.push(`sex|${child?.sex ?? 'unknown'}`);
  if (breakdowns.includes('age_band') && child?.dob) keys.push(`age_band|${ageBand(ageOn(child.dob, date))}`);
  if (breakdowns.includes('ethnic_group')) keys.push(`ethnic_group|${ethnicGroup(child?.ethnic ?? null)}`);
  if (breakdowns.includes('placement_group')) keys.push(`placement_group|${placementGroupOn(h, date) ?? 'temporary'}`);
  if (breakdowns.includes('legal_status')) keys.push(`legal_status|${placementOn(h, date)?.ls ?? 'unknown'}`);
  if (breakdowns.includes('uasc')) {
    // UASC at 31 March: in that return's UASC table with no date UASC status ceased on or before it
    const duc = care.uasc.get(key)?.get(y);
    keys.push(`uasc|${duc !== undefined && (duc === null || duc > date) ? 'uasc' : 'not_uasc'}`);
  }
  return keys;
}

/** `defs`: the measure definitions (default the registry's; a test passes its own). */
export function careMeasures(care: CareData, req: MeasureRequest, options: PlacementChangeOptions, inputs: MeasureInputs, defs?: readonly MeasureDefinition[]): MeasureRow[] {
  const measures = careComputed(defs);
  const rows: MeasureRow[] = [];
  const earliest = care.coverage.get(req.la)?.earliestReturn;
  for (const year of req.years) {
    const y = censusYearOf(year);
    const date = `${y}-03-31`;
    // per measure: numerator, denominator, children of its cohort left-censored for its window (definitions.md §3), counts by breakdown
    const tally = measures.map((m) => ({ n: 0, d: 0, censored: 0, byCategory: m.care.breakdowns ? new Map<string, number>() : null }));
    for (const [key, h] of care.histories) {
      if (h.la !== req.la) continue;
      const child = care.children.get(key);
      let keys: string[] | undefined; // the child's breakdown categories, found once when a measure needs them
      measures.forEach((m, i) => {
        const r = m.care.perChild(h, child, y, options);
        const t = tally[i]!;
        if (r.censored) { t.censored++; return; }
        if (r.inDenominator) t.d++;
        // a percentage counts in its numerator only children of its denominator
        if (!r.inNumerator || (m.def.unit === 'percent' && !r.inDenominator)) return;
        t.n++;
        if (t.byCategory) for (const k of (keys ??= breakdownKeys(care, key, h, child, y, date, req.breakdowns))) t.byCategory.set(k, (t.byCategory.get(k) ?? 0) + 1);
      });
    }
    measures.forEach(({ def, care: c }, i) => {
      const { n, d, censored, byCategory } = tally[i]!;
      const base = { id: def.id, year, la: req.la, cohort: def.population.cohort, unit: def.unit };
      if (censored > 0 && earliest !== undefined) {
        if (!c.window) throw new Error(`care measure ${def.id}: a child is censored, but the definition names no window`);
        const from = c.window(y);
        // a child of the cohort came into care before the LA's earliest return and its window reaches
        // before what the returns show: not published, rather than a figure on part of the cohort
        // (the children are counted by validate and link, not here: the count could be small)
        rows.push(measureRow({ ...base, breakdown: null, numerator: null, denominator: null, children: null, value: null, symbol: 'x',
          note: `Not available: some children of this cohort were already in care before the LA's earliest return (${academicYearEnding(earliest)}), `
            + `and the measure's window from ${from} reaches before it. Supply the returns for ${returnsNeeded(from, earliest)} to publish it.` }));
        return;
      }
      if (def.unit === 'count') {
        rows.push(measureRow({ ...base, breakdown: null, numerator: n, denominator: null, children: n, value: n }));
        for (const [k, v] of [...byCategory ?? []].sort()) {
          const [dim, cat] = k.split('|');
          rows.push(measureRow({ ...base, breakdown: { [dim!]: cat! }, numerator: v, denominator: n, children: v, value: v }));
        }
      } else if (def.unit === 'rate') {
        const pop = inputs.childPopulation(req.la, year);
        rows.push(measureRow({ ...base, breakdown: null, numerator: n, denominator: pop, children: n, value: pop ? (c.perPopulation! * n) / pop : null,
          note: pop ? null : 'No published child population for this LA and year.' }));
      } else {
        rows.push(measureRow({ ...base, breakdown: null, numerator: n, denominator: d, children: d, value: d ? (100 * n) / d : null }));
      }
    });
  }
  return rows;
}
