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

export const FACTOR_COLUMNS = ['pupil_key', 'ks4_year', 'la', 'school_la', 'school_urn', 'cla_12m', 'cla_31mar', 'ever_cla', 'days_in_care', 'age_at_entry',
  'periods_of_care', 'placement_changes_after_11', 'placements_in_year', 'placement_group_y11', 'not_foster_y11', 'school_change_y10_y11',
  'unauthorised_absence_pct', 'overall_absence_pct', 'suspension_days', 'permanently_excluded', 'sen_y11', 'school_type_y11', 'ks2_emss', 'att8', 'p8',
  'sex', 'ethnic_group'] as const;

export async function buildFactorTable(db: Db, care: CareData, linkage: Linkage, tables: Set<string>, options: PlacementChangeOptions): Promise<void> {
  await buildEducationFactors(db, tables);
  await fillAttainment(db, tables);
  const years = (await queryRows<{ y: number }>(db, `SELECT DISTINCT y FROM ks4 ORDER BY y`)).map((r) => Number(r.y));
  await db.con.run(`CREATE OR REPLACE TEMP TABLE care_factors (pupil VARCHAR, y INTEGER, la VARCHAR, cla_12m INTEGER, cla_31mar INTEGER, ever_cla INTEGER,
    days_in_care INTEGER, age_at_entry INTEGER, periods_of_care INTEGER, placement_changes_after_11 INTEGER, placements_in_year INTEGER,
    placement_group_y11 VARCHAR, not_foster_y11 INTEGER, sex VARCHAR, ethnic_group VARCHAR)`);
  const app = await db.con.createAppender('care_factors', 'main', 'temp');
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
      str(child.sex); str(ethnicGroup(child.ethnic));
      app.endRow();
    }
  }
  app.closeSync();
  await db.con.run(`CREATE OR REPLACE TABLE factors AS
    SELECT e.pupil AS pupil_key, e.ks4_year, c.la, coalesce(e.census_la, e.ks4_la) AS school_la, coalesce(e.urn, e.census_urn) AS school_urn,
      coalesce(c.cla_12m, 0) AS cla_12m, coalesce(c.cla_31mar, 0) AS cla_31mar, coalesce(c.ever_cla, 0) AS ever_cla,
      c.days_in_care, c.age_at_entry, c.periods_of_care, c.placement_changes_after_11, c.placements_in_year, c.placement_group_y11, c.not_foster_y11,
      e.school_change_y10_y11, e.unauthorised_absence_pct, e.overall_absence_pct, e.suspension_days, e.permanently_excluded, e.sen_y11, e.school_type_y11,
      e.ks2_emss, e.att8, e.p8, c.sex, c.ethnic_group,
      e.y, e.suspended, e.em4, e.em5, e.eng4, e.eng5, e.mat4, e.mat5, e.ebacc_entry, e.ebacc4, e.ebacc5, e.ebaccaps, e.pass5_em4, e.pass5_em5, e.in_p8, e.abs_possible, e.abs_overall, e.abs_unauth
    FROM ks4_att e LEFT JOIN care_factors c ON c.pupil = e.pupil AND c.y = e.y
    ORDER BY e.ks4_year, c.la NULLS LAST, e.pupil`);
}
