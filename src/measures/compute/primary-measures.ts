/**
 * KS1 and KS2 measures (DfE "Outcomes for children looked after": KS2 expected standard = scaled
 * score 100+ in reading and maths and writing TA at the expected standard; higher standard = 110+
 * and greater depth; KS1 = EXS or GDS). The pupil file's flags are used where given, else derived
 * from the scores. Progress scores: mean with the DfE's 95% CI, mean ± 1.96 × σ ÷ √n with the
 * national σ of that subject and year (data/ks2/progress_sd.csv, derived from the published LA
 * intervals by scripts/build-ks2-progress-sd.mjs: one σ per subject and year, e.g. reading 6.29,
 * writing 6.05, maths 5.91 in 2022/23); for a year without one, the cohort's own sd, with a note.
 * Every measure is computed from its definition in one statement per key stage: the expected-standard
 * percentages from their `aggregate` (compute/declared.ts), the progress means from their `progressMean`.
 */
import { readFileSync } from 'node:fs';
import { type Db, queryRows } from '../../io/duck.js';
import type { MeasureRow } from '../../domain/measure-row.js';
import { NO_KS2_PROGRESS_YEARS } from '../../domain/years.js';
import type { MeasureRequest } from './context.js';
import { measureRow } from './row-builder.js';
import type { MeasureDefinition } from '../define.js';
import { declaredMeasures, declaredRows, declaredSelect } from './declared.js';
import { CATALOGUE_ORDER, MEASURE_BY_ID } from '../registry.js';

function cohortJoin(req: MeasureRequest, alias: string): string {
  const la = `'${req.la.replace(/'/g, "''")}'`;
  switch (req.cohort) {
    // `all` = the pupils of the files at a school of this LA (README "`all` cohort", as for KS4), each
    // once: a pupil whose latest census record of the KS1/KS2 year is at a school of another LA is left
    // out (KS1/KS2 files carry no LA; with no census record the school is unknown and the pupil kept).
    // It was every pupil of the files, any LA (pupil files are national), and a pupil linked to children
    // of two LAs was joined to both child_status rows and counted twice. Fixture: test/measures/catalogue.
    case 'all': return `NOT EXISTS (SELECT 1 FROM primary_school_la c WHERE c.upn = p.UPN AND c.acadyr = p.ACADYR AND c.la IS NOT NULL AND c.la <> ${la})`;
    // the `all` pupils less those looked after 12 months at 31 March of the year by any LA
    case 'non_cla': return `${cohortJoin({ ...req, cohort: 'all' }, alias)} AND NOT EXISTS (SELECT 1 FROM child_status s WHERE s.pupil = p.UPN AND s.acadyr = p.ACADYR AND s.cla_12m = 1)`;
    case 'cla_12m': return `${alias}.s_la = ${la} AND ${alias}.s_cla_12m = 1`;
    case 'cla_31mar': return `${alias}.s_la = ${la} AND ${alias}.s_cla_31mar = 1`;
    case 'ever_cla': return `${alias}.s_la = ${la} AND ${alias}.s_ever_cla = 1`;
    case 'cla_under_12m': return `${alias}.s_la = ${la} AND ${alias}.s_cla_31mar = 1 AND ${alias}.s_cla_12m = 0`;
  }
}

let nationalSd: Map<string, number> | undefined;
/** National σ of pupil KS2 progress scores by `year|subject` (reading, writing, maths); null for a year or subject without one. */
export function ks2ProgressSd(year: string, subject: string): number | null {
  if (!nationalSd) {
    nationalSd = new Map();
    const text = readFileSync(new URL('../../../data/ks2/progress_sd.csv', import.meta.url), 'utf8');
    for (const line of text.split('\n').slice(1)) {
      const [y, subj, sd] = line.split(',');
      if (y && subj && sd && Number.isFinite(Number(sd))) nationalSd.set(`${y}|${subj}`, Number(sd));
    }
  }
  return nationalSd.get(`${year}|${subject}`) ?? null;
}

