/**
 * Education factors of KS4 pupils, in SQL over the validated pupil tables (definitions.md,
 * "Education factors"). The KS4 year `2023/24` has census date 31 March 2024; "Y−1 and Y" are the
 * academic years 2022/23 and 2023/24 (Years 10 and 11).
 */
import type { Db } from '../io/duck.js';
import { stageTimer } from '../io/timing.js';

const ayEnd = (col: string) => `(CAST(left(${col}, 4) AS INTEGER) + 1)`;
const empty = (cols: string) => `(SELECT ${cols} WHERE false)`;

/**
 * Builds the table `ks4_edu`: one row per KS4 pupil and year with the education columns; with `only`
 * (a table with a column `pupil`), for those pupils alone (each pupil's rows are the same either way:
 * every part below is per pupil, and the census, absence, exclusions and results are read only for
 * the KS4 pupils kept).
 */
export async function buildEducationFactors(db: Db, tables: Set<string>, only?: string): Promise<void> {
  const has = (t: string) => tables.has(t);
  const lap = stageTimer();
  // the KS4 pupil file: one row per pupil and year (duplicates were rejected by validation)
  await db.con.run(`CREATE OR REPLACE TABLE ks4 AS SELECT * EXCLUDE (k) FROM (
    SELECT UPN AS pupil, ACADYR AS ks4_year, ${ayEnd('ACADYR')} AS y, URN AS urn, LA AS ks4_la, TRY_CAST(ATT8 AS DOUBLE) AS att8_file,
      TRY_CAST(P8SCORE AS DOUBLE) AS p8_file, TRY_CAST(INP8CALC AS INTEGER) AS inp8_file, TRY_CAST(KS2EMSS AS DOUBLE) AS ks2emss_file, TRY_CAST(L2BASICS_94 AS INTEGER) AS em4_file,
      TRY_CAST(L2BASICS_95 AS INTEGER) AS em5_file, TRY_CAST(EBACC_E_PTQ_EE AS INTEGER) AS ebacc_entry_file, TRY_CAST(EBACC_94 AS INTEGER) AS ebacc4_file,
      TRY_CAST(EBACC_95 AS INTEGER) AS ebacc5_file, TRY_CAST(EBACCAPS AS DOUBLE) AS ebaccaps_file,
      row_number() OVER (PARTITION BY UPN, ACADYR ORDER BY _file, _line) AS k
    FROM ${has('KS4Pupil') ? 'p_KS4Pupil' : empty("NULL::VARCHAR AS UPN, NULL::VARCHAR AS ACADYR, NULL::VARCHAR AS URN, NULL::VARCHAR AS LA, NULL AS ATT8, NULL AS P8SCORE, NULL AS INP8CALC, NULL AS KS2EMSS, NULL AS L2BASICS_94, NULL AS L2BASICS_95, NULL AS EBACC_E_PTQ_EE, NULL AS EBACC_94, NULL AS EBACC_95, NULL AS EBACCAPS, 0 AS _file, 0 AS _line, false AS _reject")}
    WHERE NOT _reject${only ? ` AND UPN IN (SELECT pupil FROM ${only})` : ''}) WHERE k = 1`);
  lap('    ks4 pupils');

  const census = has('Census') ? `SELECT UPN, ACADEMICYEAR, ${ayEnd('ACADEMICYEAR')} AS y, CASE CENSUSTERM WHEN 'AUT' THEN 1 WHEN 'SPR' THEN 2 ELSE 3 END AS t,
      URN, LA, SENPROVISION, SCHOOLTYPE, _file, _line FROM p_Census WHERE NOT _reject`
    : empty('NULL::VARCHAR AS UPN, NULL::VARCHAR AS ACADEMICYEAR, 0 AS y, 0 AS t, NULL::VARCHAR AS URN, NULL::VARCHAR AS LA, NULL::VARCHAR AS SENPROVISION, NULL::VARCHAR AS SCHOOLTYPE, 0 AS _file, 0 AS _line');

  const absence = has('Absence') ? `SELECT UPN, ${ayEnd('ACADYR')} AS y, SESSIONSPOSSIBLE::INTEGER AS poss, AUTHORISEDABSENCE::INTEGER AS auth, UNAUTHORISEDABSENCE::INTEGER AS unauth FROM p_Absence WHERE NOT _reject`
    : empty('NULL::VARCHAR AS UPN, 0 AS y, 0 AS poss, 0 AS auth, 0 AS unauth');
  const excl = has('Exclusions') ? `SELECT UPN, ${ayEnd('ACADYR')} AS y, CATEGORY, SESSIONS::INTEGER AS sessions FROM p_Exclusions WHERE NOT _reject`
    : empty('NULL::VARCHAR AS UPN, 0 AS y, NULL::VARCHAR AS CATEGORY, 0 AS sessions');
  const results = has('KS4Results') ? `SELECT UPN, ACADYR, SUBJECT, QUAL, EBACC, GRADE, TRY_CAST(POINTS AS DOUBLE) AS POINTS, _file, _line FROM p_KS4Results WHERE NOT _reject`
    : empty('NULL::VARCHAR AS UPN, NULL::VARCHAR AS ACADYR, NULL::VARCHAR AS SUBJECT, NULL::VARCHAR AS QUAL, NULL::VARCHAR AS EBACC, NULL::VARCHAR AS GRADE, NULL::DOUBLE AS POINTS, 0 AS _file, 0 AS _line');

  // each part is its own table, not a CTE of one statement: one statement would hold all five hash
  // aggregates and their joins in memory at once, which fails under a small memory limit (ten years of
  // national data under 2 GB); stored tables are evicted to disk between steps
  const parts: Array<[string, string]> = [
    // the census rows of each KS4 pupil up to its KS4 year, in one hash aggregate per pupil and KS4 year
    // (two window functions over the whole sequence took 4-5 times as long at national size, with the
    // same tables: checked row for row on 2,000,100 KS4 pupils). URN is required in the census, so:
    // a school move in Years 10-11 (y-1, y) is a change of URN between consecutive rows of the
    // pupil's sequence from its last row before y-1 to its last row of y, i.e. more than one URN among
    // those rows; the school at 16 is the pupil's latest row of y (term, then file and line order)
    ['edu_census', `SELECT k.pupil, k.ks4_year,
          count(*) FILTER (WHERE c.y >= k.y - 1) AS n,
          min(c.URN) FILTER (WHERE c.y >= k.y - 1) AS lo_urn, max(c.URN) FILTER (WHERE c.y >= k.y - 1) AS hi_urn,
          arg_max(c.URN, (c.y, c.t, c._file, c._line)) FILTER (WHERE c.y < k.y - 1) AS before_urn,
          arg_max({'urn': c.URN, 'la': c.LA, 'sen': c.SENPROVISION, 'school_type': c.SCHOOLTYPE}, (c.t, c._file, c._line)) FILTER (WHERE c.y = k.y) AS latest
        FROM ks4 k JOIN (${census}) c ON c.UPN = k.pupil AND c.y <= k.y GROUP BY k.pupil, k.ks4_year`],
    ['edu_moves', `SELECT pupil, ks4_year, CASE WHEN lo_urn <> hi_urn OR before_urn <> lo_urn OR before_urn <> hi_urn THEN 1 ELSE 0 END AS moved, n
        FROM edu_census WHERE n > 0`],
    ['edu_latest', `SELECT pupil, ks4_year, latest.urn AS urn, latest.la AS la, latest.sen AS sen, latest.school_type AS school_type
        FROM edu_census WHERE latest IS NOT NULL`],
    ['edu_abs', `SELECT k.pupil, k.ks4_year, sum(a.poss) AS poss, sum(a.auth) AS auth, sum(a.unauth) AS unauth
        FROM ks4 k JOIN (${absence}) a ON a.UPN = k.pupil AND a.y IN (k.y, k.y - 1) GROUP BY ALL`],
    ['edu_exc', `SELECT k.pupil, k.ks4_year, sum(CASE WHEN e.CATEGORY = 'FIXD' THEN e.sessions ELSE 0 END) / 2.0 AS susp_days,
          max(CASE WHEN e.CATEGORY = 'PERM' THEN 1 ELSE 0 END) AS perm, sum(CASE WHEN e.CATEGORY = 'FIXD' THEN 1 ELSE 0 END) AS n_susp
        FROM ks4 k JOIN (${excl}) e ON e.UPN = k.pupil AND e.y IN (k.y, k.y - 1) GROUP BY ALL`],
    // item 3 of issue 12: the KS4 years the results file covers, and the pupils with any row in it (a
    // rejected row still shows the pupil has results, so the pupil is not scored 0 for it)
    ['edu_res_years', `SELECT DISTINCT ACADYR AS ks4_year FROM (${results})`],
    ['edu_res_any', `SELECT DISTINCT UPN AS pupil, ACADYR AS ks4_year FROM ${has('KS4Results') ? 'p_KS4Results' : `(${results})`} WHERE UPN IN (SELECT pupil FROM ks4)`],
    // one result per subject for the pass counts (DfE discounting; src/derive/attainment/result.ts
    // scoreAll: results of one QUAL and SUBJECT, case and spacing ignored, are one family and the best
    // counts, the first row on a tie); results_repeat: a family with two scored results, where the DfE's
    // first-entry rule (no entry dates in the input) could count another: figures from the results are
    // then labelled approximate
    ['edu_res', `WITH graded AS (SELECT UPN, ACADYR, QUAL, EBACC, GRADE, _file, _line,
          QUAL || '|' || upper(regexp_replace(trim(SUBJECT), '\\s+', ' ', 'g')) AS fam, POINTS,
          CASE WHEN GRADE IN ('U') THEN 0 WHEN regexp_matches(GRADE, '^[1-9]$') THEN GRADE::INTEGER
            -- legacy A*–G letter grades at their DfE points from 2016/17 (src/derive/attainment/result.ts): C 4, B 5.5
            WHEN QUAL = 'GCSE' AND GRADE IN ('A*','A','B','C','D','E','F','G') THEN CASE GRADE WHEN 'A*' THEN 8.5 WHEN 'A' THEN 7 WHEN 'B' THEN 5.5 WHEN 'C' THEN 4 WHEN 'D' THEN 3 WHEN 'E' THEN 2 WHEN 'F' THEN 1.5 ELSE 1 END END AS g,
          CASE WHEN regexp_matches(GRADE, '^[1-9U]-[1-9U]$') THEN replace(split_part(GRADE, '-', 1), 'U', '0')::INTEGER END AS g1,
          CASE WHEN regexp_matches(GRADE, '^[1-9U]-[1-9U]$') THEN replace(split_part(GRADE, '-', 2), 'U', '0')::INTEGER END AS g2
        FROM (${results}) WHERE UPN IN (SELECT pupil FROM ks4)),
      grades AS (SELECT *, CASE WHEN tot IS NOT NULL THEN row_number() OVER (PARTITION BY UPN, ACADYR, fam, tot IS NULL ORDER BY tot DESC, _file, _line) END AS rk,
          count(tot) OVER (PARTITION BY UPN, ACADYR, fam) AS n_fam
        FROM (SELECT *, CASE WHEN QUAL = 'GCSE' THEN coalesce(g, g1 + g2) WHEN POINTS >= 0 THEN POINTS END AS tot FROM graded))
      SELECT UPN AS pupil, ACADYR AS ks4_year,
          max(CASE WHEN EBACC IN ('ENG_LANG','ENG_LIT') AND QUAL = 'GCSE' THEN g END) AS eng,
          max(CASE WHEN EBACC = 'MATHS' AND QUAL = 'GCSE' THEN g END) AS mat,
          sum(CASE WHEN QUAL = 'GCSE' AND rk = 1 AND g >= 4 THEN 1 ELSE 0 END) + sum(CASE WHEN QUAL = 'GCSE' AND rk = 1 AND g1 >= 4 THEN 1 ELSE 0 END) + sum(CASE WHEN QUAL = 'GCSE' AND rk = 1 AND g2 >= 4 THEN 1 ELSE 0 END) AS passes4,
          sum(CASE WHEN QUAL = 'GCSE' AND rk = 1 AND g >= 5 THEN 1 ELSE 0 END) + sum(CASE WHEN QUAL = 'GCSE' AND rk = 1 AND g1 >= 5 THEN 1 ELSE 0 END) + sum(CASE WHEN QUAL = 'GCSE' AND rk = 1 AND g2 >= 5 THEN 1 ELSE 0 END) AS passes5,
          max(CASE WHEN n_fam > 1 THEN 1 ELSE 0 END) AS results_repeat
        FROM grades GROUP BY ALL`],
  ];
  for (const [name, sql] of parts) {
    await db.con.run(`CREATE OR REPLACE TABLE ${name} AS ${sql}`);
    lap(`    ${name}`);
  }
  await db.con.run(`CREATE OR REPLACE TABLE ks4_edu AS
    SELECT k.*, ry.ks4_year IS NOT NULL AND ya.pupil IS NULL AND coalesce(k.att8_file, 0) = 0 AND coalesce(k.em4_file, 0) + coalesce(k.em5_file, 0) + coalesce(k.ebacc_entry_file, 0) + coalesce(k.ebacc4_file, 0) + coalesce(k.ebacc5_file, 0) + coalesce(k.ebaccaps_file, 0) = 0 AS no_results, m.moved AS school_change_y10_y11, l.urn AS census_urn, l.la AS census_la,
      CASE WHEN l.sen IN ('E','S') THEN 'ehcp' WHEN l.sen = 'K' THEN 'support' WHEN l.sen = 'N' THEN 'none' END AS sen_y11,
      l.school_type AS school_type_y11,
      a.poss AS abs_possible, a.auth + a.unauth AS abs_overall, a.unauth AS abs_unauth,
      CASE WHEN a.poss > 0 THEN 100.0 * a.unauth / a.poss END AS unauthorised_absence_pct,
      CASE WHEN a.poss > 0 THEN 100.0 * (a.auth + a.unauth) / a.poss END AS overall_absence_pct,
      CASE WHEN a.pupil IS NOT NULL OR l.pupil IS NOT NULL THEN coalesce(x.susp_days, 0) END AS suspension_days,
      CASE WHEN a.pupil IS NOT NULL OR l.pupil IS NOT NULL THEN coalesce(x.perm, 0) END AS permanently_excluded,
      CASE WHEN a.pupil IS NOT NULL OR l.pupil IS NOT NULL THEN CASE WHEN coalesce(x.n_susp, 0) > 0 THEN 1 ELSE 0 END END AS suspended,
      CASE WHEN r.pupil IS NOT NULL OR no_results THEN CASE WHEN r.eng >= 4 THEN 1 ELSE 0 END END AS eng4,
      CASE WHEN r.pupil IS NOT NULL OR no_results THEN CASE WHEN r.eng >= 5 THEN 1 ELSE 0 END END AS eng5,
      CASE WHEN r.pupil IS NOT NULL OR no_results THEN CASE WHEN r.mat >= 4 THEN 1 ELSE 0 END END AS mat4,
      CASE WHEN r.pupil IS NOT NULL OR no_results THEN CASE WHEN r.mat >= 5 THEN 1 ELSE 0 END END AS mat5,
      CASE WHEN r.pupil IS NOT NULL OR no_results THEN CASE WHEN r.passes4 >= 5 AND r.eng >= 4 AND r.mat >= 4 THEN 1 ELSE 0 END END AS pass5_em4,
      CASE WHEN r.pupil IS NOT NULL OR no_results THEN CASE WHEN r.passes5 >= 5 AND r.eng >= 5 AND r.mat >= 5 THEN 1 ELSE 0 END END AS pass5_em5,
      coalesce(r.results_repeat, 0) AS results_repeat
    FROM ks4 k LEFT JOIN edu_moves m USING (pupil, ks4_year) LEFT JOIN edu_latest l USING (pupil, ks4_year) LEFT JOIN edu_abs a USING (pupil, ks4_year)
      LEFT JOIN edu_exc x USING (pupil, ks4_year) LEFT JOIN edu_res r USING (pupil, ks4_year)
      -- a KS4 pupil with no results row in a year the results file covers, and no attainment in the KS4
      -- pupil file (no A8 above 0, no flag 1), sat nothing: A8 0, every flag 0 (the DfE counts every
      -- pupil at the end of KS4: issue 12 item 3); a pupil the KS4 file shows with results keeps
      -- missing subject flags (unknown, not 0)
      LEFT JOIN edu_res_years ry ON ry.ks4_year = k.ks4_year LEFT JOIN edu_res_any ya ON ya.pupil = k.pupil AND ya.ks4_year = k.ks4_year`);
  for (const [name] of parts) await db.con.run(`DROP TABLE ${name}`);
  lap('    education columns');
}
