/** validate → care histories → linkage → factor table: the shared front half of link, report and model. */
import type { Db } from '../io/duck.js';
import { validateFolder, type Validated } from '../validate/run.js';
import type { PlacementChangeOptions } from '../derive/care/index.js';
import { resolveSettings, type RunSettings, type SettingFlags } from '../settings.js';
import { p8TablesOfConfig, p8TablesWith, useP8Tables, type P8TableLookup } from '../derive/attainment/index.js';
import { loadCareData, type CareData } from './care-data.js';
import { linkChildren, type Linkage } from './linkage.js';
import { buildFactorTable } from './factor-table.js';
import { stageTimer } from '../io/timing.js';
import { storeEntryOf } from '../store/store.js';

/** `settings`: the run's settings, resolved once from the folder's configuration and the command's flags. */
export interface Linked { validated: Validated; care: CareData; linkage: Linkage; placementChange: PlacementChangeOptions; settings: RunSettings; p8Tables: P8TableLookup }

interface FolderOptions { folder: string; la?: string; year?: number; flags?: SettingFlags }

export async function linkFolder(db: Db, opts: FolderOptions): Promise<Linked> {
  const lap = stageTimer();
  const validated = await validateFolder(db, opts);
  lap('validate (all)');
  const care = await loadCareData(db, validated.fileNames, validated.tables);
  lap('care histories');
  const linkage = await linkChildren(db, care, validated.tables);
  lap('linkage');
  const settings = resolveSettings(validated.config, opts.flags ?? {}, opts.folder);
  const placementChange = settings.placementChangeOptions;
  // the folder's own P8 estimate tables (cla-analyse.json p8Tables) are used before the bundled ones
  useP8Tables(p8TablesOfConfig(validated.config.p8Tables, opts.folder));
  const p8Tables = p8TablesWith();
  await buildFactorTable(db, care, linkage, validated.tables, placementChange, p8Tables);
  lap('factor tables');
  return { validated, care, linkage, placementChange, settings, p8Tables };
}

/**
 * Only the factor table (what `model` needs): taken from the store when these same files were linked
 * before under the same placement-change definition and Progress 8 tables (and the same build: the store's rule), else
 * built as linkFolder builds it and kept in the store for the next run.
 */
export async function factorTableFolder(db: Db, opts: FolderOptions): Promise<{ validated: Validated; placementChange: PlacementChangeOptions; settings: RunSettings }> {
  const lap = stageTimer();
  const validated = await validateFolder(db, opts);
  lap('validate (all)');
  const settings = resolveSettings(validated.config, opts.flags ?? {}, opts.folder);
  // the folder's own P8 estimate tables (cla-analyse.json p8Tables) are used before the bundled ones
  useP8Tables(p8TablesOfConfig(validated.config.p8Tables, opts.folder));
  const placementChange = settings.placementChangeOptions;
  const entry = storeEntryOf(validated);
  // a user's P8 table changes the factor table's p8: part of the key
  const key = `factors ${JSON.stringify(placementChange)} ${JSON.stringify(validated.config.p8Tables)}`;
  if (entry && await entry.reuseDerived(db, key)) { lap('factor tables (stored)'); return { validated, placementChange, settings }; }
  const care = await loadCareData(db, validated.fileNames, validated.tables);
  lap('care histories');
  const linkage = await linkChildren(db, care, validated.tables);
  lap('linkage');
  await buildFactorTable(db, care, linkage, validated.tables, placementChange, p8TablesWith());
  lap('factor tables');
  if (entry) await entry.saveDerived(db, key, ['factors']);
  return { validated, placementChange, settings };
}
