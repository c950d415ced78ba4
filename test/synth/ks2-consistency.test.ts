import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSyntheticData } from '../../src/synth/index.js';
import { readCsv } from './read-csv.js';

const dir = mkdtempSync(join(tmpdir(), 'synth-ks2-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a child in care in both the KS2 (2018/19) and the KS4 (2023/24) files', () => {
  it('has KS4_KS2EMSS = (READSCORE + MATSCORE) / 2 of its KS2 row, blank when absent, a nominal 59-79 when working below the tests, and no KS2-year census row', async () => {
    const out = join(dir, 'out');
    await generateSyntheticData({ out, las: ['855'], years: { from: 2019, to: 2024 }, seed: 11, childrenInCarePerLa: 500, pupilsPerKs4Year: 150 });
    const ks2 = new Map(readCsv(join(out, 'npd', 'ks2_pupil_2018-19.csv')).rows.map((r) => [r.UPN, r]));
    const census2019 = new Set(readCsv(join(out, 'npd', 'census_2018-19.csv')).rows.map((r) => r.UPN));
    let both = 0;
    let belowTests = 0;
    for (const r of readCsv(join(out, 'npd', 'ks4_pupil_2023-24.csv')).rows) {
      const k = ks2.get(r.KS4_UPN);
      if (!k) continue;
      both++;
      if (k.READSCORE === '' && r.KS4_KS2EMSS !== '') {
        // working below the standard of the tests: no scores in the KS2 file, a nominal prior attainment
        belowTests++;
        expect(Number(r.KS4_KS2EMSS)).toBeGreaterThanOrEqual(59);
        expect(Number(r.KS4_KS2EMSS)).toBeLessThan(80);
      } else {
        expect(r.KS4_KS2EMSS).toBe(k.READSCORE === '' ? '' : String((Number(k.READSCORE) + Number(k.MATSCORE)) / 2));
      }
      expect(census2019.has(r.KS4_UPN)).toBe(false);
    }
    expect(both).toBeGreaterThan(3);
    expect(belowTests, 'children in care working below the KS2 tests (about 5%)').toBeGreaterThan(0);
  });
});
