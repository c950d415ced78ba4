// Factor-model benchmark (issue 5, items 6 and 7). Prints, never asserts. Run after building:
//
//   npm run build && node --max-old-space-size=8192 scripts/bench-model.mjs [options]
//
//   --seeds <n>        recovery: seeds 1..n (default 8)
//   --las <n>          recovery: LAs per generated set (default 10)
//   --years <a-b>      recovery: return years (default 2019-2024)
//   --rows <n>         speed: pupils in the generated factor table (default 1000000)
//   --schools <n>      speed: schools (default 3000)
//   --skip-recovery, --skip-speed, --skip-r
//   --out <file>       the Markdown tables (default docs/bench-model.md)
//   --dist <folder>    compiled sources (default dist/)
//
// 1. Recovery (item 6): for each seed, `node dist/cli.js synth --las L --years Y --seed s`, then
//    linkFolder → readFactorRows → fitFactorModel, as test/model/recovery.test.ts does at a small
//    size: cohort `all` (care factors 0 for pupils never looked after, sex left out: it is only known
//    for children in care) with OLS + CR1 by school and with the random-intercept model, and cohort
//    cla_12m (OLS) for sex. Per term: truth (KS4_OUTCOME_MODEL), mean estimate, bias, SD of the
//    estimates over seeds, mean SE, and coverage of the 95 % CIs.
// 2. Speed (item 7): a national-size factor table (1M pupils, 3,000 schools) is generated directly
//    (scripts/model-synthetic.mjs; linking a national set takes far longer than the fits on this
//    machine), written to a CSV, and both estimators are timed here, then R (scripts/bench-model.R)
//    times lm + sandwich::vcovCL and lme4::lmer (REML) on the same CSV. Only the fits are timed.
//
// Output: Markdown tables on stdout and in --out; progress on stderr.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { syntheticFactorRows, toCsv } from './model-synthetic.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const flag = (name) => args.includes(name);
const dist = resolve(option('--dist', join(root, 'dist')));
const load = (path) => import(pathToFileURL(join(dist, path)).href);
const seedCount = Number(option('--seeds', 8));
const las = Number(option('--las', 10));
const years = option('--years', '2019-2024');
const rowsWanted = Number(option('--rows', 1_000_000));
const schools = Number(option('--schools', 3000));
const outFile = resolve(option('--out', join(root, 'docs/bench-model.md')));
const progress = (message) => process.stderr.write(`${message}\n`);
const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;

const { openDb, closeDb } = await load('io/duck.js');
const { linkFolder } = await load('link/pipeline.js');
const { readFactorRows } = await load('link/read-factors.js');
const { fitFactorModel, reesPreset, buildDesignMatrix, fitOls, fitRandomInterceptModel } = await load('model/index.js');
const { KS4_OUTCOME_MODEL: truth } = await load('synth/outcome-model.js');

/** True value of a rees-preset term (units as the design matrix: days in care in years, absence per point). */
function knownEffect(term) {
  const effects = {
    placement_changes_after_11: truth.PLACEMENT_CHANGE_AFTER_11, school_change_y10_y11: truth.SCHOOL_CHANGE_Y10_Y11,
    unauthorised_absence_pct: truth.UNAUTHORISED_ABSENCE_PER_POINT, suspension_days: truth.SUSPENSION_PER_DAY,
    not_foster_y11: truth.NOT_FOSTER_Y11, 'school_type_y11=special': truth.SCHOOL_SPECIAL, 'school_type_y11=ap': truth.SCHOOL_AP,
    'school_type_y11=independent': 0, days_in_care_years: truth.DAYS_IN_CARE_PER_YEAR, ks2_emss: truth.B_KS2_EMSS,
    'sex=F': truth.SEX_FEMALE, 'sen_y11=ehcp': truth.SEN_EHCP, 'sen_y11=support': truth.SEN_SUPPORT,
  };
  if (term in effects) return effects[term];
  return term.startsWith('ks4_year=') ? 0 : undefined;
}

/** The generator's convention: care factors 0 for pupils never looked after (blank in the factor table). */
function withCareFactorsOfPupilsNeverInCare(row) {
  if (row.ever_cla === 0) return { ...row, days_in_care: 0, placement_changes_after_11: 0, not_foster_y11: 0 };
  if (row.cla_31mar === 0 && row.not_foster_y11 === null) return { ...row, not_foster_y11: 0 };
  return row;
}