/** The school LA of each pupil and academic year: that of the latest census record (AUT, SPR, SUM) of the year. */
async function buildPrimarySchoolLa(db: Db, tables: Set<string>): Promise<void> {
  const census = tables.has('Census')
    ? `SELECT UPN AS upn, ACADEMICYEAR AS acadyr, LA AS la, row_number() OVER (PARTITION BY UPN, ACADEMICYEAR
         ORDER BY CASE CENSUSTERM WHEN 'AUT' THEN 1 WHEN 'SPR' THEN 2 ELSE 3 END DESC, _file DESC, _line DESC) AS k FROM p_Census WHERE NOT _reject`
    : 'SELECT NULL::VARCHAR AS upn, NULL::VARCHAR AS acadyr, NULL::VARCHAR AS la, 1 AS k WHERE false';
  await db.con.run(`CREATE OR REPLACE TABLE primary_school_la AS SELECT upn, acadyr, la FROM (${census}) WHERE k = 1`);
}

/**
 * The KS1 and KS2 rows of linked pupils joined to their care status, built once per child_status
 * version: the care cohorts of every LA are then cut from these small tables, not from the national files.
 */
async function buildLinkedPrimary(db: Db, tables: Set<string>): Promise<void> {
  const version = db.versions.get('child_status') ?? 0;
  if (db.versions.get('primary_linked') === version) return;
  for (const t of ['KS2Pupil', 'KS1Pupil']) {
    if (!tables.has(t)) continue;
    await db.con.run(`CREATE OR REPLACE TABLE linked_${t} AS SELECT p.*, s.la AS s_la, s.cla_12m AS s_cla_12m, s.cla_31mar AS s_cla_31mar, s.ever_cla AS s_ever_cla
      FROM p_${t} p JOIN child_status s ON s.pupil = p.UPN AND s.acadyr = p.ACADYR WHERE NOT p._reject`);
  }
  db.versions.set('primary_linked', version);
}

/** The KS2 progress means of the definitions (`progressMean`, a `score`), in catalogue order. */
export function progressMeasures(defs: readonly MeasureDefinition[] = CATALOGUE_ORDER.map((id) => MEASURE_BY_ID.get(id)!)): { id: string; column: string; subject: string }[] {
  return defs.flatMap((d) => {
    if (d.family !== 'ks2' || !d.progressMean) return [];
    if (d.unit !== 'score') throw new Error(`KS2 measure ${d.id}: a progressMean is a score, not a ${d.unit}`);
    return [{ id: d.id, ...d.progressMean }];
  });
}

