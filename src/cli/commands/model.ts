/**
 * `cla-analyse model <folder>`: the Rees-style factor model (shared/spec/model.md) on the linked
 * factor table: OLS with cluster-robust errors or a random-intercept model, and expected versus
 * observed by LA or school.
 */
import { settingsLine, settingsRecord } from '../../settings.js';
import { readFileSync } from 'node:fs';
import { checkUserFile, writeUserFile } from '../../io/safe-path.js';
import { closeDb, openDb } from '../../io/duck.js';
import { analyseFactors } from '../../pipeline/analyse.js';
import { readFactorRows } from '../../link/read-factors.js';
import type { Cohort } from '../../measures/compute/context.js';
import {
  compareExpectedObserved, fitFactorModel, loadModel, reesPreset, renderExpectedObservedCsv, renderExpectedObservedJson, renderExpectedObservedMarkdown,
  renderModelCsv, renderModelJson, renderModelMarkdown, saveModel, toSavedModel, type ClusterBy, type Estimator, type Outcome,
} from '../../model/index.js';
import type { Io } from '../io.js';
import { checkYears, surveyFolder } from '../preflight.js';
import { finishRun } from '../summary.js';
import type { FailOn } from '../../validate/finding.js';
import { InputError, UsageError } from '../../errors.js';
import { SCHOOL_TYPES } from '../../domain/codes.js';
import { factorRegistry } from '../../model/index.js';
import { suppressExpectedObserved, type Audience } from '../../report/suppress.js';
import { audienceNotice } from '../../report/messages.js';

export interface ModelOptions { failOn?: FailOn; factors?: string[]; reference?: Record<string, string>; folder: string; estimator: Estimator; cluster: ClusterBy; outcome: Outcome; cohort: Cohort; years?: string[]; format: 'json' | 'csv' | 'md'; save?: string; model?: string; groupBy: 'la' | 'school'; suppress?: number; audience?: Audience }

/** The rees preset, or the factors and reference levels the user chose (checked against the factor registry). */
export function modelSpecOf(o: Pick<ModelOptions, 'outcome' | 'cluster' | 'factors' | 'reference' | 'cohort'>) {
  const preset = reesPreset(o.outcome, o.cluster);
  // the pupil files carry no sex: in the all-pupil sample it is known only for children looked after
  const factors = o.factors ?? (o.cohort === 'all' ? preset.factors.filter((f) => f !== 'sex') : preset.factors);
  const unknown = factors.filter((f) => !(f in factorRegistry));
  if (unknown.length) throw new UsageError(`unknown factor(s): ${unknown.join(', ')}`, `choose from: ${Object.keys(factorRegistry).join(', ')}`);
  const referenceLevels = { ...preset.referenceLevels, ...(o.reference ?? {}) };
  for (const k of Object.keys(o.reference ?? {})) if (!(k in factorRegistry) || factorRegistry[k]!.kind !== 'categorical') throw new UsageError(`--reference ${k}: not a categorical factor`, 'give reference levels as factor=level for sex, sen_y11, school_type_y11 or ks4_year');
  for (const [k, level] of Object.entries(o.reference ?? {})) {
    const known = REFERENCE_LEVELS[k];
    const ok = known ? known.includes(level) : k === 'ks4_year' ? /^\d{4}\/\d{2}$/.test(level) : true;
    if (!ok) throw new UsageError(`--reference ${k}=${level}: not a level of ${k}`, `choose one of ${known ? known.join(', ') : 'the KS4 years in the data, written 2023/24'}`);
  }
  return { ...preset, factors, referenceLevels };
}

/** The levels a categorical factor can take (src/link/factor-row.ts, SCHOOL_TYPES); ks4_year is any 2023/24. */
const REFERENCE_LEVELS: Record<string, readonly string[]> = { sex: ['M', 'F', 'U'], sen_y11: ['ehcp', 'support', 'none'], school_type_y11: SCHOOL_TYPES };

