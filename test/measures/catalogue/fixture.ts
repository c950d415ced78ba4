/**
 * The hand-made catalogue fixture (fixtures/measures/catalogue/): link it once per test file and
 * compute measure rows with suppression off (measureRows attaches the published figures but never suppresses; the report does).
 * Expected values in the tests are worked out by hand from the fixture's README.
 */
import { fileURLToPath } from 'node:url';
import { closeDb, openDb, type Db } from '../../../src/io/duck.js';
import { linkFolder, type Linked } from '../../../src/link/pipeline.js';
import { measureRows } from '../../../src/pipeline/analyse.js';
import type { Breakdown, Cohort } from '../../../src/measures/compute/context.js';
import type { MeasureRow } from '../../../src/measures/row.js';

export const FIXTURE = fileURLToPath(new URL('../../../fixtures/measures/catalogue/', import.meta.url));

export interface Session { db: Db; linked: Linked; rows(cohort: Cohort, years?: string[], breakdowns?: Breakdown[]): Promise<MeasureRow[]>; close(): void }

export async function openFixture(): Promise<Session> {
  const db = await openDb();
  const linked = await linkFolder(db, { folder: FIXTURE });
  return {
    db, linked,
    rows: (cohort, years = ['2023/24'], breakdowns = []) => measureRows(db, linked, { la: '855', years, cohort, breakdowns }),
    close: () => closeDb(db),
  };
}

/** The one row of `id` with this breakdown (null = headline), failing loudly when absent or repeated. */
export function rowOf(rows: readonly MeasureRow[], id: string, breakdown: Record<string, string> | null = null, cohort?: string): MeasureRow {
  const key = JSON.stringify(breakdown);
  const found = rows.filter((r) => r.id === id && JSON.stringify(r.breakdown) === key && (cohort === undefined || r.cohort === cohort));
  if (found.length !== 1) throw new Error(`expected one ${id} row with breakdown ${key}${cohort ? ` in ${cohort}` : ''}, found ${found.length}`);
  return found[0]!;
}