const fixed = (x, d = 3) => (x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(d));
const markdownTable = (header, rows) => [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const sections = [];
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`;

if (!flag('--skip-recovery')) {
  const allSpec = { ...reesPreset('att8', 'school'), factors: reesPreset('att8', 'school').factors.filter((f) => f !== 'sex') };
  const records = [];
  const sizes = [];
  const work = mkdtempSync(join(tmpdir(), 'cla-bench-model-'));
  try {
    for (let seed = 1; seed <= seedCount; seed++) {
      const out = join(work, `seed-${seed}`);
      let start = process.hrtime.bigint();
      execFileSync(process.execPath, [join(dist, 'cli.js'), 'synth', '--las', String(las), '--years', years, '--seed', String(seed), '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
      const synthSeconds = seconds(start);
      start = process.hrtime.bigint();
      const db = await openDb();
      let all;
      let cla;
      try {
        await linkFolder(db, { folder: out });
        all = (await readFactorRows(db, 'all')).map(withCareFactorsOfPupilsNeverInCare);
        cla = await readFactorRows(db, 'cla_12m');
      } finally {
        closeDb(db);
      }
      rmSync(out, { recursive: true, force: true });
      const linkSeconds = seconds(start);
      const fits = [
        ['all, OLS CR1', fitFactorModel({ rows: all, spec: allSpec, estimator: 'ols' }), null],
        ['all, multilevel', fitFactorModel({ rows: all, spec: allSpec, estimator: 'multilevel' }), null],
        ['cla_12m, OLS CR1', fitFactorModel({ rows: cla, spec: reesPreset('att8', 'school'), estimator: 'ols' }), null],
        ['cla_12m, multilevel', fitFactorModel({ rows: cla, spec: reesPreset('att8', 'school'), estimator: 'multilevel' }), null],
      ];
      for (const [label, fit] of fits) {
        if (fit.kind === 'not-estimable') { progress(`seed ${seed} ${label}: not estimable: ${fit.reason}`); continue; }
        if (seed === 1) sizes.push(`${label}: ${fit.pupils} pupils, ${fit.clusters} schools${fit.variance ? `, ${fit.variance}` : ''}`);
        for (const t of fit.terms) {
          const value = knownEffect(t.term);
          if (!t.estimable || value === undefined) continue;
          records.push({ seed, label, term: t.term, truth: value, estimate: t.estimate, se: t.se, covered: t.ci[0] <= value && value <= t.ci[1] });
        }
      }
      progress(`seed ${seed}: synth ${synthSeconds.toFixed(1)} s, link + read ${linkSeconds.toFixed(1)} s, ${all.length} pupils (all), ${cla.length} (cla_12m)`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const labels = [...new Set(records.map((r) => r.label))];
  let text = `## Recovery of the generator's effects\n\n${seedCount} seeds of \`cla-analyse synth --las ${las} --years ${years}\` (defaults otherwise), linked and fitted as test/model/recovery.test.ts does. Seed 1: ${sizes.join('; ')}. Coverage = share of the seeds whose 95 % CI holds the true value; bias = mean estimate − truth; SD = spread of the estimates over seeds (compare with the mean SE).\n`;
  for (const label of labels) {
    const of = records.filter((r) => r.label === label);
    const terms = [...new Set(of.map((r) => r.term))];
    const rows = terms.map((term) => {
      const rs = of.filter((r) => r.term === term);
      const mean = rs.reduce((s, r) => s + r.estimate, 0) / rs.length;
      const sd = rs.length > 1 ? Math.sqrt(rs.reduce((s, r) => s + (r.estimate - mean) ** 2, 0) / (rs.length - 1)) : null;
      const meanSe = rs.reduce((s, r) => s + r.se, 0) / rs.length;
      return [term, String(rs[0].truth), fixed(mean), fixed(mean - rs[0].truth), fixed(sd), fixed(meanSe), `${rs.filter((r) => r.covered).length}/${rs.length}`];
    });
    const covered = of.filter((r) => r.covered).length;
    text += `\n### ${label}: ${covered} of ${of.length} intervals cover (${fixed((100 * covered) / of.length, 1)} %)\n\n`;
    text += markdownTable(['term', 'truth', 'mean estimate', 'bias', 'SD over seeds', 'mean SE', 'covered'], rows) + '\n';
  }
  sections.push(text);
  process.stdout.write(`${text}\n`);
}

