/**
 * `cla-analyse model <folder>`: the Rees-style factor model (shared/spec/model.md) on the linked
 * factor table: OLS with cluster-robust errors or a random-intercept model, and expected versus
 * observed by LA or school.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { closeDb, openDb, queryRows } from '../../io/duck.js';
import { linkFolder } from '../../link/pipeline.js';
import { FACTOR_COLUMNS } from '../../link/factor-table.js';
import type { FactorRow } from '../../link/factor-row.js';
import { cohortCondition, type Cohort } from '../../measures/compute/context.js';
import {
  compareExpectedObserved, fitFactorModel, loadModel, reesPreset, renderExpectedObservedCsv, renderExpectedObservedJson, renderExpectedObservedMarkdown,
  renderModelCsv, renderModelJson, renderModelMarkdown, saveModel, toSavedModel, type ClusterBy, type Estimator, type Outcome,
} from '../../model/index.js';
import type { Io } from '../io.js';

export interface ModelOptions { folder: string; estimator: Estimator; cluster: ClusterBy; outcome: Outcome; cohort: Cohort; years?: string[]; format: 'json' | 'csv' | 'md'; save?: string; model?: string; groupBy: 'la' | 'school' }

const NUMERIC = new Set(['cla_12m', 'cla_31mar', 'ever_cla', 'days_in_care', 'age_at_entry', 'periods_of_care', 'placement_changes_after_11', 'placements_in_year', 'not_foster_y11',
  'school_change_y10_y11', 'unauthorised_absence_pct', 'overall_absence_pct', 'suspension_days', 'permanently_excluded', 'ks2_emss', 'att8', 'p8']);

export async function modelCommand(io: Io, o: ModelOptions): Promise<number> {
  const db = await openDb();
  try {
    await linkFolder(db, { folder: o.folder });
    const cond = o.cohort === 'all' ? 'true' : cohortCondition(o.cohort, '__any__').replace(/la = '__any__' AND /, 'la IS NOT NULL AND ');
    const yearCond = o.years?.length ? ` AND ks4_year IN (${o.years.map((y) => `'${y}'`).join(', ')})` : '';
    const raw = await queryRows<Record<string, string | number | null>>(db, `SELECT ${FACTOR_COLUMNS.join(', ')} FROM factors WHERE ${cond}${yearCond} ORDER BY ks4_year, la, pupil_key`);
    const rows = raw.map((r) => {
      const out: Record<string, unknown> = {};
      for (const c of FACTOR_COLUMNS) out[c] = r[c] === null || r[c] === undefined ? null : NUMERIC.has(c) ? Number(r[c]) : String(r[c]);
      return out as unknown as FactorRow;
    });
    const saved = o.model ? loadModel(readFileSync(o.model, 'utf8'), o.model) : null;
    const estimable = (f: unknown) => !!f && !(typeof f === 'object' && 'estimable' in f && (f as { estimable: unknown }).estimable === false);
    let fitted: ReturnType<typeof fitFactorModel> | null = null;
    if (!saved) {
      fitted = fitFactorModel({ rows, spec: reesPreset(o.outcome, o.cluster), estimator: o.estimator });
      if (o.save && estimable(fitted)) writeFileSync(o.save, saveModel(fitted as never));
    }
    const model = saved ?? (estimable(fitted) ? toSavedModel(fitted as never) : null);
    const eo = model ? compareExpectedObserved(model, rows, o.groupBy) : null;
    if (o.format === 'json') {
      io.out(`{"model":${fitted ? renderModelJson(fitted as never) : 'null'},"expectedObserved":${eo ? renderExpectedObservedJson(eo, {}) : 'null'}}\n`);
    } else if (o.format === 'csv') {
      if (fitted) io.out(renderModelCsv(fitted as never));
      if (eo) io.out('\n' + renderExpectedObservedCsv(eo, {}));
    } else {
      if (fitted) io.out(renderModelMarkdown(fitted as never));
      if (eo) io.out('\n' + renderExpectedObservedMarkdown(eo, {}));
    }
    return 0;
  } finally {
    closeDb(db);
  }
}
