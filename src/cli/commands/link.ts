/** `cla-analyse link <folder>`: linkage summary (matched, unmatched by reason, by LA and year) and the pseudonymised factor table on request. */
import { settingsRecord } from '../../settings.js';
import { closeDb, openDb, queryRows } from '../../io/duck.js';
import { linkFolder } from '../../link/pipeline.js';
import { exportFactorTable, type ExportFormat } from '../../link/export.js';
import { resolveKey } from '../../link/pseudonym.js';
import { UNMATCHED_REASONS } from '../../link/linkage.js';
import { academicYearEnding } from '../../domain/years.js';
import type { Io } from '../io.js';
import { finishRun } from '../summary.js';
import type { FailOn } from '../../validate/finding.js';
import { VERSION } from '../version.js';

export interface LinkOptions { failOn?: FailOn; folder: string; json: boolean; export?: ExportFormat; out?: string; keyFile?: string; la?: string; year?: number }

export async function linkCommand(io: Io, o: LinkOptions): Promise<number> {
  const key = o.export ? resolveKey(o.keyFile) : null; // refuse before any work
  const db = await openDb({ input: o.folder });
  try {
    io.stage('reading, checking and linking the files');
    const linked = await linkFolder(db, { folder: o.folder, la: o.la, year: o.year });
    io.endStage();
    const counts = linked.linkage.counts.map((c) => ({
      la: c.la, year: academicYearEnding(c.year), schoolAgeChildren: c.schoolAge, matched: c.matched, unmatched: c.unmatched,
      linkage_match_rate: c.schoolAge ? Math.round((10000 * c.matched) / c.schoolAge) / 100 : null,
    }));
    const factorRows = await queryRows<{ ks4_year: string; pupils: string; linked: string; cla12: string }>(db,
      `SELECT ks4_year, count(*) AS pupils, count(la) AS linked, sum(cla_12m) AS cla12 FROM factors GROUP BY 1 ORDER BY 1`);
    // children in care before their LA's earliest return (left-censored, definitions.md §3): counted, never named
    const careHistory = [...linked.care.coverage].map(([la, c]) => ({ la, earliestReturn: academicYearEnding(c.earliestReturn), childrenInCareBeforeEarliestReturn: c.leftCensored }));
    let exported: string | null = null;
    if (o.export && key) exported = await exportFactorTable(db, o.export, o.out ?? '.', key);
    if (o.json) {
      io.out(JSON.stringify({ tool: 'cla-analyse', version: VERSION, command: 'link', settings: settingsRecord(linked.settings), linkage: counts, careHistory,
        factorTable: factorRows.map((r) => ({ ks4Year: r.ks4_year, pupilRows: Number(r.pupils), linkedRows: Number(r.linked), cla12m: Number(r.cla12) })), exported }, null, 2) + '\n');
    } else {
      io.out(`Linkage of 903 children of school age to pupil records (on UPN, also through census FormerUPN)\n`);
      io.out(`LA   year     school-age  matched  rate %  ${UNMATCHED_REASONS.join('  ')}\n`);
      for (const c of counts) {
        io.out(`${c.la}  ${c.year}  ${String(c.schoolAgeChildren).padStart(10)}  ${String(c.matched).padStart(7)}  ${(c.linkage_match_rate === null ? 'x' : c.linkage_match_rate.toFixed(2)).padStart(6)}  ${UNMATCHED_REASONS.map((r) => String(c.unmatched[r]).padStart(r.length)).join('  ')}\n`);
      }
      const censored = careHistory.filter((c) => c.childrenInCareBeforeEarliestReturn > 0);
      if (censored.length) {
        io.out(`\nCare history before the earliest return (these children's time in care and placement changes after 11 are missing;\n`
          + `stability measures whose window reaches before the earliest return are x where one of them is in the cohort):\n`);
        for (const c of censored) io.out(`  LA ${c.la}: earliest return ${c.earliestReturn}, ${c.childrenInCareBeforeEarliestReturn} ${c.childrenInCareBeforeEarliestReturn === 1 ? 'child' : 'children'} already in care before it\n`);
      }
      io.out(`\nFactor table (one row per KS4 pupil, year and responsible LA):\n`);
      for (const r of factorRows) io.out(`  ${r.ks4_year}: ${r.pupils} rows, ${r.linked} linked to care data, ${r.cla12} looked after 12 months at 31 March\n`);
      if (exported) io.out(`\nwrote ${exported} (pseudonymised: pupil_id is a keyed HMAC; no UPN, CHILD id or date of birth)\n`);
    }
    return finishRun(io, linked.validated.files, linked.validated.findings, o.failOn);
  } finally {
    closeDb(db);
  }
}