if (!flag('--skip-speed')) {
  const csvDir = mkdtempSync(join(tmpdir(), 'cla-bench-model-csv-'));
  const csvPath = join(csvDir, 'factor-rows.csv');
  try {
    progress(`generating ${rowsWanted} factor rows in ${schools} schools (not timed as a fit)`);
    const rows = syntheticFactorRows({ rows: rowsWanted, schools, seed: 7, missingRate: 0.02 });
    const spec = reesPreset('att8', 'school');
    const time = (work) => { const start = process.hrtime.bigint(); const result = work(); return { result, seconds: seconds(start) }; };
    const runs = [];
    for (let run = 0; run < 3; run++) {
      const design = time(() => buildDesignMatrix(rows, spec));
      const ols = time(() => fitOls(design.result));
      const mixed = time(() => fitRandomInterceptModel(design.result));
      runs.push({ design, ols, mixed });
      progress(`run ${run + 1}: design ${design.seconds.toFixed(3)} s, OLS + CR1 ${ols.seconds.toFixed(3)} s, REML ${mixed.seconds.toFixed(3)} s`);
    }
    const best = (pick) => Math.min(...runs.map(pick));
    const last = runs[runs.length - 1];
    const design = last.design.result;
    const ols = last.ols.result;
    const mixed = last.mixed.result;
    let r = null;
    if (!flag('--skip-r')) {
      writeFileSync(csvPath, toCsv(rows)); // after the timed runs, so its garbage does not slow them
      progress('timing R (scripts/bench-model.R)');
      const result = spawnSync('Rscript', [join(root, 'scripts/bench-model.R'), csvPath], { encoding: 'utf8', maxBuffer: 1 << 24 });
      if (result.status !== 0) progress(`Rscript failed (${result.status}): ${result.stderr}`);
      else r = Object.fromEntries(result.stdout.trim().split('\n').filter((l) => l.includes('=')).map((l) => { const [k, ...v] = l.split('='); return [k.trim(), v.join('=').trim()]; }));
    }
    const rNumber = (key) => (r && r[key] !== undefined ? Number(r[key]) : null);
    const termOf = (fit, name) => fit.terms.find((t) => t.term === name);
    const agreement = (fit, prefix, seKey) => {
      if (!r) return '—';
      let worst = 0;
      for (const t of fit.terms) {
        if (!t.estimable) continue;
        const est = rNumber(`${prefix}.estimate.${t.term}`);
        const se = rNumber(`${prefix}.${seKey}.${t.term}`);
        if (est !== null) worst = Math.max(worst, Math.abs(t.estimate - est) / Math.max(1e-12, Math.abs(est)));
        if (se !== null) worst = Math.max(worst, Math.abs(t.se - se) / se);
      }
      return worst.toExponential(1);
    };
    const designSeconds = best((x) => x.design.seconds);
    const olsSeconds = best((x) => x.ols.seconds);
    const mixedSeconds = best((x) => x.mixed.seconds);
    const rLm = rNumber('seconds.lm');
    const rCl = rNumber('seconds.vcovCL');
    const rLmer = rNumber('seconds.lmer');
    const ratio = (ours, theirs) => (theirs === null ? '—' : `${fixed(theirs / ours, 1)}×`);
    const rows_ = [
      ['build X from FactorRow objects (`buildDesignMatrix`)', fixed(designSeconds, 2), '(inside the fits)', '—', '—'],
      ['OLS + CR1 by school: `fitOls` vs `lm` + `sandwich::vcovCL(type = "HC1")`', fixed(olsSeconds, 2),
        rLm === null ? '—' : `${fixed(rLm + rCl, 2)} (lm ${fixed(rLm, 2)}, vcovCL ${fixed(rCl, 2)})`, ratio(olsSeconds, rLm === null ? null : rLm + rCl), agreement(ols, 'ols', 'se')],
      ['random intercept by school, REML: `fitRandomInterceptModel` vs `lme4::lmer(REML = TRUE)`', fixed(mixedSeconds, 2), fixed(rLmer, 2), ratio(mixedSeconds, rLmer), agreement(mixed, 'lmer', 'se')],
      ['both estimators, design included', fixed(designSeconds + olsSeconds + mixedSeconds, 2), rLm === null ? '—' : fixed(rLm + rCl + rLmer, 2), ratio(designSeconds + olsSeconds + mixedSeconds, rLm === null ? null : rLm + rCl + rLmer), ''],
    ];
    const rVersion = r ? `; ${r.version}` : '';
    let text = `## Speed: ${design.rows.toLocaleString('en-GB')} pupils, ${design.columns} columns, ${design.clusterLabels.length.toLocaleString('en-GB')} schools\n\n`;
    text += `Factor rows generated directly by scripts/model-synthetic.mjs (${rowsWanted.toLocaleString('en-GB')} rows, seed 7, 2 % missing one variable; not via synth + link, which takes far longer at this size), rees preset clustered by school. cla-analyse: best of 3 runs in one process, each step timed alone (the fits take the design matrix; building it from FactorRow objects is its own row). R reads the same rows from a CSV written after the cla-analyse runs (not timed) and is timed on the fits alone (\`system.time\`, elapsed; model.frame and model.matrix are inside \`lm\` and \`lmer\`). "max rel. diff vs R" = the largest relative difference of any estimate or SE from R's. ${machine}${rVersion}.\n\n`;
    text += markdownTable(['step', 'cla-analyse (s)', 'R (s)', 'R ÷ cla-analyse', 'max rel. diff vs R'], rows_) + '\n';
    const intercept = termOf(mixed, 'intercept');
    text += `\nREML: σ²_school ${fixed(mixed.clusterVariance, 4)}, σ²_pupil ${fixed(mixed.residualVariance, 4)}, log-likelihood ${fixed(mixed.remlLogLikelihood, 3)}${r ? ` (lme4: ${fixed(rNumber('lmer.sigma2_school'), 4)}, ${fixed(rNumber('lmer.sigma2_residual'), 4)}, ${fixed(rNumber('lmer.reml_loglik'), 3)})` : ''}; intercept ${fixed(intercept?.estimate, 4)}. OLS: ${ols.variance}, ${ols.clusters} clusters.\n`;
    sections.push(text);
    process.stdout.write(`${text}\n`);
  } finally {
    rmSync(csvDir, { recursive: true, force: true });
  }
}

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `# Factor-model benchmark\n\nMade by \`node --max-old-space-size=8192 scripts/bench-model.mjs ${args.join(' ')}\`.\n\n${sections.join('\n')}`);
progress(`written ${outFile}`);
