import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSyntheticData } from '../../src/synth/index.js';

const dir = mkdtempSync(join(tmpdir(), 'synth-timing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('timing (printed, not asserted)', () => {
  it('mid-size run: 5 LAs, 2019–2024, 500 children in care and 1,500 pupils per KS4 year per LA', async () => {
    const s = await generateSyntheticData({ out: join(dir, 'out'), las: 5, years: { from: 2019, to: 2024 }, seed: 3, truthFile: join(dir, 'truth.csv') });
    const rows = s.rows903 + s.rowsPupil;
    console.log(`synth timing: ${s.las.length} LAs, ${rows} rows (${s.rows903} in 903 files) in ${s.elapsedMs} ms; `
      + `rss ${Math.round(process.memoryUsage().rss / 1e6)} MB; clamped A8 among children ever in care ${s.clampedEverInCare}/${s.ks4PupilsEverInCare}`);
    expect(s.ks4Pupils).toBe(5 * 1500 * 6);
  });
});
