/**
 * Reads the accepted Header and Episodes rows out of the validated tables and builds every child's
 * care history (src/derive/care). A child's Header fields come from its latest return (its UPN: the
 * latest usable one, see `latestUpn`). Respite and merging across returns are the derive stage's.
 */
import { type Db, queryRows } from '../io/duck.js';
import { normaliseSex } from '../domain/codes.js';
import { classifyUpn } from '../domain/upn.js';
import { buildCareHistories, mergeReturns, type CareHistory, type ChildInfo, type EpisodeRecord } from '../derive/care/index.js';
import { childKey } from '../derive/care/index.js';
import type { Finding } from '../validate/finding.js';
import { returnEndFinding } from '../validate/rules/episode-open-missing-from-later-return.js';

export interface CareData {
  histories: Map<string, CareHistory>;
  children: Map<string, ChildInfo>;
  /** Every (la, return year) with a Header, and the children in it. */
  returns: Map<string, Set<string>>;
  /** Unaccompanied asylum-seeking children: child key → date UASC status ceased per return year (null = not ceased). */
  uasc: Map<string, Map<number, string | null>>;
  /**
   * Per LA: its earliest return year (of the Episodes rows) and the children whose first period of
   * care began before it (left-censored, definitions.md §3), counted, never named.
   */
  coverage: Map<string, { earliestReturn: number; leftCensored: number }>;
  findings: Finding[];
}

/**
 * The UPN a child is linked by, reading its Header rows from the earliest return to the latest: the
 * latest usable UPN (a valid permanent or temporary one). A placeholder (UN1–UN5), an invalid or a
 * blank UPN in a later return does not replace a usable UPN the LA reported for the same child
 * (LA, CHILD) earlier: UN5 "sources disagree" or UN4 "not yet known" says nothing against it. With
 * no usable UPN in any return, the latest non-blank value is kept (so the unmatched reason is that of
 * the latest return).
 */
export function latestUpn(earlier: string | null, later: string | null): string | null {
  const usable = (u: string | null) => { const kind = classifyUpn(u); return kind === 'permanent' || kind === 'temporary'; };
  if (usable(later)) return later;
  if (usable(earlier)) return earlier;
  return later ?? earlier;
}

export async function loadCareData(db: Db, fileNames: string[], tables: Set<string>): Promise<CareData> {
  const children = new Map<string, ChildInfo>();
  const returns = new Map<string, Set<string>>();
  if (tables.has('Header')) {
    // the latest return's Header row describes the child
    const rows = await queryRows<{ la: string; y: number; child: string; sex: string | null; dob: string | null; ethnic: string | null; upn: string | null }>(db,
      // validation blanks an invalid UPN in the parsed table; the written value is kept here only so that
      // linkage can give the right reason (invalid_upn, not blank). It is never output.
      `SELECT p._la AS la, p._year AS y, p.CHILD AS child, p.SEX AS sex, p.DOB AS dob, p.ETHNIC AS ethnic,
         coalesce(p.UPN, nullif(upper(trim(r.UPN)), '')) AS upn
       FROM p_Header p JOIN raw_Header r ON r._file = p._file AND r._line = p._line AND r._path IS NOT DISTINCT FROM p._path
       WHERE NOT p._reject AND p._la IS NOT NULL AND p._year IS NOT NULL ORDER BY p._la, p.CHILD, p._year, p._file, p._line`);
    for (const r of rows) {
      const key = childKey(r.la, r.child);
      const prev = children.get(key);
      children.set(key, { la: r.la, child: r.child, dob: r.dob ?? prev?.dob ?? '', sex: r.sex ? normaliseSex(r.sex) : prev?.sex ?? null, ethnic: r.ethnic ?? prev?.ethnic ?? null, upn: latestUpn(prev?.upn ?? null, r.upn) });
      const rk = `${r.la}|${r.y}`;
      if (!returns.has(rk)) returns.set(rk, new Set());
      returns.get(rk)!.add(key);
    }
  }
  let histories = new Map<string, CareHistory>();
  const coverage: CareData['coverage'] = new Map();
  const findings: Finding[] = [];
  if (tables.has('Episodes')) {
    const rows = await queryRows<{ la: string; child: string; y: number; decom: string; dec: string | null; rne: string; ls: string; cin: string; place: string; pp: string | null; rec: string | null; rpc: string | null; urn: string | null; pl_post: string | null; f: number; line: number }>(db,
      `SELECT _la AS la, CHILD AS child, _year AS y, DECOM AS decom, DEC AS dec, RNE AS rne, LS AS ls, CIN AS cin, PLACE AS place, PLACE_PROVIDER AS pp,
         REC AS rec, REASON_PLACE_CHANGE AS rpc, URN AS urn, PL_POST AS pl_post, _file AS f, _line AS line FROM p_Episodes
       WHERE NOT _reject AND _la IS NOT NULL AND _year IS NOT NULL AND (DEC IS NULL OR DEC >= DECOM) ORDER BY _la, CHILD, DECOM, _year, _file, _line`);
    const episodes: EpisodeRecord[] = rows.map((r) => ({ la: r.la, child: r.child, returnYear: Number(r.y), decom: r.decom, dec: r.dec, rne: r.rne, ls: r.ls, cin: r.cin,
      place: r.place, placeProvider: r.pp, rec: r.rec, reasonPlaceChange: r.rpc, urn: r.urn, plPost: r.pl_post, file: fileNames[Number(r.f)]!, line: Number(r.line) }));
    const lastReturnYearByLa = new Map<string, number>();
    for (const e of episodes) lastReturnYearByLa.set(e.la, Math.max(lastReturnYearByLa.get(e.la) ?? 0, e.returnYear));
    const earliestReturnByLa = new Map<string, number>();
    for (const e of episodes) earliestReturnByLa.set(e.la, Math.min(earliestReturnByLa.get(e.la) ?? Infinity, e.returnYear));
    const merged = mergeReturns(episodes, lastReturnYearByLa);
    for (const e of merged.closedAtReturnEnd) findings.push(returnEndFinding(e));
    histories = buildCareHistories(merged.episodes, earliestReturnByLa);
    for (const [la, earliestReturn] of [...earliestReturnByLa].sort()) coverage.set(la, { earliestReturn, leftCensored: 0 });
    for (const h of histories.values()) if (h.periods[0]?.leftCensored) coverage.get(h.la)!.leftCensored++;
  }
  const uasc = new Map<string, Map<number, string | null>>();
  if (tables.has('UASC')) {
    const rows = await queryRows<{ la: string; y: number; child: string; duc: string | null }>(db,
      `SELECT _la AS la, _year AS y, CHILD AS child, DUC AS duc FROM p_UASC WHERE NOT _reject AND _la IS NOT NULL AND _year IS NOT NULL ORDER BY 1, 3, 2, _file, _line`);
    for (const r of rows) {
      const key = childKey(r.la, r.child);
      if (!uasc.has(key)) uasc.set(key, new Map());
      uasc.get(key)!.set(Number(r.y), r.duc);
    }
  }
  return { histories, children, returns, uasc, coverage, findings };
}