export async function modelCommand(io: Io, o: ModelOptions): Promise<number> {
  // --save and --model are checked before any work: a folder, a missing file or folder is exit 2 naming it
  if (o.save) checkUserFile(o.save, '--save');
  const savedText = o.model ? readModelFile(o.model) : null;
  // so are unknown factors and reference levels (--factors, --reference sex=Q): exit 2 before the data are read
  const spec = modelSpecOf(o);
  const db = await openDb({ input: o.folder });
  try {
    checkYears((await surveyFolder(async () => db, o.folder, {}, { years: !!o.years?.length })).ks4Years, o.years, o.folder, 'KS4 pupil files');
    io.stage('reading, checking and linking the files');
    // the run's settings, resolved once: the threshold is --suppress, else the folder's cla-analyse.json, else 5
    const linked = await analyseFactors(db, { folder: o.folder, flags: { suppress: o.suppress, audience: o.audience }, pupils: o.cohort === 'all' ? 'all' : 'linked' });
    const settings = settingsRecord(linked.settings);
    const threshold = settings.suppressionThreshold;
    io.stage('fitting the model');
    const rows = await readFactorRows(db, o.cohort, o.years);
    const saved = o.model && savedText !== null ? loadModel(savedText, o.model) : null;
    if (!o.model && rows.length === 0) throw new InputError(`no KS4 pupils of the ${o.cohort} cohort${o.years ? ` in ${o.years.join(', ')}` : ''} in ${o.folder}: there is nothing to fit`, o.folder,
      'check the folder holds KS4 pupil files linked to 903 returns (cla-analyse link shows what links), or choose another --cohort or --years');
    const fitted = saved ? null : fitFactorModel({ rows, spec, estimator: o.estimator });
    // a fit that is not estimable is { kind: 'not-estimable', reason }: reported as such, never applied or saved
    const estimated = fitted && fitted.kind !== 'not-estimable' ? fitted : null;
    if (o.save && estimated) writeUserFile(o.save, saveModel(estimated), '--save');
    else if (o.save && fitted) io.err(`the model could not be fitted on these pupils: nothing saved to ${o.save}\n`);
    const model = saved ?? (estimated ? toSavedModel(estimated) : null);
    const eo = model ? compareExpectedObserved(model, rows, o.groupBy) : null;
    // the one suppression path of every output (src/report/suppress.ts), complements included
    const hidden = eo ? suppressExpectedObserved(eo, threshold, { audience: settings.audience }) : null;
    const suppression = { suppressBelow: threshold, suppressed: hidden?.groups ?? new Map(), wholeSuppressed: hidden?.whole != null };
    io.endStage();
    if (threshold === 0) io.err('suppression is OFF (--suppress 0): these expected-versus-observed groups are for internal use only and must not be shared\n');
    // board: the groups are suppressed as for the public (they are breakdown cells), and the output is marked as the board's report is
    const notice = audienceNotice(settings.audience, threshold);
    if (o.format === 'json') {
      io.out(`{"suppressionThreshold":${threshold},"audience":${JSON.stringify(settings.audience)},"notice":${JSON.stringify(notice)},"settings":${JSON.stringify(settings)},"model":${fitted ? renderModelJson(fitted) : 'null'},"expectedObserved":${eo ? renderExpectedObservedJson(eo, suppression) : 'null'}}\n`);
    } else if (o.format === 'csv') {
      if (notice) io.out(`# ${notice}\n`);
      io.out(`# settings used: ${settingsLine(settings)}\n`);
      if (fitted) io.out(renderModelCsv(fitted));
      if (eo) io.out('\n' + renderExpectedObservedCsv(eo, suppression));
    } else {
      if (notice) io.out(`**${notice}**\n\n`);
      io.out(`Settings used: ${settingsLine(settings)}.\n\n`);
      if (fitted) io.out(renderModelMarkdown(fitted));
      if (eo) io.out('\n' + renderExpectedObservedMarkdown(eo, suppression));
    }
    return finishRun(io, linked.validated.files, linked.validated.findings, o.failOn);
  } finally {
    closeDb(db);
  }
}

/** The saved model's text; a missing or unreadable file, or a folder, is exit 2 naming it. */
function readModelFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder' : `cannot be read (${code ?? (e as Error).message})`;
    throw new InputError(`--model ${path} ${why}`, path, 'give a model file saved with cla-analyse model <folder> --save <file>');
  }
}
