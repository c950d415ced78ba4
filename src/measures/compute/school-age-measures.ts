/**
 * Absence, suspensions, permanent exclusions and SEN on the DfE's population (issue 12 item 2; DfE,
 * "Outcomes for children in need, including children looked after by local authorities in England",
 * methodology: absence and exclusions of children looked after for 12 months are for pupils of
 * compulsory school age in state-funded primary, secondary, special and alternative provision schools,
 * over the one academic year ending in the 31 March of the cohort, six half terms):
 *
 * - who: every child of the cohort with a school census or absence record of that academic year, aged
 *   5–15 on the 31 August the academic year starts (the DfE's absence population is by age, not year
 *   group: "pupils aged 5 to 15 at the start of the academic year", DfE, Pupil absence statistics:
 *   methodology, and the school performance tables' absence data "covers pupils aged 5 to 15 on
 *   31 August"), or, with no date of birth (pupils not in care in the `all` cohort), in NC Years 1–11
 *   by the latest census record of the year; a pupil whose latest record is at an independent school
 *   is not counted (the published figures are for state-funded schools);
 * - phase (breakdown `phase`, as the DfE publishes): special and AP by the school type of the latest
 *   census record, else primary for NC Years 1–6 (age 5–10) and secondary for 7–11 (age 11–15);
 * - absence: the pupil's sessions of that year summed over their records; overall and unauthorised
 *   absence are Σ absent ÷ Σ possible sessions; persistent = absent 10 % or more of the year's possible
 *   sessions, severe = 50 % or more (compared in whole sessions: 10 × absent ≥ possible), among the
 *   pupils with possible sessions;
 * - suspensions (FIXD) and permanent exclusions (PERM) of that academic year, over every pupil of the
 *   population; mean days = FIXD sessions ÷ 2;
 * - SEN from the spring census record of the year (else the latest record of the year), over the
 *   pupils of the population with a census record.
 * The Years 10–11 forms (Rees et al.) stay model factors of the KS4 factor table (src/link/education.ts).
 */
import { type Db, queryRows } from '../../io/duck.js';
import type { Linked } from '../../link/pipeline.js';
import type { MeasureRow } from '../../domain/measure-row.js';
import type { MeasureRequest } from './context.js';
import { measureRow } from './row-builder.js';
import { declaredMeasures, declaredRows, declaredSelect } from './declared.js';

const built = new WeakMap<Linked, true>();
const none = (cols: string) => `(SELECT ${cols} WHERE false)`;

