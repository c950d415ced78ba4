/**
 * Registry test: every measure definition file is in the registry and every registered measure is
 * computed on the catalogue fixture, in every cohort; each has a title, a short title that can name a
 * spreadsheet sheet, a place in a report table, and is set beside a published figure only when that
 * figure counts the same population. No row carries NaN or Infinity (measures.md "Never NaN, Infinity
 * or a blank"): a value is a finite number exactly when it has no symbol.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE_ORDER, MEASURES, MEASURE_BY_ID, SECTION_LAYOUT, TREND_MEASURES } from '../../../src/measures/registry.js';
import { samePopulation } from '../../../src/measures/define.js';
import { SECTIONS } from '../../../src/measures/sections.js';
import { COHORTS, type Cohort } from '../../../src/measures/compute/context.js';
import type { MeasureRow } from '../../../src/measures/row.js';
import { openFixture, type Session } from './fixture.js';
import { queryRows } from '../../../src/io/duck.js';

let session: Session;
const byCohort = new Map<Cohort, MeasureRow[]>();
beforeAll(async () => {
  session = await openFixture();
  for (const c of COHORTS) byCohort.set(c, await session.rows(c, ['2023/24', '2024/25'], ['sex', 'placement_group', 'sen', 'ethnic_group', 'time_in_care', 'age_band', 'legal_status']));
});
afterAll(() => session.close());

/** Definition files on disk: src/measures/<family>/<id>.ts, ids being snake_case. */
function definitionFiles(): string[] {
  const root = join(import.meta.dirname, '../../../src/measures');
  const out: string[] = [];
  for (const dir of readdirSync(root)) {
    if (!statSync(join(root, dir)).isDirectory()) continue;
    for (const f of readdirSync(join(root, dir))) if (/^[a-z0-9]+(_[a-z0-9]+)+\.ts$/.test(f)) out.push(f.replace(/\.ts$/, ''));
  }
  return out.sort();
}

