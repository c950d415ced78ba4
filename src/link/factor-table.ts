/**
 * The per-pupil factor table (definitions.md): one row per KS4 pupil, year and responsible LA
 * (a pupil linked to children of two LAs is counted in each, as the DfE does; a pupil never looked
 * after has one row with la null). Built in DuckDB as table `factors`.
 */
import { type Db, queryRows } from '../io/duck.js';
import { careFactorsAt, type PlacementChangeOptions } from '../derive/care/index.js';
import { ethnicGroup } from '../domain/codes.js';
import type { CareData } from './care-data.js';
import type { Linkage } from './linkage.js';
import { buildEducationFactors } from './education.js';
import { fillAttainment } from './attainment.js';
import { stageTimer } from '../io/timing.js';

export const FACTOR_COLUMNS = ['pupil_key', 'ks4_year', 'la', 'school_la', 'school_urn', 'cla_12m', 'cla_31mar', 'ever_cla', 'days_in_care', 'age_at_entry',
  'periods_of_care', 'placement_changes_after_11', 'placements_in_year', 'placement_group_y11', 'not_foster_y11', 'school_change_y10_y11',
  'unauthorised_absence_pct', 'overall_absence_pct', 'suspension_days', 'permanently_excluded', 'sen_y11', 'school_type_y11', 'ks2_emss', 'att8', 'p8',
  'sex', 'ethnic_group'] as const;

/**
 * What a command needs of the factor tables: `pupils: 'linked'` builds the KS4 table only for pupils
 * linked to a 903 child (what every cohort but `all` reads: their rows need la, which only a linked
 * pupil has; the rows are the same as in the full table), and `ks2: false` skips the KS2 factor table.
 * The default, everything, is what report, benchmark and link use.
 */
export interface FactorScope { pupils?: 'all' | 'linked'; ks2?: boolean }

export async function buildFactorTable(db: Db, care: CareData, linkage: Linkage, tables: Set<string>, options: PlacementChangeOptions, p8Tables: Parameters<typeof fillAttainment>[2], scope: FactorScope = {}): Promise<void> {
  const lap = stageTimer();
  const withKs2 = scope.ks2 ?? true;
  let only: string | undefined;
  if (scope.pupils === 'linked') {
    await db.con.run('CREATE OR REPLACE TABLE focus_pupils (pupil VARCHAR)');
    const app = await db.con.createAppender('focus_pupils');
    for (const p of [...new Set(linkage.pupilOfChild.values())].sort()) { app.appendVarchar(p); app.endRow(); }
    app.closeSync();
    only = 'focus_pupils';
  }
  await buildEducationFactors(db, tables, only);
  lap('  education factors');
  await fillAttainment(db, tables, p8Tables);
  lap('  attainment and P8');
  // care factors at the census date of every KS4 and KS2 year in the data
  const ks2Years = withKs2 && tables.has('KS2Pupil') ? `UNION SELECT DISTINCT CAST(left(ACADYR, 4) AS INTEGER) + 1 FROM p_KS2Pupil WHERE NOT _reject` : '';
  const years = (await queryRows<{ y: number }>(db, `SELECT DISTINCT y FROM ks4 ${ks2Years} ORDER BY 1`)).map((r) => Number(r.y));
  await db.con.run(`CREATE OR REPLACE TABLE care_factors (pupil VARCHAR, y INTEGER, la VARCHAR, cla_12m INTEGER, cla_31mar INTEGER, ever_cla INTEGER,
    days_in_care INTEGER, age_at_entry INTEGER, periods_of_care INTEGER, placement_changes_after_11 INTEGER, placements_in_year INTEGER,
    placement_group_y11 VARCHAR, not_foster_y11 INTEGER, sex VARCHAR, ethnic_group VARCHAR, birth_month VARCHAR)`);
  const app = await db.con.createAppender('care_factors');
  const int = (v: number | null) => (v === null ? app.appendNull() : app.appendInteger(v));
  const str = (v: string | null) => (v === null ? app.appendNull() : app.appendVarchar(v));
  for (const [childKey, pupil] of [...linkage.pupilOfChild].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const child = care.children.get(childKey)!;
    const history = care.histories.get(childKey);
    for (const y of years) {
      const f = careFactorsAt(history, child, `${y}-03-31`, options);
      if (!f.ever_cla) continue; // care that began after this census date: not in care for this KS4 year
      str(pupil); app.appendInteger(y); str(child.la);
      int(f.cla_12m); int(f.cla_31mar); int(f.ever_cla); int(f.days_in_care); int(f.age_at_entry); int(f.periods_of_care);
      int(f.placement_changes_after_11); int(f.placements_in_year); str(f.placement_group_y11); int(f.not_foster_y11);
      str(child.sex); str(ethnicGroup(child.ethnic)); str(child.dob ? child.dob.slice(0, 7) : null);
      app.endRow();
    }
  }
  app.closeSync();
  lap('  care factors');
  await db.con.run(`CREATE OR REPLACE TABLE factors AS
    SELECT e.pupil AS pupil_key, e.ks4_year, c.la, coalesce(e.census_la, e.ks4_la) AS school_la, coalesce(e.urn, e.census_urn) AS school_urn,
      coalesce(c.cla_12m, 0) AS cla_12m, coalesce(c.cla_31mar, 0) AS cla_31mar, coalesce(c.ever_cla, 0) AS ever_cla,
      c.days_in_care, c.age_at_entry, c.periods_of_care, c.placement_changes_after_11, c.placements_in_year, c.placement_group_y11, c.not_foster_y11,
      e.school_change_y10_y11, e.unauthorised_absence_pct, e.overall_absence_pct, e.suspension_days, e.permanently_excluded, e.sen_y11, e.school_type_y11,
      e.ks2_emss, e.att8, e.p8, c.sex, c.ethnic_group, c.birth_month,
      e.y, e.suspended, e.em4, e.em5, e.eng4, e.eng5, e.mat4, e.mat5, e.ebacc_entry, e.ebacc4, e.ebacc5, e.ebaccaps, e.pass5_em4, e.pass5_em5, e.in_p8, e.p8_unadjusted, e.att8_approx, e.results_repeat, e.em_approx, e.ebacc_approx, e.abs_possible, e.abs_overall, e.abs_unauth
    FROM ks4_att e LEFT JOIN care_factors c ON c.pupil = e.pupil AND c.y = e.y
    ORDER BY e.ks4_year, c.la NULLS LAST, e.pupil`);
  lap('  KS4 factor table');
  if (withKs2) {
    await buildKs2FactorTable(db, tables);
    lap('  KS2 factor table');
  }
}

