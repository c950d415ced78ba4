/** validate → care histories → linkage → factor table: the shared front half of link, report and model. */
import type { Db } from '../io/duck.js';
import { validateFolder, type Validated } from '../validate/run.js';
import { CARER_CHANGE, DEFAULT_PLACEMENT_CHANGE, type PlacementChangeOptions } from '../derive/care/index.js';
import type { Config } from '../schemas/config.js';
import { loadCareData, type CareData } from './care-data.js';
import { linkChildren, type Linkage } from './linkage.js';
import { buildFactorTable } from './factor-table.js';
import { stageTimer } from '../io/timing.js';
import { storeEntryOf } from '../store/store.js';
import { p8TablesOfConfig, useP8Tables } from '../measures/p8/index.js';

export interface Linked { validated: Validated; care: CareData; linkage: Linkage; placementChange: PlacementChangeOptions }

export function placementChangeOptions(config: Config): PlacementChangeOptions {
  const p = config.placementChange;
  if (p === 'default') return DEFAULT_PLACEMENT_CHANGE;
  if (p === 'carer') return CARER_CHANGE;
  return { rne: p };
}

export async function linkFolder(db: Db, opts: { folder: string; la?: string; year?: number }): Promise<Linked> {
  const lap = stageTimer();
  const validated = await validateFolder(db, opts);
  lap('validate (all)');
  // the folder's own P8 estimate tables (cla-analyse.json p8Tables) are used before the bundled ones
  useP8Tables(p8TablesOfConfig(validated.config.p8Tables, opts.folder));
  const care = await loadCareData(db, validated.fileNames, validated.tables);
  lap('care histories');
  const linkage = await linkChildren(db, care, validated.tables);
  lap('linkage');
  const placementChange = placementChangeOptions(validated.config);
  await buildFactorTable(db, care, linkage, validated.tables, placementChange);
  lap('factor tables');
  return { validated, care, linkage, placementChange };
}

/**
 * Only the factor table (what `model` needs): taken from the store when these same files were linked
 * before under the same placement-change definition (and the same build: the store's rule), else
 * built as linkFolder builds it and kept in the store for the next run.
 */
export async function factorTableFolder(db: Db, opts: { folder: string; la?: string; year?: number }): Promise<{ validated: Validated; placementChange: PlacementChangeOptions }> {
  const lap = stageTimer();
  const validated = await validateFolder(db, opts);
  lap('validate (all)');
  // the folder's own P8 estimate tables (cla-analyse.json p8Tables) are used before the bundled ones
  useP8Tables(p8TablesOfConfig(validated.config.p8Tables, opts.folder));
  const placementChange = placementChangeOptions(validated.config);
  const entry = storeEntryOf(validated);
  const key = `factors ${JSON.stringify(placementChange)} ${JSON.stringify(validated.config.p8Tables)}`;
  if (entry && await entry.reuseDerived(db, key)) { lap('factor tables (stored)'); return { validated, placementChange }; }
  const care = await loadCareData(db, validated.fileNames, validated.tables);
  lap('care histories');
  const linkage = await linkChildren(db, care, validated.tables);
  lap('linkage');
  await buildFactorTable(db, care, linkage, validated.tables, placementChange);
  lap('factor tables');
  if (entry) await entry.saveDerived(db, key, ['factors']);
  return { validated, placementChange };
}
