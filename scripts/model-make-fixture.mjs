// Writes fixtures/model/reference-data.csv: 3,000 synthetic pupils in 60 schools (seed 20261123).
// Run: node scripts/model-make-fixture.mjs
import { writeFileSync } from 'node:fs';
import { syntheticFactorRows, toCsv } from './model-synthetic.mjs';

const rows = syntheticFactorRows({ rows: 3000, schools: 60, seed: 20261123, missingRate: 0.06 });
writeFileSync(new URL('../fixtures/model/reference-data.csv', import.meta.url), toCsv(rows));
console.error(`wrote ${rows.length} rows`);