/** Table `sa_pupil`: one row per pupil and academic year with a census or absence record (built once per data set). */
async function buildSchoolAgePupils(db: Db, linked: Linked): Promise<void> {
  if (built.has(linked)) return;
  const tables = linked.validated.tables;
  const census = tables.has('Census') ? `SELECT UPN, ACADEMICYEAR, CENSUSTERM, LA, SENPROVISION, SCHOOLTYPE, NCYEARACTUAL, _file, _line FROM p_Census WHERE NOT _reject`
    : none('NULL::VARCHAR AS UPN, NULL::VARCHAR AS ACADEMICYEAR, NULL::VARCHAR AS CENSUSTERM, NULL::VARCHAR AS LA, NULL::VARCHAR AS SENPROVISION, NULL::VARCHAR AS SCHOOLTYPE, NULL AS NCYEARACTUAL, 0 AS _file, 0 AS _line');
  const absence = tables.has('Absence') ? `SELECT UPN, ACADYR, SESSIONSPOSSIBLE, AUTHORISEDABSENCE, UNAUTHORISEDABSENCE FROM p_Absence WHERE NOT _reject`
    : none('NULL::VARCHAR AS UPN, NULL::VARCHAR AS ACADYR, NULL AS SESSIONSPOSSIBLE, NULL AS AUTHORISEDABSENCE, NULL AS UNAUTHORISEDABSENCE');
  const excl = tables.has('Exclusions') ? `SELECT UPN, ACADYR, CATEGORY, SESSIONS FROM p_Exclusions WHERE NOT _reject`
    : none('NULL::VARCHAR AS UPN, NULL::VARCHAR AS ACADYR, NULL::VARCHAR AS CATEGORY, NULL AS SESSIONS');
  // one table per part (as education.ts): one statement holding every aggregate fails under a small memory limit
  const parts: Array<[string, string]> = [
    ['sa_latest', `SELECT * EXCLUDE (k) FROM (SELECT UPN AS upn, ACADEMICYEAR AS acadyr, TRY_CAST(NCYEARACTUAL AS INTEGER) AS nc_year, SCHOOLTYPE AS school_type, LA AS school_la,
        SENPROVISION AS sen_latest, row_number() OVER (PARTITION BY UPN, ACADEMICYEAR ORDER BY CASE CENSUSTERM WHEN 'AUT' THEN 1 WHEN 'SPR' THEN 2 ELSE 3 END DESC, _file DESC, _line DESC) AS k
        FROM (${census})) WHERE k = 1`],
    ['sa_spring', `SELECT * EXCLUDE (k) FROM (SELECT UPN AS upn, ACADEMICYEAR AS acadyr, SENPROVISION AS sen_spring,
        row_number() OVER (PARTITION BY UPN, ACADEMICYEAR ORDER BY _file DESC, _line DESC) AS k FROM (${census}) WHERE CENSUSTERM = 'SPR') WHERE k = 1`],
    ['sa_abs', `SELECT UPN AS upn, ACADYR AS acadyr, sum(SESSIONSPOSSIBLE::BIGINT) AS poss, sum(AUTHORISEDABSENCE::BIGINT) AS auth, sum(UNAUTHORISEDABSENCE::BIGINT) AS unauth
        FROM (${absence}) GROUP BY ALL`],
    ['sa_exc', `SELECT UPN AS upn, ACADYR AS acadyr, count(*) FILTER (WHERE CATEGORY = 'FIXD') AS n_susp,
        coalesce(sum(SESSIONS::BIGINT) FILTER (WHERE CATEGORY = 'FIXD'), 0) AS susp_sessions, max(CASE WHEN CATEGORY = 'PERM' THEN 1 ELSE 0 END) AS perm
        FROM (${excl}) GROUP BY ALL`],
  ];
  for (const [name, sql] of parts) await db.con.run(`CREATE OR REPLACE TABLE ${name} AS ${sql}`);
  await db.con.run(`CREATE OR REPLACE TABLE sa_pupil AS
    SELECT coalesce(l.upn, a.upn) AS upn, coalesce(l.acadyr, a.acadyr) AS acadyr, l.nc_year, l.school_type, l.school_la,
      l.upn IS NOT NULL AS in_census, coalesce(s.sen_spring, l.sen_latest) AS sen, a.poss, a.auth, a.unauth,
      coalesce(x.n_susp, 0) AS n_susp, coalesce(x.susp_sessions, 0) AS susp_sessions, coalesce(x.perm, 0) AS perm
    FROM sa_latest l FULL JOIN sa_abs a ON a.upn = l.upn AND a.acadyr = l.acadyr
      LEFT JOIN sa_spring s ON s.upn = l.upn AND s.acadyr = l.acadyr
      LEFT JOIN sa_exc x ON x.upn = coalesce(l.upn, a.upn) AND x.acadyr = coalesce(l.acadyr, a.acadyr)`);
  for (const [name] of parts) await db.con.run(`DROP TABLE ${name}`);
  built.set(linked, true);
}

/**
 * Table `sa_cared`: the rows of `sa_pupil` of the pupils in `child_status` (every care cohort's pupils),
 * made once per child_status table. A care cohort's query per LA then joins a table the size of the
 * children in care, not every pupil of the country: at national size `benchmark` asks for 150 LAs, and
 * each probe of `sa_pupil` scanned millions of rows (the same rows come out: the join keeps only these).
 */
