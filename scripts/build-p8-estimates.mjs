#!/usr/bin/env node
/**
 * Copies the DfE KS4 ready reckoner reference tables (Progress 8 estimates and national P8 standard
 * deviations; dfe-analytical-services/KS4-ready-reckoners, data/; Open Government Licence v3.0)
 * into data/p8/<2021-22|2022-23|2023-24>/ and writes data/p8/README.md.
 *
 *   node scripts/build-p8-estimates.mjs [sourceDir] [outDir]
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE_DIR = process.argv[2] ?? '/work/shared/reference/p8-estimates';
const OUT_DIR = process.argv[3] ?? new URL('../data/p8/', import.meta.url).pathname;
const YEARS = [
  { folder: '2021-22', year: '2021/22', status: 'revised', commit: '2c19150' },
  { folder: '2022-23', year: '2022/23', status: 'revised', commit: '691cb9d' },
  { folder: '2023-24', year: '2023/24', status: 'as published December 2024', commit: 'efeebe6' },
];
const FILES = ['p8_att8_splits.csv', 'p8_stdev_file.csv'];

for (const y of YEARS) {
  mkdirSync(join(OUT_DIR, y.folder), { recursive: true });
  for (const f of FILES) copyFileSync(join(SOURCE_DIR, y.folder, f), join(OUT_DIR, y.folder, f));
}
writeFileSync(join(OUT_DIR, 'README.md'), `# Progress 8 estimates (bundled)

The DfE KS4 ready reckoner reference tables, copied unchanged by \`node scripts/build-p8-estimates.mjs\`.
Source: Department for Education, *Key stage 4 performance* ready reckoners,
dfe-analytical-services/KS4-ready-reckoners, \`data/\`. Contains public sector information licensed
under the Open Government Licence v3.0.

| folder | KS4 year | status | source commit |
|---|---|---|---|
${YEARS.map((y) => `| ${y.folder} | ${y.year} | ${y.status} | ${y.commit} |`).join('\n')}

* \`p8_att8_splits.csv\`: the 34 KS2 prior attainment groups (by the average of the pupil's KS2 reading
  and maths scaled scores, e.g. \`99.5 to 100\`), with the national average Attainment 8 of each group
  (the pupil's A8 estimate) and the element averages. The 2022-23 and 2023-24 files add the average
  EBacc and open slots filled.
* \`p8_stdev_file.csv\`: the national standard deviation of pupil Progress 8 scores (\`p8stdev\`) and of
  each element, used for the 95% confidence interval mean ± 1.96 × sd / √n.
  (The reference folder also holds a \`p8_stdev_file_named.csv\`; for 2021-22 it labels the EBacc and
  open element columns the other way round from \`p8_stdev_file.csv\`. Only the overall \`p8stdev\`
  is used here, which both files agree on.)

No Progress 8 exists for KS4 years 2019/20, 2020/21 (exams cancelled), 2024/25 and 2025/26 (no KS2
results for those cohorts). For a later year, give the tool that year's two files in this format.
`);
console.log(`copied ${YEARS.length * FILES.length} files to ${OUT_DIR}`);
