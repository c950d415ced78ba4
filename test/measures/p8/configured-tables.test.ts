/**
 * cla-analyse.json `p8Tables` (issue 11 item 2: documented, and now read): a folder's own DfE ready
 * reckoner files for a KS4 year are used before the bundled ones, so a year newer than the bundle
 * gets Progress 8 scores. Paths are relative to the input folder.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { p8TablesOfConfig, p8TablesWith, useP8Tables } from '../../../src/derive/attainment/index.js';
import { pupilP8 } from '../../../src/derive/attainment/pupil-p8.js';

const BUNDLED = join(import.meta.dirname, '../../../data/p8/2023-24');
afterEach(() => useP8Tables([]));

describe('p8Tables from the configuration', () => {
  it('a year the bundle lacks (2026/27, when P8 returns) is scored with the folder\'s own tables, and only then', () => {
    expect(pupilP8(40, 105, '2026/27').value).toBeNull();
    expect(pupilP8(40, 105, '2026/27').reason).toMatch(/p8Tables in cla-analyse.json/);
    const folder = mkdtempSync(join(tmpdir(), 'cla-p8tables-'));
    try {
      mkdirSync(join(folder, 'p8'));
      copyFileSync(join(BUNDLED, 'p8_att8_splits.csv'), join(folder, 'p8', 'splits.csv'));
      copyFileSync(join(BUNDLED, 'p8_stdev_file.csv'), join(folder, 'p8', 'stdev.csv'));
      useP8Tables(p8TablesOfConfig({ '2026/27': { splits: 'p8/splits.csv', stdev: 'p8/stdev.csv' } }, folder));
      const mine = pupilP8(40, 105, '2026/27');
      const bundled = pupilP8(40, 105, '2023/24');
      expect(mine.value).not.toBeNull();
      expect(mine.value).toBe(bundled.value); // the same DfE figures, read for the other year
      expect(p8TablesWith()('2026/27')!.origin).toBe(join(folder, 'p8', 'splits.csv'));
      expect(p8TablesWith()('2023/24')!.origin).toBe('data/p8/2023-24'); // other years stay bundled
    } finally { rmSync(folder, { recursive: true, force: true }); }
  });

  it('a file that cannot be read is an input error naming the file and the remedy', () => {
    expect(() => p8TablesOfConfig({ '2026/27': { splits: 'nope.csv', stdev: 'nope2.csv' } }, tmpdir())).toThrow(/Cannot read the P8 estimate file .*nope\.csv/);
  });
});
