/**
 * Linkage on UPN (shared/spec/definitions.md; issue "Linking care and education"). A 903 child is
 * matched to a pupil when its UPN is a pupil's UPN in any pupil file, or a census FormerUPN of one.
 * Reasons a child of school age is not matched are kept, by LA and return year.
 */
import { type Db, queryRows } from '../io/duck.js';
import { classifyUpn } from '../domain/upn.js';
import { ageOn } from '../domain/dates.js';
import type { CareData } from './care-data.js';

export type UnmatchedReason = 'placeholder' | 'blank' | 'invalid_upn' | 'no_pupil_record' | 'upn_on_two_children' | 'several_pupil_records';
export const UNMATCHED_REASONS: UnmatchedReason[] = ['placeholder', 'blank', 'invalid_upn', 'no_pupil_record', 'upn_on_two_children', 'several_pupil_records'];

export interface LinkageCount { la: string; year: number; schoolAge: number; matched: number; unmatched: Record<UnmatchedReason, number> }
export interface Linkage {
  /** child key → pupil key (the pupil's current UPN) for matched children. */
  pupilOfChild: Map<string, string>;
  /** pupil key → child keys (a pupil known to two LAs links to a child in each). */
  childrenOfPupil: Map<string, string[]>;
  counts: LinkageCount[];
}

/** Compulsory school age in the academic year ending in `year`: 5 to 15 on 31 August at its start. */
export function isSchoolAge(dob: string, year: number): boolean {
  if (!dob) return false;
  const age = ageOn(dob, `${year - 1}-08-31`);
  return age >= 5 && age <= 15;
}

export async function linkChildren(db: Db, care: CareData, tables: Set<string>): Promise<Linkage> {
  // every UPN the pupil files know, resolved to current pupil keys
  const sources: string[] = [];
  for (const t of ['KS4Pupil', 'KS4Results', 'KS2Pupil', 'KS1Pupil', 'Census', 'Absence', 'Exclusions']) {
    if (tables.has(t)) sources.push(`SELECT DISTINCT UPN AS alias, UPN AS pupil FROM p_${t} WHERE NOT _reject AND UPN IS NOT NULL`);
  }
  if (tables.has('Census')) sources.push(`SELECT DISTINCT FORMERUPN AS alias, UPN AS pupil FROM p_Census WHERE NOT _reject AND FORMERUPN IS NOT NULL AND UPN IS NOT NULL`);
  const resolve = new Map<string, Set<string>>();
  if (sources.length) {
    await db.con.run(`CREATE OR REPLACE TABLE upn_alias AS SELECT DISTINCT alias, pupil FROM (${sources.join(' UNION ALL ')})`);
    await db.con.run(`CREATE OR REPLACE TABLE child_upn (upn VARCHAR)`);
    const app = await db.con.createAppender('child_upn');
    const seen = new Set<string>();
    for (const c of care.children.values()) if (c.upn && !seen.has(c.upn)) { seen.add(c.upn); app.appendVarchar(c.upn); app.endRow(); }
    app.closeSync();
    const rows = await queryRows<{ alias: string; pupil: string }>(db, `SELECT a.alias, a.pupil FROM upn_alias a JOIN child_upn c ON c.upn = a.alias`);
    for (const r of rows) {
      if (!resolve.has(r.alias)) resolve.set(r.alias, new Set());
      resolve.get(r.alias)!.add(r.pupil);
    }
  }
  // one UPN on two children of one LA: neither is linked
  const upnOwners = new Map<string, Set<string>>();
  for (const [key, c] of care.children) {
    if (!c.upn || classifyUpn(c.upn) === 'placeholder') continue;
    const k = `${c.la}|${c.upn}`;
    if (!upnOwners.has(k)) upnOwners.set(k, new Set());
    upnOwners.get(k)!.add(key);
  }
  const pupilOfChild = new Map<string, string>();
  const reasonOf = new Map<string, UnmatchedReason>();
  for (const [key, c] of care.children) {
    const kind = classifyUpn(c.upn);
    let reason: UnmatchedReason | null = null;
    if (kind === 'blank') reason = 'blank';
    else if (kind === 'placeholder') reason = 'placeholder';
    else if (kind === 'malformed' || kind === 'bad_check_letter') reason = 'invalid_upn';
    else if ((upnOwners.get(`${c.la}|${c.upn}`)?.size ?? 0) > 1) reason = 'upn_on_two_children';
    else {
      const pupils = resolve.get(c.upn!);
      if (!pupils || pupils.size === 0) reason = 'no_pupil_record';
      else if (pupils.size > 1) reason = 'several_pupil_records';
      else pupilOfChild.set(key, [...pupils][0]!);
    }
    if (reason) reasonOf.set(key, reason);
  }
  const childrenOfPupil = new Map<string, string[]>();
  for (const [child, pupil] of [...pupilOfChild].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (!childrenOfPupil.has(pupil)) childrenOfPupil.set(pupil, []);
    childrenOfPupil.get(pupil)!.push(child);
  }
  const counts: LinkageCount[] = [];
  for (const [rk, keys] of [...care.returns].sort()) {
    const [la, y] = rk.split('|');
    const year = Number(y);
    const count: LinkageCount = { la: la!, year, schoolAge: 0, matched: 0, unmatched: Object.fromEntries(UNMATCHED_REASONS.map((r) => [r, 0])) as Record<UnmatchedReason, number> };
    for (const key of keys) {
      const c = care.children.get(key)!;
      if (!isSchoolAge(c.dob, year)) continue;
      count.schoolAge++;
      const reason = reasonOf.get(key);
      if (reason) count.unmatched[reason]++;
      else count.matched++;
    }
    counts.push(count);
  }
  return { pupilOfChild, childrenOfPupil, counts };
}
