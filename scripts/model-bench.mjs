// Times the factor model on 1,000,000 synthetic pupils in 3,000 schools (rees preset: 16 columns).
// Prints, never asserts. Run after building:
//   npm run build && node --max-old-space-size=6144 scripts/model-bench.mjs [--csv /tmp/model-bench.csv]
// (MODEL_DIST=<folder with the compiled src/model> overrides dist/model/.)
// With --csv it also writes the data for scripts/model-bench.R, to time R on the same pupils.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { syntheticFactorRows, toCsv } from './model-synthetic.mjs';

const dist = process.env.MODEL_DIST ? pathToFileURL(`${process.env.MODEL_DIST.replace(/\/$/, '')}/`) : new URL('../dist/model/', import.meta.url);
const { buildDesignMatrix } = await import(new URL('design.js', dist).href);
const { reesPreset } = await import(new URL('model-spec.js', dist).href);
const { fitOls } = await import(new URL('ols.js', dist).href);
const { fitRandomInterceptModel } = await import(new URL('multilevel.js', dist).href);

const rowsWanted = Number(process.env.MODEL_BENCH_ROWS ?? 1_000_000);
const csvAt = process.argv.indexOf('--csv');
const time = (label, work) => {
  const start = process.hrtime.bigint();
  const result = work();
  console.log(`${label.padEnd(44)} ${(Number(process.hrtime.bigint() - start) / 1e9).toFixed(3)} s`);
  return result;
};

const rows = time(`generate ${rowsWanted} rows (not the model)`, () => syntheticFactorRows({ rows: rowsWanted, schools: 3000, seed: 7, missingRate: 0.02 }));
if (csvAt > 0) time('write CSV for R (not the model)', () => writeFileSync(process.argv[csvAt + 1], toCsv(rows)));
for (let run = 1; run <= 2; run++) {
  console.log(`run ${run}`);
  const design = time('  buildDesignMatrix (FactorRow[] -> X)', () => buildDesignMatrix(rows, reesPreset('att8', 'school')));
  const ols = time('  fitOls (X\'X, Cholesky, CR1 by school)', () => fitOls(design));
  const mixed = time('  fitRandomInterceptModel (REML)', () => fitRandomInterceptModel(design));
  if (run === 2) {
    console.log(`pupils ${design.rows}, columns ${design.columns}, clusters ${design.clusterLabels.length}`);
    const show = (fit) => fit.terms.slice(0, 3).map((t) => `${t.term} ${t.estimate?.toFixed(6)} (${t.se?.toFixed(6)})`).join('; ');
    console.log(`OLS: ${ols.variance}, ${show(ols)}`);
    console.log(`REML: s2u ${mixed.clusterVariance.toFixed(6)}, s2e ${mixed.residualVariance.toFixed(6)}, logLik ${mixed.remlLogLikelihood.toFixed(4)}; ${show(mixed)}`);
  }
}
