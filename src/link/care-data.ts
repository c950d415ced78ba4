/**
 * Reads the accepted Header and Episodes rows out of the validated tables and builds every child's
 * care history (src/derive/care). Respite and merging across returns are the derive stage's.
 */
import { type Db, queryRows } from '../io/duck.js';
import { normaliseSex } from '../domain/codes.js';
import { buildCareHistories, mergeReturns, type CareHistory, type ChildInfo, type EpisodeRecord } from '../derive/care/index.js';
import { childKey } from '../derive/care/index.js';
import type { Finding } from '../validate/finding.js';

export interface CareData {
  histories: Map<string, CareHistory>;
  children: Map<string, ChildInfo>;
  /** Every (la, return year) with a Header, and the children in it. */
  returns: Map<string, Set<string>>;
  findings: Finding[];
}

export async function loadCareData(db: Db, fileNames: string[], tables: Set<string>): Promise<CareData> {
  const children = new Map<string, ChildInfo>();
  const returns = new Map<string, Set<string>>();
  if (tables.has('Header')) {
    // the latest return's Header row describes the child
    const rows = await queryRows<{ la: string; y: number; child: string; sex: string | null; dob: string | null; ethnic: string | null; upn: string | null }>(db,
      `SELECT _la AS la, _year AS y, CHILD AS child, SEX AS sex, DOB AS dob, ETHNIC AS ethnic, UPN AS upn FROM p_Header
       WHERE NOT _reject AND _la IS NOT NULL AND _year IS NOT NULL ORDER BY _la, CHILD, _year, _file, _line`);
    for (const r of rows) {
      const key = childKey(r.la, r.child);
      const prev = children.get(key);
      children.set(key, { la: r.la, child: r.child, dob: r.dob ?? prev?.dob ?? '', sex: r.sex ? normaliseSex(r.sex) : prev?.sex ?? null, ethnic: r.ethnic ?? prev?.ethnic ?? null, upn: r.upn ?? prev?.upn ?? null });
      const rk = `${r.la}|${r.y}`;
      if (!returns.has(rk)) returns.set(rk, new Set());
      returns.get(rk)!.add(key);
    }
  }
  let histories = new Map<string, CareHistory>();
  const findings: Finding[] = [];
  if (tables.has('Episodes')) {
    const rows = await queryRows<{ la: string; child: string; y: number; decom: string; dec: string | null; rne: string; ls: string; cin: string; place: string; pp: string | null; rec: string | null; rpc: string | null; urn: string | null; f: number; line: number }>(db,
      `SELECT _la AS la, CHILD AS child, _year AS y, DECOM AS decom, DEC AS dec, RNE AS rne, LS AS ls, CIN AS cin, PLACE AS place, PLACE_PROVIDER AS pp,
         REC AS rec, REASON_PLACE_CHANGE AS rpc, URN AS urn, _file AS f, _line AS line FROM p_Episodes
       WHERE NOT _reject AND _la IS NOT NULL AND _year IS NOT NULL AND (DEC IS NULL OR DEC >= DECOM) ORDER BY _la, CHILD, DECOM, _year, _file, _line`);
    const episodes: EpisodeRecord[] = rows.map((r) => ({ la: r.la, child: r.child, returnYear: Number(r.y), decom: r.decom, dec: r.dec, rne: r.rne, ls: r.ls, cin: r.cin,
      place: r.place, placeProvider: r.pp, rec: r.rec, reasonPlaceChange: r.rpc, urn: r.urn, file: fileNames[Number(r.f)]!, line: Number(r.line) }));
    const lastReturnYearByLa = new Map<string, number>();
    for (const e of episodes) lastReturnYearByLa.set(e.la, Math.max(lastReturnYearByLa.get(e.la) ?? 0, e.returnYear));
    const merged = mergeReturns(episodes, lastReturnYearByLa);
    findings.push(...merged.findings);
    histories = buildCareHistories(merged.episodes);
  }
  return { histories, children, returns, findings };
}