const caredFor = new WeakMap<Linked, number>();
async function buildCaredPupils(db: Db, linked: Linked): Promise<void> {
  const version = db.versions.get('child_status') ?? 0;
  if (caredFor.get(linked) === version) return;
  await db.con.run(`CREATE OR REPLACE TABLE sa_cared AS SELECT p.* FROM sa_pupil p
    WHERE EXISTS (SELECT 1 FROM child_status s WHERE s.pupil = p.upn AND s.acadyr = p.acadyr)`);
  caredFor.set(linked, version);
}

/** The cohort's pupils and years (care cohorts from child_status, `all` by the school's LA), with a date of birth where known. */
function cohortPupils(req: MeasureRequest, years: string): string {
  const la = `'${req.la.replace(/'/g, "''")}'`;
  if (req.cohort === 'all' || req.cohort === 'non_cla') {
    // every pupil whose latest census record of the year is at a school of this LA (README "`all` cohort"),
    // once; `non_cla` leaves out every pupil looked after for 12 months at 31 March by any LA
    const notCla = req.cohort === 'non_cla' ? 'AND NOT EXISTS (SELECT 1 FROM child_status s WHERE s.pupil = p.upn AND s.acadyr = p.acadyr AND s.cla_12m = 1)' : '';
    return `SELECT p.*, d.dob FROM sa_pupil p LEFT JOIN (SELECT pupil, acadyr, min(dob) AS dob FROM child_status GROUP BY ALL) d ON d.pupil = p.upn AND d.acadyr = p.acadyr
      WHERE p.acadyr IN (${years}) AND p.school_la = ${la} ${notCla}`;
  }
  const flag = { cla_12m: 's.cla_12m = 1', cla_31mar: 's.cla_31mar = 1', ever_cla: 's.ever_cla = 1', cla_under_12m: 's.cla_31mar = 1 AND s.cla_12m = 0' }[req.cohort];
  return `SELECT p.*, c.dob FROM (SELECT pupil, acadyr, min(dob) AS dob FROM child_status s WHERE s.la = ${la} AND ${flag} AND s.acadyr IN (${years}) GROUP BY ALL) c
    JOIN sa_cared p ON p.upn = c.pupil AND p.acadyr = c.acadyr`;
}

/** The school-age population of schoolAgeMeasures, as SQL over `c` (the cohort's pupils), with its phase: written once for the measures and the cohort counts. */
const POPULATION_SQL = `aged AS (SELECT *, CASE WHEN TRY_CAST(dob AS DATE) IS NOT NULL THEN date_diff('year', dob::DATE, make_date(CAST(left(acadyr, 4) AS INTEGER), 8, 31))
        - CASE WHEN strftime(dob::DATE, '%m-%d') > '08-31' THEN 1 ELSE 0 END END AS age FROM c),
    pop AS (SELECT *, CASE WHEN school_type = 'special' THEN 'special' WHEN school_type = 'ap' THEN 'alternative_provision'
          WHEN coalesce(nc_year <= 6, age <= 10) THEN 'primary' ELSE 'secondary' END AS phase
        FROM aged WHERE coalesce(school_type, '') <> 'independent'
          AND CASE WHEN age IS NOT NULL THEN age BETWEEN 5 AND 15 ELSE nc_year BETWEEN 1 AND 11 END)`;

export async function schoolAgeMeasures(db: Db, linked: Linked, req: MeasureRequest): Promise<MeasureRow[]> {
  const years = req.years.map((y) => `'${y}'`).join(', ');
  if (!years) return [];
  await buildSchoolAgePupils(db, linked);
  if (req.cohort !== 'all' && req.cohort !== 'non_cla') await buildCaredPupils(db, linked);
  // the measures of families absence, exclusions and sen, each from its definition's `aggregate` (compute/declared.ts)
  const measures = declaredMeasures('school_age');
  const result = await queryRows<Record<string, string | number | null>>(db, `
    WITH c AS (${cohortPupils(req, years)}), ${POPULATION_SQL}
    SELECT acadyr, grouping(phase) AS g, phase,
        ${declaredSelect(measures)}
    FROM pop GROUP BY GROUPING SETS ((acadyr), (acadyr, phase)) ORDER BY acadyr, g DESC, phase`);
  const cohortRows = await schoolCohortRows(db, req, years);
  const rows: MeasureRow[] = [];
  const PHASE_ORDER = ['primary', 'secondary', 'special', 'alternative_provision'];
  for (const year of req.years) {
    const mine = result.filter((r) => r.acadyr === year);
    const total = mine.find((r) => Number(r.g) === 1);
    const phases = mine.filter((r) => Number(r.g) === 0).sort((a, b) => PHASE_ORDER.indexOf(String(a.phase)) - PHASE_ORDER.indexOf(String(b.phase)));
    const groups: Array<[Record<string, string> | null, Record<string, unknown> | undefined]> = [[null, total], ...phases.map((r) => [{ phase: String(r.phase) }, r] as [Record<string, string>, Record<string, unknown>])];
    for (const [breakdown, r] of groups) rows.push(...declaredRows(measures, r, { year, la: req.la, cohort: req.cohort, breakdown }));
    rows.push(...cohortRows.filter((r) => r.year === year));
  }
  return rows;
}

