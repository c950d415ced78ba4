/**
 * Validation through the store: a folder whose exact files the store (./store.ts) holds is not read
 * again; a fresh validation (src/validate/run.ts) is written to it. Here, not in validate, so the
 * layers read one way (validate never imports the store).
 */
import type { Db } from '../io/duck.js';
import type { IngestOptions } from '../io/ingest.js';
import { validateFiles, type Validated } from '../validate/run.js';
import { rememberStoreEntry, storeEntry } from './store.js';

/**
 * Validates a folder, or, when the run has a store (src/store/store.ts) holding these exact files,
 * takes the stored tables, findings and row accounting instead of reading the files again.
 */
export async function validateFolder(db: Db, opts: IngestOptions): Promise<Validated> {
  const { validated, stored } = await validateFolderDeferred(db, opts);
  await stored;
  return validated;
}

/**
 * As validateFolder, but a fresh validation is written to the store while the caller goes on (the
 * copy runs on a DuckDB connection of its own: on a 20-LA folder it took about 10 s, which linking
 * and deriving now overlap). The caller must await `stored` before it keeps derived tables in the
 * store or closes the database, also when its own work fails.
 */
export async function validateFolderDeferred(db: Db, opts: IngestOptions): Promise<{ validated: Validated; stored: Promise<void> }> {
  const entry = opts.config ? null : storeEntry(opts); // a config given in code is not the folder's: no store
  const reused = entry ? await entry.reuse(db) : null;
  if (reused) { rememberStoreEntry(reused, entry!); return { validated: reused, stored: Promise.resolve() }; }
  const v = await validateFiles(db, opts);
  if (!entry) return { validated: v, stored: Promise.resolve() };
  rememberStoreEntry(v, entry);
  const stored = entry.save(db, v);
  stored.catch(() => {}); // the caller awaits it; no unhandled rejection meanwhile
  return { validated: v, stored };
}

/** Runs `work` while the store is being written, and waits for the store before returning or throwing. */
export async function whileStoring<T>(stored: Promise<void>, work: () => Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await work();
  } catch (e) {
    await stored.catch(() => {});
    throw e;
  }
  await stored;
  return result;
}
