/**
 * All measure rows for one LA, years, cohort and breakdowns, without benchmarks: the pipeline
 * (src/pipeline/analyse.ts) attaches the published figures, then suppresses.
 */
import type { Db } from '../../io/duck.js';
import type { Linked } from '../../link/pipeline.js';
import { academicYearEnding } from '../../domain/years.js';
import { noteFromParts, type MeasureRow, type NoteParts } from '../../domain/measure-row.js';
import type { MeasureInputs, MeasureRequest } from './context.js';
import { careMeasures } from './care-measures.js';
import { oc2Measures } from './oc2-measures.js';
import { leaversMeasures } from './leavers-measures.js';
import { pupilMeasures } from './pupil-measures.js';
import { measureRow } from './row-builder.js';
import { buildChildStatus } from './child-status.js';
import { primaryMeasures } from './primary-measures.js';
import { schoolAgeMeasures } from './school-age-measures.js';

/** Why children were not matched, in words a reader of the report understands (the reasons of src/link/linkage.ts). */
const UNMATCHED_WORDS: Readonly<Record<string, string>> = {
  placeholder: 'with a placeholder instead of a UPN, which cannot be matched',
  blank: 'with no UPN',
  invalid_upn: 'with an invalid UPN',
  no_pupil_record: 'with no pupil record for their UPN',
  upn_on_two_children: 'whose UPN is recorded for two children',
  several_pupil_records: 'whose UPN has several pupil records',
};

/** The linkage row's reasons for children not matched, as note parts (the note reads "Not matched: 8 with a placeholder …; 1 with no pupil record …"). */
export function unmatchedParts(unmatched: Readonly<Record<string, number>>): NoteParts {
  return { lead: 'Not matched', parts: Object.entries(unmatched).map(([r, n]) => ({ count: n, words: UNMATCHED_WORDS[r] ?? r.replaceAll('_', ' ') })) };
}

/** The note written from its parts, and the parts for suppression (src/report/suppress.ts), or neither. */
function noteAndParts(parts: NoteParts): { note: string | null; noteParts?: NoteParts } {
  const note = noteFromParts(parts);
  return note === null ? { note } : { note, noteParts: parts };
}

export async function computeMeasures(db: Db, linked: Linked, req: MeasureRequest, inputs: MeasureInputs): Promise<MeasureRow[]> {
  await buildChildStatus(db, linked, req.years);
  const rows: MeasureRow[] = [
    ...careMeasures(linked.care, req, linked.placementChange, inputs),
    ...await oc2Measures(db, linked.validated.tables, req),
    ...await leaversMeasures(db, linked.validated.tables, req),
    ...await primaryMeasures(db, linked.validated.tables, req),
    ...await pupilMeasures(db, req, linked.p8Tables),
    ...await schoolAgeMeasures(db, linked, req),
  ];
  for (const c of linked.linkage.counts) {
    const year = academicYearEnding(c.year);
    if (c.la !== req.la || !req.years.includes(year)) continue;
    rows.push(measureRow({ id: 'linkage_match_rate', year, la: c.la, cohort: 'ever_cla', breakdown: null, unit: 'percent', numerator: c.matched, denominator: c.schoolAge, children: c.schoolAge,
      value: c.schoolAge ? (100 * c.matched) / c.schoolAge : null, ...noteAndParts(unmatchedParts(c.unmatched)) }));
  }
  return rows;
}

/**
 * The LA's own pupils in another cohort (`all`, `non_cla`), totals only, for the columns beside the
 * report's cohort: the pupil-file measures (KS1, KS2, KS4, absence, exclusions, SEN, school moves),
 * no benchmark attached. Run after computeMeasures, whose child_status table it reads.
 */
export async function computeComparisonMeasures(db: Db, linked: Linked, req: Omit<MeasureRequest, 'breakdowns'>): Promise<MeasureRow[]> {
  const r: MeasureRequest = { ...req, breakdowns: [] };
  const rows = [...await primaryMeasures(db, linked.validated.tables, r), ...await pupilMeasures(db, r, linked.p8Tables), ...await schoolAgeMeasures(db, linked, r)];
  return rows.filter((x) => x.cohort === req.cohort && x.breakdown === null);
}

/** Years in the data: the KS4 years and the 903 return years, as academic years. */
export function yearsInData(linked: Linked, ks4Years: string[]): string[] {
  const ys = new Set(ks4Years);
  for (const c of linked.linkage.counts) ys.add(academicYearEnding(c.year));
  return [...ys].sort();
}