const KEY_STAGES = ['ks1', 'ks2', 'ks3', 'ks4'] as const;
const LOCATIONS = ['in_la', 'out_of_la', 'unknown'] as const;

/**
 * `school_age_pupils` (measures/school/school_age_pupils.ts): the cohort's school-age children, by key
 * stage (NC year, else age on 31 August) and, for a care cohort, by where they go to school (the
 * latest census record's LA against the responsible LA; `all` pupils are at the LA's schools by
 * definition). Breakdown rows carry the total as their denominator (a share of it); every key stage
 * and location is a row, zero included, so the parts add up to the total for secondary suppression.
 */
async function schoolCohortRows(db: Db, req: MeasureRequest, years: string): Promise<MeasureRow[]> {
  const la = `'${req.la.replace(/'/g, "''")}'`;
  const result = await queryRows<Record<string, string | number | null>>(db, `
    WITH c AS (${cohortPupils(req, years)}), ${POPULATION_SQL},
    staged AS (SELECT acadyr, CASE WHEN nc_year IS NOT NULL THEN CASE WHEN nc_year <= 2 THEN 'ks1' WHEN nc_year <= 6 THEN 'ks2' WHEN nc_year <= 9 THEN 'ks3' ELSE 'ks4' END
          ELSE CASE WHEN age <= 6 THEN 'ks1' WHEN age <= 10 THEN 'ks2' WHEN age <= 13 THEN 'ks3' ELSE 'ks4' END END AS key_stage,
        CASE WHEN nullif(trim(school_la), '') IS NULL THEN 'unknown' WHEN school_la = ${la} THEN 'in_la' ELSE 'out_of_la' END AS school_location FROM pop)
    SELECT acadyr, key_stage, school_location, count(*)::INTEGER AS n FROM staged GROUP BY ALL`);
  const rows: MeasureRow[] = [];
  const careCohort = req.cohort !== 'all' && req.cohort !== 'non_cla';
  for (const year of req.years) {
    const mine = result.filter((r) => r.acadyr === year);
    const sum = (f: (r: Record<string, string | number | null>) => boolean) => mine.filter(f).reduce((a, r) => a + Number(r.n), 0);
    const total = sum(() => true);
    // no school-age child of the cohort in the pupil files of that year (often: no census for it): no rows, as the section is then left out
    if (total === 0) continue;
    const base = { id: 'school_age_pupils', year, la: req.la, cohort: req.cohort, unit: 'count' as const };
    rows.push(measureRow({ ...base, breakdown: null, numerator: total, denominator: null, children: total, value: total }));
    const part = (breakdown: Record<string, string>, n: number) => measureRow({ ...base, breakdown, numerator: n, denominator: total, children: n, value: n });
    for (const ks of KEY_STAGES) rows.push(part({ key_stage: ks }, sum((r) => r.key_stage === ks)));
    if (careCohort) for (const loc of LOCATIONS) {
      const n = sum((r) => r.school_location === loc);
      // "not known" only when some child's school LA is missing: a row of 0 says nothing
      if (loc !== 'unknown' || n > 0) rows.push(part({ school_location: loc }, n));
    }
  }
  return rows;
}
