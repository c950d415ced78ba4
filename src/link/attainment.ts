/**
 * Attainment columns of KS4 pupils: the KS4 pupil file's figures used as they are; where absent,
 * computed from the KS4 results file (src/derive/attainment, DfE slot rules); KS2 prior attainment from
 * the KS4 file or else the pupil's KS2 reading and maths scaled scores; Progress 8 supplied or
 * computed from the DfE estimate tables (src/derive/attainment). Builds table `ks4_att`.
 */
import { type Db, queryRows } from '../io/duck.js';
import { ks4Outcomes, pupilP8, sameSubjectRepeats, type Ks4Result, type P8TableLookup } from '../derive/attainment/index.js';

export async function fillAttainment(db: Db, tables: Set<string>, p8Tables: P8TableLookup): Promise<void> {
  await db.con.run(`CREATE OR REPLACE TABLE ks4_computed (pupil VARCHAR, ks4_year VARCHAR, att8 DOUBLE, em4 INTEGER, em5 INTEGER, ebacc_entry INTEGER,
    ebacc4 INTEGER, ebacc5 INTEGER, ebaccaps DOUBLE, att8_approx INTEGER)`);
  if (tables.has('KS4Results')) {
    const rows = await queryRows<{ pupil: string; ks4_year: string; subject: string; qual: string; ebacc: string; grade: string; points: string | null }>(db,
      `SELECT r.UPN AS pupil, r.ACADYR AS ks4_year, r.SUBJECT AS subject, r.QUAL AS qual, r.EBACC AS ebacc, r.GRADE AS grade, r.POINTS AS points
       FROM p_KS4Results r JOIN ks4_edu k ON k.pupil = r.UPN AND k.ks4_year = r.ACADYR
       WHERE NOT r._reject AND (k.att8_file IS NULL OR k.em4_file IS NULL OR k.ebacc_entry_file IS NULL) ORDER BY r.UPN, r.ACADYR, r._file, r._line`);
    const app = await db.con.createAppender('ks4_computed');
    const flush = (pupil: string, year: string, results: Ks4Result[]) => {
      const o = ks4Outcomes(results);
      const b = (v: boolean) => app.appendInteger(v ? 1 : 0);
      app.appendVarchar(pupil); app.appendVarchar(year); app.appendDouble(o.attainment8.att8);
      b(o.englishMaths4plus); b(o.englishMaths5plus); b(o.ebaccEntered); b(o.ebacc4plus); b(o.ebacc5plus); app.appendDouble(o.ebaccAps);
      // two results in one subject: the better counts here, the DfE counts the first entry (no entry dates in the input)
      b(sameSubjectRepeats(results) > 0);
      app.endRow();
    };
    let current: { pupil: string; year: string; results: Ks4Result[] } | null = null;
    for (const r of rows) {
      if (!current || current.pupil !== r.pupil || current.year !== r.ks4_year) {
        if (current) flush(current.pupil, current.year, current.results);
        current = { pupil: r.pupil, year: r.ks4_year, results: [] };
      }
      current.results.push({ year: r.ks4_year, subject: r.subject, qual: r.qual as Ks4Result['qual'], ebacc: r.ebacc as Ks4Result['ebacc'], grade: r.grade, points: r.points === null ? null : Number(r.points) });
    }
    if (current) flush(current.pupil, current.year, current.results);
    app.closeSync();
    // a KS4 pupil with no results row in a year the results file covers sat nothing: Attainment 8 0,
    // EBacc APS 0 and every threshold flag 0 (the DfE counts every pupil at the end of KS4: issue 12
    // item 3); the KS4 pupil file's own figures still win (coalesce below)
    await db.con.run(`INSERT INTO ks4_computed SELECT pupil, ks4_year, 0, 0, 0, 0, 0, 0, 0, 0 FROM ks4_edu WHERE no_results
      AND (att8_file IS NULL OR em4_file IS NULL OR ebacc_entry_file IS NULL)`);
  }
  const ks2 = tables.has('KS2Pupil')
    // DfE: the average of the KS2 reading and maths scaled scores, or the one score a pupil has
    ? `SELECT UPN AS pupil, (coalesce(TRY_CAST(READSCORE AS DOUBLE), TRY_CAST(MATSCORE AS DOUBLE)) + coalesce(TRY_CAST(MATSCORE AS DOUBLE), TRY_CAST(READSCORE AS DOUBLE))) / 2 AS emss, row_number() OVER (PARTITION BY UPN ORDER BY ACADYR DESC, _file, _line) AS k FROM p_KS2Pupil WHERE NOT _reject AND UPN IN (SELECT pupil FROM ks4_edu)`
    : 'SELECT NULL::VARCHAR AS pupil, NULL::DOUBLE AS emss, 1 AS k WHERE false';
  await db.con.run(`CREATE OR REPLACE TABLE ks4_pre AS SELECT e.*, coalesce(e.att8_file, c.att8) AS att8, coalesce(e.ks2emss_file, k2.emss) AS ks2_emss,
      coalesce(e.em4_file, c.em4) AS em4, coalesce(e.em5_file, c.em5) AS em5, coalesce(e.ebacc_entry_file, c.ebacc_entry) AS ebacc_entry,
      coalesce(e.ebacc4_file, c.ebacc4) AS ebacc4, coalesce(e.ebacc5_file, c.ebacc5) AS ebacc5, coalesce(e.ebaccaps_file, c.ebaccaps) AS ebaccaps,
      CASE WHEN e.att8_file IS NULL THEN c.att8_approx ELSE 0 END AS att8_approx,
      -- the English and maths and EBacc flags computed here from results with a repeated subject: approximate too
      CASE WHEN e.em4_file IS NULL THEN coalesce(c.att8_approx, 0) ELSE 0 END AS em_approx,
      CASE WHEN e.ebacc_entry_file IS NULL THEN coalesce(c.att8_approx, 0) ELSE 0 END AS ebacc_approx
    FROM ks4_edu e LEFT JOIN ks4_computed c USING (pupil, ks4_year) LEFT JOIN (${ks2}) k2 ON k2.pupil = e.pupil AND k2.k = 1`);
  // Progress 8 estimates: the DfE group of each distinct (year, KS2 score), judged once, with the
  // group's DfE lower threshold when the year has a thresholds table (NULL: none, scores unadjusted)
  const pairs = await queryRows<{ ks4_year: string; ks2_emss: number }>(db, `SELECT DISTINCT ks4_year, ks2_emss FROM ks4_pre WHERE ks2_emss IS NOT NULL`);
  await db.con.run(`CREATE OR REPLACE TABLE p8_estimate (ks4_year VARCHAR, ks2_emss DOUBLE, estimate DOUBLE, threshold DOUBLE)`);
  const app = await db.con.createAppender('p8_estimate');
  for (const p of pairs) {
    const r = pupilP8(0, Number(p.ks2_emss), p.ks4_year, p8Tables);
    if (r.value === null) continue;
    app.appendVarchar(p.ks4_year); app.appendDouble(Number(p.ks2_emss)); app.appendDouble(r.att8Estimate);
    if (r.lowerThreshold === null) app.appendNull(); else app.appendDouble(r.lowerThreshold);
    app.endRow();
  }
  app.closeSync();
  // a pupil the KS4 file flags as not in the Progress 8 calculation (INP8CALC 0) has no P8; a supplied
  // KS4_P8SCORE is the DfE's own pupil score and is used as it is; a score computed here is raised to
  // its group's lower threshold when the year has one, else it is unadjusted (p8_unadjusted 1)
  const computed = `CASE WHEN p.att8 IS NOT NULL AND x.estimate IS NOT NULL THEN greatest((p.att8 - x.estimate) / 10, coalesce(x.threshold, (p.att8 - x.estimate) / 10)) END`;
  const p8 = `CASE WHEN coalesce(p.inp8_file, 1) = 0 THEN NULL ELSE coalesce(p.p8_file, ${computed}) END`;
  const unadjusted = `CASE WHEN coalesce(p.inp8_file, 1) = 0 OR p.p8_file IS NOT NULL OR (${computed}) IS NULL THEN 0 WHEN x.threshold IS NULL THEN 1 ELSE 0 END`;
  await db.con.run(`CREATE OR REPLACE TABLE ks4_att AS SELECT p.*, ${p8} AS p8, CASE WHEN ${p8} IS NOT NULL THEN 1 ELSE 0 END AS in_p8,
      ${unadjusted} AS p8_unadjusted
    FROM ks4_pre p LEFT JOIN p8_estimate x ON x.ks4_year = p.ks4_year AND x.ks2_emss = p.ks2_emss`);
}
