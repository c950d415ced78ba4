/**
 * Builds data/ks2/progress_sd.csv: the national standard deviation of pupil KS2 progress scores per
 * subject and year, as implied by the DfE's published confidence intervals for children looked after
 * (data/benchmarks/ks2_cla12m.csv, from the outcomes publication's ks2_la.csv). The DfE's interval is
 * mean ± 1.96 × σ ÷ √n with one national σ per subject and year, so every published row gives
 * σ = (upper − lower) ÷ 2 ÷ 1.96 × √n; the published CIs are rounded to 2 decimals, so each row's σ is
 * approximate and the median over every LA, region and England row is taken, rounded to 2 decimals.
 *
 *   node scripts/build-ks2-progress-sd.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

const src = new URL('../data/benchmarks/ks2_cla12m.csv', import.meta.url);
const out = new URL('../data/ks2/progress_sd.csv', import.meta.url);
const rows = parse(readFileSync(src), { columns: true, skip_empty_lines: true });
const SUBJECTS = { reading: 'read', writing: 'writta', maths: 'mat' };
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const lines = ['year,subject,sd,rows,min,max,source'];
for (const year of [...new Set(rows.map((r) => r.year))].sort()) {
  for (const [subject, key] of Object.entries(SUBJECTS)) {
    const sds = [];
    for (const r of rows.filter((x) => x.year === year)) {
      const n = Number(r[`t_${key}_progress_eligible_pupils`]);
      const lo = Number(r[`avg_${key}_progress_score_lower_CI`]);
      const hi = Number(r[`avg_${key}_progress_score_upper_CI`]);
      if (!(n > 0) || !Number.isFinite(lo) || !Number.isFinite(hi) || hi <= lo) continue;
      sds.push(((hi - lo) / 2 / 1.96) * Math.sqrt(n));
    }
    if (sds.length < 10) continue;
    lines.push([year, subject, median(sds).toFixed(2), sds.length, Math.min(...sds).toFixed(3), Math.max(...sds).toFixed(3),
      `median over ${sds.length} published rows of ks2_cla12m.csv of (upper CI - lower CI) / 2 / 1.96 * sqrt(pupils)`].join(','));
  }
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(lines.join('\n'));
