/**
 * Builds data/p8/sd_from_published.csv: the national standard deviation of pupil Progress 8 scores
 * for KS4 years whose ready reckoner files are not bundled (data/p8/<year>/), as implied by the DfE's
 * published Progress 8 intervals for children looked after (data/benchmarks/ks4_cla12m.csv, from the
 * outcomes publication's ks4_la.csv). The interval is mean ± 1.96 × σ ÷ √n with one national σ per
 * year, so each published row gives σ = (upper − lower) ÷ 2 ÷ 1.96 × √(pupils in P8); the median over
 * every England, region and LA row is kept (3 decimals). Check: for 2023/24 the median is 1.416 and the
 * ready reckoner's p8stdev is 1.41628.
 *
 *   node scripts/build-p8-sd.mjs
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

const rows = parse(readFileSync(new URL('../data/benchmarks/ks4_cla12m.csv', import.meta.url)), { columns: true, skip_empty_lines: true });
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const lines = ['year,p8stdev,rows,min,max,source'];
for (const year of [...new Set(rows.map((r) => r.year))].sort()) {
  if (existsSync(new URL(`../data/p8/${year.replace('/', '-')}/p8_stdev_file.csv`, import.meta.url))) continue; // the DfE's own figure is bundled
  const sds = [];
  for (const r of rows.filter((x) => x.year === year)) {
    const n = Number(r.t_inp8calc), lo = Number(r.p8score_CI_low), hi = Number(r.p8score_CI_upp);
    if (n > 0 && Number.isFinite(lo) && Number.isFinite(hi) && hi > lo) sds.push(((hi - lo) / 2 / 1.96) * Math.sqrt(n));
  }
  if (sds.length < 10) continue;
  lines.push([year, median(sds).toFixed(3), sds.length, Math.min(...sds).toFixed(3), Math.max(...sds).toFixed(3),
    `median over ${sds.length} published rows of ks4_cla12m.csv of (p8score_CI_upp - p8score_CI_low) / 2 / 1.96 * sqrt(t_inp8calc)`].join(','));
}
writeFileSync(new URL('../data/p8/sd_from_published.csv', import.meta.url), lines.join('\n') + '\n');
console.log(lines.join('\n'));
