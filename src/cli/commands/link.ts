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
import { suppressCountTable, type Audience, type CountCell } from '../../report/suppress.js';
import { audienceNotice } from '../../report/messages.js';

export interface LinkOptions { failOn?: FailOn; folder: string; json: boolean; export?: ExportFormat; out?: string; keyFile?: string; la?: string; year?: number; suppress?: number; audience?: Audience }

const show = (n: CountCell): string => String(n);

export async function linkCommand(io: Io, o: LinkOptions): Promise<number> {
  const key = o.export ? resolveKey(o.keyFile) : null; // refuse before any work
  const db = await openDb({ input: o.folder });
  try {
    io.stage('reading, checking and linking the files');
    const linked = await linkFolder(db, { folder: o.folder, la: o.la, year: o.year, flags: { suppress: o.suppress, audience: o.audience }, ks2Factors: true });
    io.endStage();
    // the summary's counts go through the one suppression function of every output (src/report/suppress.ts):
    // school-age children = matched + each reason unmatched; KS4 pupils = linked + not linked = looked after 12 months + not
    const threshold = linked.settings.suppressionThreshold;
    const audience = linked.settings.audience;
    const counts = linked.linkage.counts.map((c) => {
      const t = suppressCountTable({ total: c.schoolAge, dims: { link: { matched: c.matched, ...c.unmatched } } }, threshold, audience);
      const matched = t.dims.link!.matched!;
      // the rate gives the matched count back (rate × school-age children): shown only with both
      const rate = typeof matched === 'number' && typeof t.total === 'number' ? (t.total ? Math.round((10000 * matched) / t.total) / 100 : null) : 'c' as const;
      return {
        la: c.la, year: academicYearEnding(c.year), schoolAgeChildren: t.total, matched,
        unmatched: Object.fromEntries(UNMATCHED_REASONS.map((r) => [r, t.dims.link![r]!])) as Record<(typeof UNMATCHED_REASONS)[number], CountCell>,
        linkage_match_rate: rate,
      };
    });
    const factorRows = (await queryRows<{ ks4_year: string; pupils: string; linked: string; cla12: string }>(db,
      `SELECT ks4_year, count(*) AS pupils, count(la) AS linked, sum(cla_12m) AS cla12 FROM factors GROUP BY 1 ORDER BY 1`)).map((r) => {
      const pupils = Number(r.pupils), linkedRows = Number(r.linked), cla12 = Number(r.cla12 ?? 0);
      const t = suppressCountTable({ total: pupils, dims: { linked: { yes: linkedRows, no: pupils - linkedRows }, cla12m: { yes: cla12, no: pupils - cla12 } } }, threshold, audience);
      return { ks4Year: r.ks4_year, pupilRows: t.total, linkedRows: t.dims.linked!.yes!, cla12m: t.dims.cla12m!.yes! };
    });
    // children in care before their LA's earliest return (left-censored, definitions.md §3): counted, never named
    const careHistory = [...linked.care.coverage].map(([la, c]) => ({
      la, earliestReturn: academicYearEnding(c.earliestReturn), childrenInCareBeforeEarliestReturn: suppressCountTable({ total: c.leftCensored, dims: {} }, threshold, audience).total,
    }));
    const notice = audienceNotice(audience, threshold);
    let exported: string | null = null;
    if (o.export && key) exported = await exportFactorTable(db, o.export, o.out ?? '.', key);
    if (o.json) {
      io.out(JSON.stringify({ tool: 'cla-analyse', version: VERSION, command: 'link', suppressionThreshold: threshold, audience, notice, settings: settingsRecord(linked.settings), linkage: counts, careHistory,
        factorTable: factorRows, exported }, null, 2) + '\n');
    } else {
      if (notice) io.out(`${notice}\n\n`);
      io.out(`Linkage of 903 children of school age to pupil records (on UPN, also through census FormerUPN)\n`);
      if (threshold > 0) io.out(`Counts under ${threshold} are c (small-number suppression, as in every output; --suppress 0 for exact counts, internal use only)\n`);
      io.out(`LA   year     school-age  matched  rate %  ${UNMATCHED_REASONS.join('  ')}\n`);
      for (const c of counts) {
        const rate = c.linkage_match_rate === null ? 'x' : c.linkage_match_rate === 'c' ? 'c' : c.linkage_match_rate.toFixed(2);
        io.out(`${c.la}  ${c.year}  ${show(c.schoolAgeChildren).padStart(10)}  ${show(c.matched).padStart(7)}  ${rate.padStart(6)}  ${UNMATCHED_REASONS.map((r) => show(c.unmatched[r]).padStart(r.length)).join('  ')}\n`);
      }
      const censored = careHistory.filter((c) => c.childrenInCareBeforeEarliestReturn !== 0);
      if (censored.length) {
        io.out(`\nCare history before the earliest return (these children's time in care and placement changes after 11 are missing;\n`
          + `stability measures whose window reaches before the earliest return are x where one of them is in the cohort):\n`);
        for (const c of censored) io.out(`  LA ${c.la}: earliest return ${c.earliestReturn}, ${c.childrenInCareBeforeEarliestReturn} ${c.childrenInCareBeforeEarliestReturn === 1 ? 'child' : 'children'} already in care before it\n`);
      }
      io.out(`\nFactor table (one row per KS4 pupil, year and responsible LA):\n`);
      for (const r of factorRows) io.out(`  ${r.ks4Year}: ${r.pupilRows} rows, ${r.linkedRows} linked to care data, ${r.cla12m} looked after 12 months at 31 March\n`);
      if (exported) io.out(`\nwrote ${exported} (pseudonymised: pupil_id is a keyed HMAC; no UPN, CHILD id or date of birth)\n`);
    }
    return finishRun(io, linked.validated.files, linked.validated.findings, o.failOn);
  } finally {
    closeDb(db);
  }
}
