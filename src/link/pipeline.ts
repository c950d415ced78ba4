/** validate → care histories → linkage → factor table: the shared front half of link, report and model. */
import type { Db } from '../io/duck.js';
import { validateFolderDeferred, whileStoring } from '../store/validate-folder.js';
import type { Validated } from '../validate/run.js';
import type { PlacementChangeOptions } from '../derive/care/index.js';
import { resolveSettings, type RunSettings, type SettingFlags } from '../settings.js';
import { p8LowerThresholdsOfConfig, p8TablesOfConfig, p8TablesWith, useP8LowerThresholds, useP8Tables, type P8TableLookup } from '../derive/attainment/index.js';
import { loadCareData, type CareData } from './care-data.js';
import { linkChildren, type Linkage } from './linkage.js';
import { buildFactorTable, type FactorScope } from './factor-table.js';
import { stageTimer } from '../io/timing.js';
import { storeEntryOf } from '../store/store.js';

/** `settings`: the run's settings, resolved once from the folder's configuration and the command's flags. */
export interface Linked { validated: Validated; care: CareData; linkage: Linkage; placementChange: PlacementChangeOptions; settings: RunSettings; p8Tables: P8TableLookup }

interface FolderOptions { folder: string; la?: string; year?: number; flags?: SettingFlags }

/**
 * `ks2Factors`: also the KS2 factor table `factors_ks2` (link --export writes it; report and benchmark
 * read only `factors`). Without it, the KS4 factor table is taken from the store when these same files
 * were linked before under the same settings (as factorTableFolder does), else built and kept there.
 */
export async function linkFolder(db: Db, opts: FolderOptions & { ks2Factors?: boolean }): Promise<Linked> {
  const lap = stageTimer();
  // a fresh validation is written to the store while the care histories and factor tables are built
  const { validated, stored } = await validateFolderDeferred(db, opts);
  lap('validate (all)');
  const entry = storeEntryOf(validated);
  let keep: string | null = null;
  const linked = await whileStoring(stored, async () => {
    const care = await loadCareData(db, validated.fileNames, validated.tables);
    lap('care histories');
    const linkage = await linkChildren(db, care, validated.tables);
    lap('linkage');
    const settings = resolveSettings(validated.config, opts.flags ?? {}, opts.folder);
    const placementChange = settings.placementChangeOptions;
    // the folder's own P8 estimate tables (cla-analyse.json p8Tables) are used before the bundled ones
    useP8Tables(p8TablesOfConfig(validated.config.p8Tables, opts.folder));
    useP8LowerThresholds(p8LowerThresholdsOfConfig(validated.config.p8LowerThresholds, opts.folder));
    const p8Tables = p8TablesWith();
    // link --export also builds the KS2 factor table: kept beside the KS4 one under its own key, and a
    // stored pair serves a later run that needs only the KS4 table (report after link)
    const key = factorsKey(placementChange, validated);
    const withKs2 = `${key} with ks2`;
    if (entry && (await entry.reuseDerived(db, withKs2) || (!opts.ks2Factors && await entry.reuseDerived(db, key)))) lap('factor tables (stored)');
    else {
      await buildFactorTable(db, care, linkage, validated.tables, placementChange, p8Tables, { ks2: opts.ks2Factors ?? false });
      lap('factor tables');
      keep = opts.ks2Factors ? withKs2 : key;
    }
    return { validated, care, linkage, placementChange, settings, p8Tables };
  });
  lap('store written');
  if (entry && keep) await entry.saveDerived(db, keep, opts.ks2Factors ? ['factors', 'factors_ks2'] : ['factors']);
  return linked;
}

/** The store key of the full KS4 factor table: a placement-change definition or a user's P8 table changes its rows. */
function factorsKey(placementChange: PlacementChangeOptions, validated: Validated): string {
  return `factors ${JSON.stringify(placementChange)} ${JSON.stringify(validated.config.p8Tables)} ${JSON.stringify(validated.config.p8LowerThresholds)}`;
}

/**
 * Only the factor table (what `model` needs): taken from the store when these same files were linked
 * before under the same placement-change definition and Progress 8 tables (and the same build: the store's rule), else
 * built as linkFolder builds it and kept in the store for the next run.
 */
export async function factorTableFolder(db: Db, opts: FolderOptions & { pupils?: FactorScope['pupils'] }): Promise<{ validated: Validated; placementChange: PlacementChangeOptions; settings: RunSettings }> {
  const lap = stageTimer();
  const { validated, stored } = await validateFolderDeferred(db, opts);
  lap('validate (all)');
  const built = await whileStoring(stored, () => buildOrReuseFactors(db, opts, validated));
  lap('factor table built or reused, and the store written');
  const entry = storeEntryOf(validated);
  if (entry && built.keep) await entry.saveDerived(db, built.keep, ['factors']);
  return { validated, placementChange: built.placementChange, settings: built.settings };
}

/** The factor table of factorTableFolder, from the store or built; `keep` is the key to keep a built one under. */
async function buildOrReuseFactors(db: Db, opts: FolderOptions & { pupils?: FactorScope['pupils'] }, validated: Validated): Promise<{ placementChange: PlacementChangeOptions; settings: RunSettings; keep: string | null }> {
  const lap = stageTimer();
  const settings = resolveSettings(validated.config, opts.flags ?? {}, opts.folder);
  // the folder's own P8 estimate tables (cla-analyse.json p8Tables) are used before the bundled ones
  useP8Tables(p8TablesOfConfig(validated.config.p8Tables, opts.folder));
  useP8LowerThresholds(p8LowerThresholdsOfConfig(validated.config.p8LowerThresholds, opts.folder));
  const placementChange = settings.placementChangeOptions;
  const entry = storeEntryOf(validated);
  // a user's P8 table changes the factor table's p8: part of the key
  const key = factorsKey(placementChange, validated);
  // a table of the linked pupils alone is kept under its own key; the full table, if stored, serves both
  const linkedKey = `factors linked ${JSON.stringify(placementChange)} ${JSON.stringify(validated.config.p8Tables)} ${JSON.stringify(validated.config.p8LowerThresholds)}`;
  const linkedOnly = opts.pupils === 'linked';
  if (entry && (await entry.reuseDerived(db, key) || await entry.reuseDerived(db, `${key} with ks2`) || (linkedOnly && await entry.reuseDerived(db, linkedKey)))) {
    lap('factor tables (stored)');
    return { placementChange, settings, keep: null };
  }
  const care = await loadCareData(db, validated.fileNames, validated.tables);
  lap('care histories');
  const linkage = await linkChildren(db, care, validated.tables);
  lap('linkage');
  // model reads only the KS4 factor table, and for every cohort but `all` only its linked pupils
  await buildFactorTable(db, care, linkage, validated.tables, placementChange, p8TablesWith(), { pupils: opts.pupils ?? 'all', ks2: false });
  lap('factor tables');
  return { placementChange, settings, keep: linkedOnly ? linkedKey : key };
}
