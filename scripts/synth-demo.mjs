#!/usr/bin/env node
// Regenerates the bundled demo data: one LA (855), 903 returns 2019–2024, 1,350 children in care over the run
// (about 540 at 31 March 2024: 37 per 10,000 of the LA's bundled population, inside the published LA range;
// see docs/demo-data.md),
// 700 pupils per KS4 year (see PUPILS_PER_KS4_YEAR), truth at fixtures/demo-truth.csv. Run `npm run build` first.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSyntheticData } from '../dist/synth/index.js';

// 1,500 pupils per KS4 year made about 9.8 MB of CSV (with 500 children in care); 700 keeps the bundled demo near 5.7 MB.
const PUPILS_PER_KS4_YEAR = 700;
// 500 gave 198 children looked after at 31 March 2024 (13.6 per 10,000, below every LA); 1,350 adds about 0.7 MB.
const CHILDREN_IN_CARE = 1350;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'fixtures', 'demo');
rmSync(out, { recursive: true, force: true });
const summary = await generateSyntheticData({
  out, las: ['855'], years: { from: 2019, to: 2024 }, seed: 1, childrenInCarePerLa: CHILDREN_IN_CARE, pupilsPerKs4Year: PUPILS_PER_KS4_YEAR,
  truthFile: join(root, 'fixtures', 'demo-truth.csv'),
});
const { files, ...rest } = summary;
console.log(JSON.stringify(rest, null, 2));
console.log(`${Object.keys(files).length} files written`);
