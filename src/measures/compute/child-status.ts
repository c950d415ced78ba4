/**
 * Care status of every linked pupil at the 31 March of each reporting year: the cohort flags that
 * KS1 and KS2 measures and the school-age ones (absence, exclusions, SEN) are cut by (the KS4 ones come
 * with the factor table), with the child's date of birth for the school-age test. Table `child_status`.
 */
import type { Db } from '../../io/duck.js';
import { claAt31March, cla12MonthsAt31March, lookedAfterOn, periodsOfCareBy } from '../../derive/care/index.js';
import { censusYearOf } from '../../domain/years.js';
import type { Linked } from '../../link/pipeline.js';

const built = new WeakMap<Linked, string>();

/** Builds the table once per linked data set and set of years (the benchmark command asks for every LA). */
export async function buildChildStatus(db: Db, linked: Linked, years: string[]): Promise<void> {
  const key = [...years].sort().join(',');
  if (built.get(linked) === key) return;
  built.set(linked, key);
  db.versions.set('child_status', (db.versions.get('child_status') ?? 0) + 1);
  await db.con.run(`CREATE OR REPLACE TABLE child_status (pupil VARCHAR, acadyr VARCHAR, la VARCHAR, cla_12m INTEGER, cla_31mar INTEGER, ever_cla INTEGER, dob VARCHAR)`);
  const app = await db.con.createAppender('child_status');
  for (const [childKey, pupil] of [...linked.linkage.pupilOfChild].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const h = linked.care.histories.get(childKey);
    if (!h) continue;
    for (const year of years) {
      const y = censusYearOf(year);
      if (periodsOfCareBy(h, `${y}-03-31`) === 0) continue;
      const cla31 = claAt31March(h, y) || lookedAfterOn(h, `${y}-03-31`);
      app.appendVarchar(pupil); app.appendVarchar(year); app.appendVarchar(h.la);
      app.appendInteger(cla12MonthsAt31March(h, y) ? 1 : 0); app.appendInteger(cla31 ? 1 : 0); app.appendInteger(1);
      const dob = linked.care.children.get(childKey)?.dob;
      if (dob && /^\d{4}-\d{2}-\d{2}$/.test(dob)) app.appendVarchar(dob); else app.appendNull();
      app.endRow();
    }
  }
  app.closeSync();
}