describe('the registry', () => {
  it('lists every definition file, each id once and named as its file', () => {
    const ids = MEASURES.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort(), 'src/measures/all.ts is generated from the definition files: run npm run docs').toEqual(definitionFiles());
    expect(ids.length).toBeGreaterThanOrEqual(49);
  });

  it('every measure has a title, a unique short title of at most 31 characters, a definition and a source', () => {
    for (const m of MEASURES) {
      expect(m.title.trim().length, m.id).toBeGreaterThan(0);
      expect(m.title, m.id).not.toBe(m.id);
      expect(m.shortTitle.length, m.id).toBeLessThanOrEqual(31);
      expect(m.shortTitle, m.id).not.toMatch(/[\\/?*[\]:]/); // characters a sheet name may not hold
      expect(m.definition.length, m.id).toBeGreaterThan(10);
      expect(m.source.length, m.id).toBeGreaterThan(5);
    }
    expect(new Set(MEASURES.map((m) => m.shortTitle.toLowerCase())).size).toBe(MEASURES.length);
  });

  it('every measure is placed in a report section table, and every table of the layout holds a measure', () => {
    for (const m of MEASURES) {
      const s = SECTIONS.find((x) => x.id === m.report.section);
      expect(s, `${m.id}: section ${m.report.section}`).toBeDefined();
      expect(s!.tables.some((t) => t.id === m.report.table), `${m.id}: table ${m.report.table}`).toBe(true);
    }
    const placed = SECTION_LAYOUT.flatMap((s) => s.tables.flatMap((t) => t.measures));
    expect([...placed].sort()).toEqual(MEASURES.map((m) => m.id).sort());
    for (const s of SECTION_LAYOUT) for (const t of s.tables) expect(t.measures.length, t.id).toBeGreaterThan(0);
    expect(CATALOGUE_ORDER.length).toBe(MEASURES.length);
    for (const t of TREND_MEASURES) expect(MEASURE_BY_ID.has(t.id)).toBe(true);
  });

  it('src/measures/all.ts is exactly what scripts/gen-measure-list.mjs writes from the definition files', () => {
    const check = spawnSync(process.execPath, [join(import.meta.dirname, '../../../scripts/gen-measure-list.mjs'), '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('no two measures share a report place, so the order of the generated list (all.ts) changes no output', () => {
    const places = MEASURES.map((m) => `${m.report.section}|${m.report.table}|${m.report.order}`);
    expect(places.filter((p, i) => places.indexOf(p) !== i)).toEqual([]);
  });

  it('a measure that names its factor-table column is a percentage or a mean of a column the factor table has', async () => {
    const columns = new Set((await queryRows<{ column_name: string }>(session.db, 'SELECT column_name FROM (DESCRIBE factors)')).map((r) => r.column_name));
    const withColumn = MEASURES.filter((m) => 'factorColumn' in m);
    expect(withColumn.length).toBeGreaterThanOrEqual(14);
    for (const m of withColumn as readonly { id: string; unit: string; factorColumn?: string }[]) {
      expect(['percent', 'mean'], m.id).toContain(m.unit);
      expect(columns.has(m.factorColumn!), `${m.id}: ${m.factorColumn}`).toBe(true);
    }
  });

  it('a measure is compared only with a published figure on its own population', () => {
    const mismatched = MEASURES.filter((m) => m.benchmark && !samePopulation(m.benchmark.population, m.population)).map((m) => m.id);
    expect(mismatched).toEqual([]);
  });

  it('a count measure is suppressed on its value; a rate over sessions on its separate count of children', () => {
    for (const m of MEASURES) {
      if (m.unit === 'count') expect(m.suppressionCount, m.id).toBe('value');
      if (m.denominatorUnit === 'sessions') expect(m.suppressionCount, m.id).toBe('children');
    }
  });
});

/** The ids of `defs` with no 2023/24 headline row among `rows`: measures defined but not computed. */
function notComputed(defs: readonly { id: string }[], rows: readonly MeasureRow[]): string[] {
  const ids = new Set(rows.filter((r) => r.year === '2023/24' && r.breakdown === null).map((r) => r.id));
  return defs.map((m) => m.id).filter((id) => !ids.has(id));
}

describe('the registry is computed', () => {
  it.each(COHORTS.map((c) => [c]))('every registered id has a 2023/24 headline row when cohort %s is asked for', (cohort) => {
    expect(notComputed(MEASURES, byCohort.get(cohort)!)).toEqual([]);
  });

  it('the check above fails for a measure that is defined but computed nowhere (a family with no pass, or no aggregate declared)', () => {
    const defined = [...MEASURES, { ...MEASURE_BY_ID.get('oc2_teeth_check')!, id: 'oc2_new_measure', aggregate: undefined }];
    expect(notComputed(defined, byCohort.get('cla_12m')!)).toEqual(['oc2_new_measure']);
  });

  it('every row names a registered id and carries its unit', () => {
    for (const rows of byCohort.values()) {
      for (const r of rows) {
        expect(MEASURE_BY_ID.has(r.id), r.id).toBe(true);
        expect(r.unit, r.id).toBe(MEASURE_BY_ID.get(r.id)!.unit);
      }
    }
  });

  it('benchmarks are attached only to rows of the benchmark population\'s cohort', () => {
    for (const rows of byCohort.values()) {
      for (const r of rows) {
        if (r.benchmarks.length === 0) continue;
        expect(MEASURE_BY_ID.get(r.id)!.benchmark?.population.cohort, `${r.id} ${r.cohort}`).toBe(r.cohort);
      }
    }
  });

  it('no NaN or Infinity anywhere; value is null exactly when a symbol is set; CIs are finite and ordered', () => {
    let n = 0;
    for (const rows of byCohort.values()) {
      for (const r of rows) {
        n++;
        const where = `${r.id} ${r.cohort} ${r.year} ${JSON.stringify(r.breakdown)}`;
        for (const v of [r.numerator, r.denominator, r.value, ...(r.ci ?? [])]) if (v !== null) expect(Number.isFinite(v), where).toBe(true);
        expect(r.value === null, where).toBe(r.symbol !== null);
        if (r.ci) expect(r.ci[0] <= r.value! && r.value! <= r.ci[1], where).toBe(true);
      }
    }
    expect(n).toBeGreaterThan(500);
  });
});

describe('the all-pupil comparison', () => {
  it('is England all pupils on the measure\'s own key stage and year', () => {
    for (const m of MEASURES) {
      if (!m.allPupils) continue;
      expect(m.allPupils.population.phase, m.id).toBe(m.population.phase);
      expect(m.allPupils.population.period, m.id).toBe(m.population.period);
      expect(m.allPupils.population.who, m.id).toMatch(/^all pupils/);
    }
  });
});
