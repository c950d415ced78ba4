/**
 * `cla-analyse model <folder>`: the Rees-style factor model (shared/spec/model.md) on the linked
 * factor table: OLS with cluster-robust errors or a random-intercept model, and expected versus
 * observed by LA or school.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { closeDb, openDb } from '../../io/duck.js';
import { linkFolder } from '../../link/pipeline.js';
import { readFactorRows } from '../../link/read-factors.js';
import type { Cohort } from '../../measures/compute/context.js';
import {
  compareExpectedObserved, fitFactorModel, loadModel, reesPreset, renderExpectedObservedCsv, renderExpectedObservedJson, renderExpectedObservedMarkdown,
  renderModelCsv, renderModelJson, renderModelMarkdown, saveModel, toSavedModel, type ClusterBy, type Estimator, type Outcome,
} from '../../model/index.js';
import type { Io } from '../io.js';
import { UsageError } from '../../errors.js';
import { factorRegistry } from '../../model/index.js';

export interface ModelOptions { factors?: string[]; reference?: Record<string, string>; folder: string; estimator: Estimator; cluster: ClusterBy; outcome: Outcome; cohort: Cohort; years?: string[]; format: 'json' | 'csv' | 'md'; save?: string; model?: string; groupBy: 'la' | 'school' }

/** The rees preset, or the factors and reference levels the user chose (checked against the factor registry). */
export function modelSpecOf(o: Pick<ModelOptions, 'outcome' | 'cluster' | 'factors' | 'reference' | 'cohort'>) {
  const preset = reesPreset(o.outcome, o.cluster);
  // the pupil files carry no sex: in the all-pupil sample it is known only for children looked after
  const factors = o.factors ?? (o.cohort === 'all' ? preset.factors.filter((f) => f !== 'sex') : preset.factors);
  const unknown = factors.filter((f) => !(f in factorRegistry));
  if (unknown.length) throw new UsageError(`unknown factor(s): ${unknown.join(', ')}`, `choose from: ${Object.keys(factorRegistry).join(', ')}`);
  const referenceLevels = { ...preset.referenceLevels, ...(o.reference ?? {}) };
  for (const k of Object.keys(o.reference ?? {})) if (!(k in factorRegistry) || factorRegistry[k]!.kind !== 'categorical') throw new UsageError(`--reference ${k}: not a categorical factor`, 'give reference levels as factor=level for sex, sen_y11, school_type_y11 or ks4_year');
  return { ...preset, factors, referenceLevels };
}

export async function modelCommand(io: Io, o: ModelOptions): Promise<number> {
  const db = await openDb();
  try {
    await linkFolder(db, { folder: o.folder });
    const rows = await readFactorRows(db, o.cohort, o.years);
    const saved = o.model ? loadModel(readFileSync(o.model, 'utf8'), o.model) : null;
    const estimable = (f: unknown) => !!f && !(typeof f === 'object' && 'estimable' in f && (f as { estimable: unknown }).estimable === false);
    let fitted: ReturnType<typeof fitFactorModel> | null = null;
    if (!saved) {
      fitted = fitFactorModel({ rows, spec: modelSpecOf(o), estimator: o.estimator });
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