/** Columns of the KS2 factor table (census date 31 March of the KS2 year; Year 6). */
export const KS2_FACTOR_COLUMNS = ['pupil_key', 'ks2_year', 'la', 'school_la', 'school_urn', 'cla_12m', 'cla_31mar', 'ever_cla', 'days_in_care', 'age_at_entry',
  'periods_of_care', 'placements_in_year', 'placement_group_y6', 'unauthorised_absence_pct', 'overall_absence_pct', 'suspension_days', 'permanently_excluded',
  'sen_y6', 'school_type_y6', 'read_score', 'mat_score', 'rwm_expected', 'sex', 'ethnic_group', 'birth_month'] as const;

/**
 * The KS2 factor table (definitions.md: "built the same way with its own census date"): one row per
 * KS2 pupil, year and responsible LA, with the care factors at 31 March of the KS2 year and the
 * education factors of that year (absence, suspensions, SEN and school type from its census).
 */
async function buildKs2FactorTable(db: Db, tables: Set<string>): Promise<void> {
  const none = (cols: string) => `(SELECT ${cols} WHERE false)`;
  const ks2 = tables.has('KS2Pupil') ? `SELECT * FROM p_KS2Pupil WHERE NOT _reject` : none('NULL::VARCHAR AS UPN, NULL::VARCHAR AS ACADYR, NULL AS READSCORE, NULL AS MATSCORE, NULL AS RWMEXP, NULL AS READEXP, NULL AS MATEXP, NULL AS WRITTAEXP, 0 AS _file, 0 AS _line');
  const census = tables.has('Census') ? `SELECT * FROM p_Census WHERE NOT _reject` : none("NULL::VARCHAR AS UPN, NULL::VARCHAR AS ACADEMICYEAR, NULL::VARCHAR AS CENSUSTERM, NULL::VARCHAR AS URN, NULL::VARCHAR AS LA, NULL::VARCHAR AS SENPROVISION, NULL::VARCHAR AS SCHOOLTYPE, 0 AS _file, 0 AS _line");
  const absence = tables.has('Absence') ? `SELECT * FROM p_Absence WHERE NOT _reject` : none('NULL::VARCHAR AS UPN, NULL::VARCHAR AS ACADYR, NULL AS SESSIONSPOSSIBLE, NULL AS AUTHORISEDABSENCE, NULL AS UNAUTHORISEDABSENCE');
  const excl = tables.has('Exclusions') ? `SELECT * FROM p_Exclusions WHERE NOT _reject` : none('NULL::VARCHAR AS UPN, NULL::VARCHAR AS ACADYR, NULL::VARCHAR AS CATEGORY, NULL AS SESSIONS');
  // one table per part, not CTEs of one statement (as education.ts): a single statement holds the
  // windows, aggregates and joins in memory at once and fails under a small DuckDB memory limit
  const parts: Array<[string, string]> = [
    ['ks2_k', `SELECT * EXCLUDE (n) FROM (SELECT UPN AS pupil, ACADYR AS ks2_year, CAST(left(ACADYR, 4) AS INTEGER) + 1 AS y, TRY_CAST(READSCORE AS INTEGER) AS read_score,
        TRY_CAST(MATSCORE AS INTEGER) AS mat_score, coalesce(TRY_CAST(RWMEXP AS INTEGER), CASE WHEN READEXP IS NOT NULL AND MATEXP IS NOT NULL AND WRITTAEXP IS NOT NULL
          THEN (READEXP = '1' AND MATEXP = '1' AND WRITTAEXP = '1')::INTEGER END) AS rwm_expected,
        row_number() OVER (PARTITION BY UPN, ACADYR ORDER BY _file, _line) AS n FROM (${ks2})) WHERE n = 1`],
    ['ks2_c', `SELECT * EXCLUDE (n) FROM (SELECT UPN, ACADEMICYEAR, URN, LA, SENPROVISION, SCHOOLTYPE, row_number() OVER (PARTITION BY UPN, ACADEMICYEAR
          ORDER BY CASE CENSUSTERM WHEN 'AUT' THEN 1 WHEN 'SPR' THEN 2 ELSE 3 END DESC, _file DESC, _line DESC) AS n FROM (${census})
          WHERE (UPN, ACADEMICYEAR) IN (SELECT pupil, ks2_year FROM ks2_k)) WHERE n = 1`],
    ['ks2_a', `SELECT UPN, ACADYR, sum(SESSIONSPOSSIBLE::INTEGER) AS poss, sum(AUTHORISEDABSENCE::INTEGER) AS auth, sum(UNAUTHORISEDABSENCE::INTEGER) AS unauth
        FROM (${absence}) WHERE (UPN, ACADYR) IN (SELECT pupil, ks2_year FROM ks2_k) GROUP BY ALL`],
    ['ks2_x', `SELECT UPN, ACADYR, sum(CASE WHEN CATEGORY = 'FIXD' THEN SESSIONS::INTEGER ELSE 0 END) / 2.0 AS susp, max(CASE WHEN CATEGORY = 'PERM' THEN 1 ELSE 0 END) AS perm
        FROM (${excl}) WHERE (UPN, ACADYR) IN (SELECT pupil, ks2_year FROM ks2_k) GROUP BY ALL`],
  ];
  for (const [name, sql] of parts) await db.con.run(`CREATE OR REPLACE TABLE ${name} AS ${sql}`);
  await db.con.run(`CREATE OR REPLACE TABLE factors_ks2 AS
    SELECT k.pupil AS pupil_key, k.ks2_year, cf.la, c.LA AS school_la, c.URN AS school_urn, coalesce(cf.cla_12m, 0) AS cla_12m, coalesce(cf.cla_31mar, 0) AS cla_31mar,
      coalesce(cf.ever_cla, 0) AS ever_cla, cf.days_in_care, cf.age_at_entry, cf.periods_of_care, cf.placements_in_year, cf.placement_group_y11 AS placement_group_y6,
      CASE WHEN a.poss > 0 THEN 100.0 * a.unauth / a.poss END AS unauthorised_absence_pct, CASE WHEN a.poss > 0 THEN 100.0 * (a.auth + a.unauth) / a.poss END AS overall_absence_pct,
      CASE WHEN a.UPN IS NOT NULL OR c.UPN IS NOT NULL THEN coalesce(x.susp, 0) END AS suspension_days,
      CASE WHEN a.UPN IS NOT NULL OR c.UPN IS NOT NULL THEN coalesce(x.perm, 0) END AS permanently_excluded,
      CASE WHEN c.SENPROVISION IN ('E','S') THEN 'ehcp' WHEN c.SENPROVISION = 'K' THEN 'support' WHEN c.SENPROVISION = 'N' THEN 'none' END AS sen_y6,
      c.SCHOOLTYPE AS school_type_y6, k.read_score, k.mat_score, k.rwm_expected, cf.sex, cf.ethnic_group, cf.birth_month
    FROM ks2_k k LEFT JOIN care_factors cf ON cf.pupil = k.pupil AND cf.y = k.y
      LEFT JOIN ks2_c c ON c.UPN = k.pupil AND c.ACADEMICYEAR = k.ks2_year
      LEFT JOIN ks2_a a ON a.UPN = k.pupil AND a.ACADYR = k.ks2_year
      LEFT JOIN ks2_x x ON x.UPN = k.pupil AND x.ACADYR = k.ks2_year
    ORDER BY k.ks2_year, cf.la NULLS LAST, k.pupil`);
  for (const [name] of parts) await db.con.run(`DROP TABLE ${name}`);
}
