/**
 * Issue 16, "done when", second case beside suppress-document.test.ts (which runs the CLI's default
 * cohort): cohort `all`, where 695 − 18 − 676 = 1 pupil in placement_change=changed was recoverable.
 * The differencing attack over the WHOLE demo report document, every breakdown
 * at once. The document is built in-process (link, compute, suppress, build, render JSON, parse back),
 * then every table (measure × year × LA × cohort: the total and every breakdown dimension's parts) is
 * attacked on the published figures only, with the elimination attacker of differencing.ts. No
 * suppressed numerator, denominator or child count may be pinned, and no published count of
 * children may lie between 1 and threshold − 1.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, openDb, type Db } from '../../src/io/duck.js';
import { linkFolder } from '../../src/link/pipeline.js';
import { BREAKDOWNS } from '../../src/measures/compute/context.js';
import { yearsInData } from '../../src/measures/compute/index.js';
import { measureRows } from '../../src/pipeline/analyse.js';
import type { MeasureRow } from '../../src/measures/row.js';
import { buildReportDocument } from '../../src/report/build-document.js';
import { renderJson } from '../../src/report/render-json.js';
import { attackTable, suppress } from '../../src/report/suppress.js';
import { queryRows } from '../../src/io/duck.js';

const T = 5;
let db: Db;
let published: MeasureRow[] = [];

beforeAll(async () => {
  db = await openDb();
  const linked = await linkFolder(db, { folder: join(process.cwd(), 'fixtures', 'demo') });
  const ks4Years = (await queryRows<{ y: string }>(db, 'SELECT DISTINCT ks4_year AS y FROM factors ORDER BY 1')).map((r) => r.y);
  const years = yearsInData(linked, ks4Years);
  const raw = await measureRows(db, linked, { la: '855', years, cohort: 'all', breakdowns: [...BREAKDOWNS] });
  const doc = buildReportDocument({ rows: suppress(raw, T), la: '855', laName: null, year: '2023/24', cohort: 'all', suppressionThreshold: T, toolVersion: 'test' });
  const json = JSON.parse(renderJson(doc)) as unknown;
  published = (Array.isArray(json) ? json : (json as { rows: MeasureRow[] }).rows) as MeasureRow[];
}, 120_000);
afterAll(() => { if (db) closeDb(db); });

describe('the demo report with every breakdown (threshold 5)', () => {
  it('has breakdown rows for every dimension and some suppressed cells to attack', () => {
    const dims = new Set(published.flatMap((r) => Object.keys(r.breakdown ?? {})));
    for (const b of BREAKDOWNS) expect(dims.has(b), b).toBe(true);
    expect(published.filter((r) => r.symbol === 'c').length).toBeGreaterThan(50);
  });

  it('no suppressed cell can be recovered by differencing any table', () => {
    const tables = new Map<string, number[]>();
    published.forEach((r, i) => {
      const k = JSON.stringify([r.id, r.year, r.la, r.cohort]);
      tables.set(k, [...(tables.get(k) ?? []), i]);
    });
    const recovered: string[] = [];
    const allOrNoneTotals: string[] = [];
    for (const [k, members] of tables) {
      const total = members.find((i) => published[i]!.breakdown === null);
      if (total === undefined || members.length < 2) continue;
      let rows: MeasureRow[] = published;
      const t = published[total]!;
      // A published total of 0 % (or 100 %) says every child of every part had (or had not) the outcome:
      // the parts' numerators follow from the total whatever is hidden. That is the all-or-none rule's
      // business at the total (shown from 2 × threshold children), not a differencing leak; the
      // attacker is then run on the denominators (and counts) only, and must still pin nothing.
      if (t.unit === 'percent' && t.numerator !== null && t.denominator !== null && (t.numerator === 0 || t.numerator === t.denominator)) {
        expect(t.denominator).toBeGreaterThanOrEqual(2 * T);
        allOrNoneTotals.push(k);
        const inTable = new Set(members);
        rows = published.map((r, i) => (inTable.has(i) ? { ...r, numerator: null } : r));
      }
      for (const i of attackTable(rows, members)) recovered.push(`${k} ${JSON.stringify(published[i]!.breakdown)}`);
    }
    expect(tables.size).toBeGreaterThan(20);
    expect(recovered).toEqual([]);
    // the demo holds two such totals in 2023/24 (no permanent exclusion, no severe absence among 13)
    expect(allOrNoneTotals.length).toBeLessThan(tables.size / 4);
  });

  it('publishes no count of children between 1 and threshold − 1', () => {
    const small = published.filter((r) => r.symbol === null && r.unit === 'count' && r.value !== null && r.value >= 1 && r.value < T)
      .concat(published.filter((r) => r.symbol === null && r.unit !== 'count' && r.denominator !== null && r.denominator >= 1 && r.denominator < T && !/absence|session/.test(r.id)));
    expect(small.map((r) => `${r.id} ${r.year} ${r.cohort} ${JSON.stringify(r.breakdown)}`)).toEqual([]);
  });
});
