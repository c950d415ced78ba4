import { mkdirSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { academicYearEnding } from '../domain/years.js';
import { april1Day, march31Day } from './calendar.js';
import { COLUMNS_PUPIL, type PupilTable } from './columns.js';
import { CsvFileWriter, CsvWriterPool } from './csv-writer.js';
import { chooseLaCodes } from './la-codes.js';
import {
  DEFAULT_CHILDREN_IN_CARE_PER_LA, DEFAULT_PUPILS_PER_LA, type SynthOptions, type SynthSummary,
} from './options.js';
import { simulateChildrenOfLa } from './population.js';
import { SchoolEffects } from './schools.js';
import { TRUTH_COLUMNS } from './truth.js';
import { write903Return } from './write-903.js';
import { writeCareCensus } from './write-care-census.js';
import { writeKs4Cohort } from './write-ks4-cohort.js';
import { writePrimaryCohorts } from './write-primary-cohorts.js';

export type { SynthOptions, SynthSummary } from './options.js';
export { KS4_OUTCOME_MODEL } from './outcome-model.js';

/**
 * Generates a seeded synthetic data set: 903 returns per LA and year, national NPD-style pupil files
 * per academic year, and optionally a truth file of the factor table. Same options → byte-identical
 * files. Pupils are simulated one at a time and streamed to disk, so memory stays bounded at national
 * scale (only one LA's children in care are held at once).
 */
export async function generateSyntheticData(opts: SynthOptions): Promise<SynthSummary> {
  const started = Date.now();
  checkOptions(opts);
  const las = chooseLaCodes(opts.las, opts.seed);
  const { from, to } = opts.years;
  const cicPerLa = opts.childrenInCarePerLa ?? DEFAULT_CHILDREN_IN_CARE_PER_LA;
  const pupilsPerLa = Math.max(1, Math.round((opts.pupilsPerKs4Year ?? DEFAULT_PUPILS_PER_LA * las.length) / las.length));
  const pool = new CsvWriterPool();
  const truth = opts.truthFile ? new CsvFileWriter(opts.truthFile, TRUTH_COLUMNS as string[]) : null;
  const effects = new SchoolEffects(opts.seed);
  const npdWriters = new Map<PupilTable, CsvFileWriter[]>();
  const npd = (table: PupilTable, year: number) => {
    let byYear = npdWriters.get(table);
    if (!byYear) npdWriters.set(table, (byYear = []));
    let w = byYear[year - 1990];
    if (!w) {
      w = pool.get(join(opts.out, 'npd', `${table}_${academicYearEnding(year).replace('/', '-')}.csv`), COLUMNS_PUPIL[table]);
      byYear[year - 1990] = w;
    }
    return w;
  };
  const stats = { children: 0, ks4: 0, ks4Cla: 0, clamped: 0 };

  for (const [laPosition, la] of las.entries()) {
    const otherLas = las.length > 1 ? las.filter((c) => c !== la) : ['856', '857', '925'].filter((c) => c !== la);
    const children = simulateChildrenOfLa(la, cicPerLa, opts.years, otherLas, opts.seed);
    stats.children += children.filter((c) => c.episodes.some((e) => e.decom <= march31Day(to) && (e.dec === null || e.dec >= april1Day(from - 1)))).length;
    for (let year = from; year <= to; year++) write903Return(pool, opts.out, la, year, children, opts.seed);
    for (let year = from - 1; year <= to; year++) writeCareCensus(la, year, children, pupilsPerLa, from, to, opts.seed, npd);
    for (let year = from; year <= to; year++) {
      writeKs4Cohort(la, year, children, pupilsPerLa, opts, effects, npd, truth, stats);
      writePrimaryCohorts(la, year, children, pupilsPerLa, opts, npd);
    }
    opts.onProgress?.(`LA ${la} (${laPosition + 1} of ${las.length}) done`);
  }

  const counts = pool.closeAll();
  truth?.close();
  const files: Record<string, number> = {};
  let rows903 = 0;
  let rowsPupil = 0;
  for (const path of [...counts.keys()].sort()) {
    const rel = relative(opts.out, path).split(sep).join('/');
    files[rel] = counts.get(path)!;
    if (rel.startsWith('903/')) rows903 += counts.get(path)!;
    else rowsPupil += counts.get(path)!;
  }
  return {
    las, years: { from, to }, seed: opts.seed, files, rows903, rowsPupil, childrenInData: stats.children, ks4Pupils: stats.ks4,
    ks4PupilsEverInCare: stats.ks4Cla, truthRows: truth?.rows ?? 0, clampedEverInCare: stats.clamped,
    clampedFractionEverInCare: stats.ks4Cla === 0 ? 0 : stats.clamped / stats.ks4Cla, elapsedMs: Date.now() - started,
  };
}

function checkOptions(opts: SynthOptions): void {
  const { from, to } = opts.years;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to || from < 2000 || to > 2040) {
    throw new UsageError(`--years must be two return years like 2019-2024 (from ≤ to, 2000–2040); got ${from}-${to}`);
  }
  if (!Number.isInteger(opts.seed)) throw new UsageError('--seed must be a whole number');
  for (const [name, value] of [['childrenInCarePerLa', opts.childrenInCarePerLa], ['pupilsPerKs4Year', opts.pupilsPerKs4Year]] as const) {
    if (value !== undefined && (!Number.isInteger(value) || value < 0)) throw new UsageError(`${name} must be a whole number ≥ 0; got ${value}`);
  }
  if (opts.truthFile) {
    const rel = relative(resolve(opts.out), resolve(opts.truthFile));
    if (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '') {
      throw new UsageError('the truth file must not be inside the output folder (the tool would read it as input): choose a path outside it');
    }
    mkdirSync(dirname(opts.truthFile), { recursive: true });
  }
}