/** `defs`: the measure definitions (default the registry's; a test passes its own). */
export async function primaryMeasures(db: Db, tables: Set<string>, req: MeasureRequest, defs?: readonly MeasureDefinition[]): Promise<MeasureRow[]> {
  const rows: MeasureRow[] = [];
  const years = req.years.map((y) => `'${y}'`).join(', ');
  if (!years) return rows;
  const wholeFiles = req.cohort === 'all' || req.cohort === 'non_cla';
  if (!wholeFiles) await buildLinkedPrimary(db, tables);
  const source = (t: string) => (wholeFiles ? `p_${t}` : `linked_${t}`);
  if (wholeFiles) await buildPrimarySchoolLa(db, tables);
  const base = (id: string, year: string) => ({ id, year, la: req.la, cohort: req.cohort, breakdown: null });
  // the expected-standard percentages are computed from their definitions' `aggregate` (compute/declared.ts),
  // the progress means from their `progressMean`, in the same statement
  const ks2 = declaredMeasures('ks2', defs);
  const ks1 = declaredMeasures('ks1', defs);
  const progress = progressMeasures(defs);
  if (tables.has('KS2Pupil')) {
    const r = await queryRows<Record<string, string | number | null>>(db, `WITH k AS (
        SELECT p.ACADYR AS year,
          coalesce(TRY_CAST(p.READEXP AS INTEGER), CASE WHEN p.READSCORE IS NOT NULL THEN (p.READSCORE::INTEGER >= 100)::INTEGER END) AS rd,
          TRY_CAST(p.WRITTAEXP AS INTEGER) AS wr,
          coalesce(TRY_CAST(p.MATEXP AS INTEGER), CASE WHEN p.MATSCORE IS NOT NULL THEN (p.MATSCORE::INTEGER >= 100)::INTEGER END) AS ma,
          TRY_CAST(p.RWMHIGH AS INTEGER) AS hi_flag, p.READSCORE::INTEGER AS rs, p.MATSCORE::INTEGER AS ms, TRY_CAST(p.WRITTADEPTH AS INTEGER) AS wd,
          TRY_CAST(p.RWMEXP AS INTEGER) AS rwm_flag,
          TRY_CAST(p.READPROGSCORE AS DOUBLE) AS rp, TRY_CAST(p.WRITPROGSCORE AS DOUBLE) AS wp, TRY_CAST(p.MATPROGSCORE AS DOUBLE) AS mp
        FROM ${source('KS2Pupil')} p
        WHERE NOT p._reject AND p.ACADYR IN (${years}) AND ${cohortJoin(req, 'p')}
          AND (p.READSCORE IS NOT NULL OR p.MATSCORE IS NOT NULL OR p.READEXP IS NOT NULL OR p.MATEXP IS NOT NULL OR p.WRITTAEXP IS NOT NULL))
      SELECT ${['year', ...(ks2.length ? [declaredSelect(ks2)] : []), ...progress.map((p, i) => `avg(${p.column}) m_p${i}, stddev_samp(${p.column}) s_p${i}, count(${p.column}) c_p${i}`)].join(',\n        ')}
      FROM k GROUP BY year`);
    for (const year of req.years) {
      const x = r.find((q) => q.year === year) ?? {};
      const num = (k: string) => (x[k] === null || x[k] === undefined ? 0 : Number(x[k]));
      rows.push(...declaredRows(ks2, x, { year, la: req.la, cohort: req.cohort, breakdown: null }));
      for (const [i, { id, subject }] of progress.entries()) {
        const k = `p${i}`;
        const n = num(`c_${k}`);
        const none = NO_KS2_PROGRESS_YEARS[year];
        if (none) {
          // the DfE calculates no KS1–KS2 progress for this year (src/domain/years.ts): x, whatever the file holds
          rows.push(measureRow({ ...base(id, year), unit: 'score', numerator: null, denominator: null, children: 0, value: null, symbol: 'x', note: none, basis: 'Not calculated by the DfE', basisNote: none }));
          continue;
        }
        const m = x[`m_${k}`] === null || x[`m_${k}`] === undefined ? null : Number(x[`m_${k}`]);
        const own = x[`s_${k}`] === null || x[`s_${k}`] === undefined ? null : Number(x[`s_${k}`]);
        const national = ks2ProgressSd(year, subject);
        const s = national ?? own;
        const h = m !== null && s !== null && n >= (national === null ? 2 : 1) ? (1.96 * s) / Math.sqrt(n) : null;
        const estimated = n > 0 && national === null && h !== null;
        const ownSd = `CI from the cohort’s own standard deviation: no national σ bundled for ${year} (data/ks2/progress_sd.csv).`;
        rows.push(measureRow({ ...base(id, year), unit: 'score', numerator: null, denominator: n, children: n, value: m, ci: h === null || m === null ? null : [m - h, m + h],
          // the note speaks of an interval only where there is one: one pupil and no national σ give none
          note: n === 0 ? 'No progress scores supplied.' : national !== null ? null
            : h !== null ? ownSd
            : `No confidence interval: one pupil, and no national σ bundled for ${year} (data/ks2/progress_sd.csv).`,
          basis: estimated ? 'Estimated interval' : null, basisNote: estimated ? ownSd : null }));
      }
    }
  }
  if (tables.has('KS1Pupil') && ks1.length) {
    const r = await queryRows<Record<string, string | number | null>>(db, `SELECT p.ACADYR AS year,
        ${declaredSelect(ks1)}
      FROM ${source('KS1Pupil')} p
      WHERE NOT p._reject AND p.ACADYR IN (${years}) AND ${cohortJoin(req, 'p')} AND p.READ_OUTCOME IS NOT NULL AND p.WRIT_OUTCOME IS NOT NULL AND p.MATH_OUTCOME IS NOT NULL
      GROUP BY 1`);
    for (const year of req.years) rows.push(...declaredRows(ks1, r.find((q) => q.year === year), { year, la: req.la, cohort: req.cohort, breakdown: null }));
  }
  return rows;
}
