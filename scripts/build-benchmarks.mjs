#!/usr/bin/env node
/**
 * Builds the bundled benchmark tables in data/benchmarks/ from the DfE underlying data files
 * (Open Government Licence v3.0) kept in /work/shared/reference/dfe-benchmarks/.
 *
 *   node scripts/build-benchmarks.mjs [sourceDir] [outDir]
 *
 * Keeps only the `CLA 12 months at 31 March` social care group (education files), the
 * `Total` phase and the four published phases (absence), and the columns the measure catalogue needs. Every output row keeps the
 * publication's `time_period` and gets an academic `year` ("2023/24"): an academic time_period
 * 202324 is "2023/24"; a reporting year 2024 (903 data, year of the 31 March) is "2023/24".
 * sources.json names, for every output file, the source file and the publication.
 * The tool never reads the source folder at run time: only these outputs.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

const SOURCE_DIR = process.argv[2] ?? '/work/shared/reference/dfe-benchmarks';
const OUT_DIR = process.argv[3] ?? new URL('../data/benchmarks/', import.meta.url).pathname;
const CLA_GROUP = 'CLA 12 months at 31 March';
const LEVELS = { National: 'national', Regional: 'regional', 'Local authority': 'la' };
const PUB = {
  cin: 'Outcomes for children in need, including children looked after by local authorities in England',
  cla: 'Children looked after in England including adoptions',
  stability: 'Stability measures for children looked after',
};
const LICENCE = 'Open Government Licence v3.0';

function readCsv(file) {
  // bom: true strips the UTF-8 byte order mark several of these files start with.
  return parse(readFileSync(join(SOURCE_DIR, file)), { bom: true, columns: true, skip_empty_lines: true });
}

/** 202324 → "2023/24" (academic year); 2024 → "2023/24" (reporting year of 31 March 2024). */
function academicYearOf(timePeriod) {
  const s = String(timePeriod).trim();
  if (/^\d{6}$/.test(s)) return `${s.slice(0, 4)}/${s.slice(4)}`;
  if (/^\d{4}$/.test(s)) return `${+s - 1}/${String(+s % 100).padStart(2, '0')}`;
  throw new Error(`Unrecognised time_period ${s}`);
}

/** The area code of a row: country code, region code or the 3-digit old LA code. */
function areaOf(row) {
  const level = LEVELS[row.geographic_level];
  if (!level) throw new Error(`Unrecognised geographic_level ${row.geographic_level}`);
  const code = level === 'national' ? row.country_code : level === 'regional' ? row.region_code : row.old_la_code;
  const name = level === 'national' ? row.country_name : level === 'regional' ? row.region_name : row.la_name;
  return { level, code, name };
}

const LEVEL_ORDER = { national: 0, regional: 1, la: 2 };
const KEY_COLUMNS = ['time_period', 'year', 'level', 'code', 'name'];

function csvCell(v) {
  const s = v === undefined || v === null ? '' : String(v).trim();
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function writeCsv(file, columns, rows) {
  const sorted = [...rows].sort((a, b) =>
    a.time_period.localeCompare(b.time_period) || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.code.localeCompare(b.code));
  const text = [columns.join(','), ...sorted.map((r) => columns.map((c) => csvCell(r[c])).join(','))].join('\n') + '\n';
  writeFileSync(join(OUT_DIR, file), text);
  return sorted.length;
}

/** Wide files (one row per area and year): keep the CLA 12 months group and the chosen columns. */
function wideTable(source, outFile, columns, filter) {
  const rows = readCsv(source).filter(filter).map((r) => {
    const out = { time_period: r.time_period, year: academicYearOf(r.time_period), ...areaOf(r) };
    for (const c of columns) {
      if (!(c in r)) throw new Error(`${source}: no column ${c}`);
      out[c] = r[c];
    }
    return out;
  });
  assertUnique(outFile, rows);
  return writeCsv(outFile, [...KEY_COLUMNS, ...columns], rows);
}

/** Long files (one row per area, year and breakdown): pivot the named breakdowns to columns. */
function pivotTable(source, outFile, picks) {
  const byKey = new Map();
  for (const r of readCsv(source)) {
    for (const p of picks) {
      if (!p.match(r)) continue;
      const area = areaOf(r);
      const key = `${r.time_period}|${area.level}|${area.code}`;
      const out = byKey.get(key) ?? { time_period: r.time_period, year: academicYearOf(r.time_period), ...area };
      for (const [col, from] of Object.entries(p.columns)) {
        if (out[col] !== undefined) throw new Error(`${source}: two rows for ${key} ${col}`);
        out[col] = r[from];
      }
      byKey.set(key, out);
    }
  }
  const columns = picks.flatMap((p) => Object.keys(p.columns));
  for (const row of byKey.values()) for (const c of columns) row[c] ??= 'x';
  return writeCsv(outFile, [...KEY_COLUMNS, ...columns], [...byKey.values()]);
}

function assertUnique(name, rows) {
  const seen = new Set();
  for (const r of rows) {
    const k = `${r.time_period}|${r.level}|${r.code}`;
    if (seen.has(k)) throw new Error(`${name}: duplicate row ${k}`);
    seen.add(k);
  }
}

const is = (field, value) => (r) => r[field] === value;
const both = (...fs) => (r) => fs.every((f) => f(r));

mkdirSync(OUT_DIR, { recursive: true });
const sources = {};
const counts = {};

// ---- education (academic years) ----
const KS4_COLUMNS = ['version', 't_pupils', 'avg_att8', 'pt_l2basics_94', 'pt_l2basics_95', 'pt_ebacc_e_ptq_ee',
  'avg_ebaccaps', 't_inp8calc', 'avg_p8score', 'p8score_CI_low', 'p8score_CI_upp'];
counts['ks4_cla12m.csv'] = wideTable('ks4_la.csv', 'ks4_cla12m.csv', KS4_COLUMNS, is('social_care_group', CLA_GROUP));
sources['ks4_cla12m.csv'] = { source_file: 'ks4_la.csv', publication: PUB.cin, filter: `social_care_group = ${CLA_GROUP}` };

const KS2_COLUMNS = ['version', 't_rwm_eligible_pupils', 'pt_read_met_expected_standard', 'pt_writta_met_expected_standard',
  'pt_mat_met_expected_standard', 'pt_rwm_met_expected_standard', 'pt_gps_met_expected_standard',
  'pt_scita_met_expected_standard',
  't_read_progress_eligible_pupils', 'avg_read_progress_score', 'avg_read_progress_score_lower_CI', 'avg_read_progress_score_upper_CI',
  't_writta_progress_eligible_pupils', 'avg_writta_progress_score', 'avg_writta_progress_score_lower_CI', 'avg_writta_progress_score_upper_CI',
  't_mat_progress_eligible_pupils', 'avg_mat_progress_score', 'avg_mat_progress_score_lower_CI', 'avg_mat_progress_score_upper_CI'];
counts['ks2_cla12m.csv'] = wideTable('ks2_la.csv', 'ks2_cla12m.csv', KS2_COLUMNS, is('social_care_group', CLA_GROUP));
sources['ks2_cla12m.csv'] = { source_file: 'ks2_la.csv', publication: PUB.cin, filter: `social_care_group = ${CLA_GROUP}` };

const ABSENCE_COLUMNS = ['t_pupils', 'pt_overall', 'pt_sess_unauthorised', 'pt_pupils_pa_10_exact', 'pt_pupils_pa_50_exact'];
// Total keeps the published column names; each phase the DfE publishes gets the same columns with a
// suffix (pt_overall_primary, ...): the tool sets them beside its phase rows (breakdown `phase`).
// Total = state-funded primary + secondary + alternative provision + special (the published pupils add up).
const ABSENCE_PHASES = { 'State-funded primary': 'primary', 'State-funded secondary': 'secondary', Special: 'special',
  'State-funded alternative provision school': 'alternative_provision' };
const absencePick = (phase, suffix) => ({
  match: both(is('social_care_group', CLA_GROUP), is('phase_type_grouping', phase), is('absence_terms', 'six half terms')),
  columns: Object.fromEntries(ABSENCE_COLUMNS.map((c) => [suffix ? `${c}_${suffix}` : c, c])),
});
counts['absence_cla12m.csv'] = pivotTable('absence_la.csv', 'absence_cla12m.csv',
  [absencePick('Total', ''), ...Object.entries(ABSENCE_PHASES).map(([phase, suffix]) => absencePick(phase, suffix))]);
sources['absence_cla12m.csv'] = { source_file: 'absence_la.csv', publication: PUB.cin,
  filter: `social_care_group = ${CLA_GROUP}; absence_terms = six half terms; phase_type_grouping Total (published column names) and ` +
    'State-funded primary, State-funded secondary, Special, State-funded alternative provision school (columns suffixed _primary, _secondary, _special, _alternative_provision)' };

// ---- 903 data (reporting years: the year of the 31 March) ----
const stab = (group, breakdown, prefix) => ({
  match: both(is('cla_group', group), is('placement_stability', breakdown)),
  columns: { [`n_${prefix}`]: 'children_count', [`pt_${prefix}`]: 'children_percent' },
});
const STAB_TOTAL = (group, prefix) => ({
  match: both(is('cla_group', group), is('placement_stability', 'Total children')),
  columns: { [`total_${prefix}`]: 'children_count' },
});
counts['placement_stability.csv'] = pivotTable('la_cla_placement_stability.csv', 'placement_stability.csv', [
  STAB_TOTAL('CLA on 31 March', '3plus_year'),
  stab('CLA on 31 March', 'With 3 or more placements during the year', '3plus_year'),
  STAB_TOTAL('CLA 2 years on 31 March', '3plus_2years'),
  stab('CLA 2 years on 31 March', 'With 3 or more placements during the previous 2 years', '3plus_2years'),
  STAB_TOTAL('Children looked after continuously for at least 2.5 years on 31 March aged under 16 years', 'long_term'),
  stab('Children looked after continuously for at least 2.5 years on 31 March aged under 16 years',
    'Living with the same carer for at least 2 years', 'long_term'),
]);
sources['placement_stability.csv'] = { source_file: 'la_cla_placement_stability.csv', publication: PUB.stability };

const move = (group, measure, breakdown, prefix) => ({
  match: both(is('cla_group', group), is('move_measure', measure), is('school_stability', breakdown)),
  columns: { [`n_${prefix}`]: 'number', [`pt_${prefix}`]: 'percentage' },
});
counts['school_moves.csv'] = pivotTable('la_cla_school_moves.csv', 'school_moves.csv', [
  { match: both(is('cla_group', 'CLA on 31 March'), is('move_measure', 'Any moves'), is('school_stability', 'Total children')),
    columns: { total_cla31mar: 'number' } },
  move('CLA on 31 March', 'Any moves', 'With one or more moves during the year', 'any_year'),
  move('CLA on 31 March', 'Mid-year moves', 'With one or more mid-year moves during the year', 'midyear_year'),
  { match: both(is('cla_group', 'CLA 2 years on 31 March'), is('move_measure', 'Any moves'), is('school_stability', 'Total children')),
    columns: { total_cla2years: 'number' } },
  move('CLA 2 years on 31 March', 'Any moves', 'With one or more moves during the previous 2 years', 'any_2years'),
  move('CLA 2 years on 31 March', 'Mid-year moves', 'With one or more mid-year moves during the previous 2 years', 'midyear_2years'),
]);
sources['school_moves.csv'] = { source_file: 'la_cla_school_moves.csv', publication: PUB.stability };

const oc2 = (characteristic, breakdown, prefix, pct = true) => ({
  match: both(is('characteristic', characteristic), is('breakdown', breakdown)),
  columns: pct ? { [`n_${prefix}`]: 'children_count', [`pt_${prefix}`]: 'children_percent' } : { [prefix]: 'children_count' },
});
const HEALTH = 'Health assessments: Children looked after all ages';
const SDQ = 'Ages 5 to 16 years with SDQ score';
const SUBSTANCE = 'Substance misuse: Children looked after all ages';
const DEVELOPMENT = 'Development assessments: Children looked after ages 0 to 4 years';
const CONVICTIONS = 'Convictions: Children looked after Ages 10 to 17 years';
counts['oc2_health.csv'] = pivotTable('la_conviction_health_outcome_cla.csv', 'oc2_health.csv', [
  oc2(HEALTH, 'Total all ages', 'total_all_ages', false),
  oc2(HEALTH, 'Had their annual health assessment', 'health_assessment'),
  oc2(HEALTH, 'Had their immunisations up to date', 'immunisations'),
  oc2(HEALTH, 'Had their teeth checked by a dentist', 'teeth_check'),
  oc2(DEVELOPMENT, 'Total ages 0 to 4 years', 'total_0_to_4', false),
  oc2(DEVELOPMENT, 'Development assessments up to date', 'health_check'),
  oc2(CONVICTIONS, 'Total ages 10 to 17 years', 'total_10_to_17', false),
  oc2(CONVICTIONS, 'Convicted or subject to youth cautions, or youth conditional cautions during the year', 'convicted'),
  oc2(SUBSTANCE, 'Identified as having a substance misuse problem', 'substance_misuse'),
  oc2(SDQ, 'Total ages 5 to 16 years', 'total_5_to_16', false),
  oc2(SDQ, 'SDQ score was received', 'sdq_received'),
  // The published average SDQ score sits in the children_count column (children_percent is z).
  oc2(SDQ, 'SDQ average score', 'sdq_average', false),
  oc2(SDQ, 'SDQ score is normal', 'sdq_normal'),
  oc2(SDQ, 'SDQ score is borderline', 'sdq_borderline'),
  oc2(SDQ, 'SDQ score is a cause for concern', 'sdq_concern'),
]);
sources['oc2_health.csv'] = { source_file: 'la_conviction_health_outcome_cla.csv', publication: PUB.cla };

counts['cla_numbers.csv'] = pivotTable('cla_number_and_rate_per_10k_children.csv', 'cla_numbers.csv', [{
  match: is('population_type', 'Children looked after on 31 March each year'),
  columns: { population_0_17: 'population_estimate', cla_31mar: 'children_count', rate_per_10000: 'rate_per_10000' },
}]);
sources['cla_numbers.csv'] = { source_file: 'cla_number_and_rate_per_10k_children.csv', publication: PUB.cla,
  filter: 'population_type = Children looked after on 31 March each year' };

// Care leavers (OC3) in education, employment or training, by age group. The DfE's percentage is of every
// care leaver of the age group ('Total': those not in touch or whose activity is not known included), the
// same children as the tool's oc3_eet_* measures. Suitable accommodation is not bundled: the DfE's
// denominator ('Suitability total', 14,200 aged 17-18 in England in 2024) is not every care leaver (14,270).
const leaverTotal = (age, prefix) => ({ match: both(is('care_leaver_age', age), is('breakdown', 'Total')), columns: { [`total_${prefix}`]: 'care_leaver_count' } });
const leaverEet = (age, prefix) => ({
  match: both(is('care_leaver_age', age), is('breakdown', 'Total in education, employment or training')),
  columns: { [`n_eet_${prefix}`]: 'care_leaver_count', [`pt_eet_${prefix}`]: 'care_leaver_percent' },
});
counts['care_leavers.csv'] = pivotTable('la_care_leavers_activity.csv', 'care_leavers.csv', [
  leaverTotal('17 to 18 years', '17_18'), leaverEet('17 to 18 years', '17_18'),
  leaverTotal('19 to 21 years', '19_21'), leaverEet('19 to 21 years', '19_21'),
]);
sources['care_leavers.csv'] = { source_file: 'la_care_leavers_activity.csv', publication: PUB.cla,
  filter: "breakdown = Total and Total in education, employment or training; care_leaver_age 17 to 18 years, 19 to 21 years" };

// ---- LA names and regions (latest row seen for each LA over every file above) ----
const LONDON_SUB_REGIONS = new Set(['E13000001', 'E13000002']);
const laInfo = new Map();
for (const file of ['ks4_la.csv', 'cla_number_and_rate_per_10k_children.csv']) {
  for (const r of readCsv(file)) {
    if (r.geographic_level !== 'Local authority') continue;
    const prev = laInfo.get(r.old_la_code);
    if (prev && prev.last_time_period_key >= periodKey(r.time_period)) continue;
    const london = LONDON_SUB_REGIONS.has(r.region_code);
    laInfo.set(r.old_la_code, {
      la: r.old_la_code, la_name: r.la_name, new_la_code: r.new_la_code,
      region_code: london ? 'E12000007' : r.region_code, region_name: london ? 'London' : r.region_name,
      sub_region_code: london ? r.region_code : '', sub_region_name: london ? r.region_name : '',
      last_time_period_key: periodKey(r.time_period), last_year: academicYearOf(r.time_period),
    });
  }
}
function periodKey(tp) { return /^\d{6}$/.test(tp) ? +tp.slice(0, 4) + 1 : +tp; }
{
  const cols = ['la', 'la_name', 'new_la_code', 'region_code', 'region_name', 'sub_region_code', 'sub_region_name', 'last_year'];
  const rows = [...laInfo.values()].sort((a, b) => a.la.localeCompare(b.la));
  writeFileSync(join(OUT_DIR, 'la_info.csv'), [cols.join(','), ...rows.map((r) => cols.map((c) => csvCell(r[c])).join(','))].join('\n') + '\n');
  counts['la_info.csv'] = rows.length;
  sources['la_info.csv'] = { source_file: 'ks4_la.csv; cla_number_and_rate_per_10k_children.csv',
    publication: `${PUB.cin}; ${PUB.cla}`,
    note: 'Name and region from the latest year in which the LA appears. Inner and Outer London LAs get region E12000007 London; the sub-region is kept.' };
}

// ---- statistical neighbours ----
{
  const out = [];
  const sn21 = parse(readFileSync(join(SOURCE_DIR, 'New_Statistical_Neighbour_Groupings_April_2021.csv')), { bom: true, relax_column_count: true });
  // Header: LA num, LA Name, LA number, GOInd, GOReg, SN1, SNP, SN2, SNP, ... SN10, SNP (repeated SNP names: read by position).
  for (const r of sn21.slice(1)) {
    if (!r[0]?.trim()) continue;
    for (let k = 0; k < 10; k++) {
      const neighbour = r[5 + 2 * k]?.trim();
      if (neighbour) out.push({ grouping: '2021', la: r[0].trim(), rank: k + 1, neighbour, closeness: r[6 + 2 * k]?.trim() ?? '' });
    }
  }
  const sn25 = readCsv('sn_model_2025_wide.csv');
  for (const r of sn25) {
    for (let k = 1; k <= 10; k++) {
      const neighbour = r[`SN_${k}`]?.trim();
      if (neighbour) out.push({ grouping: '2025', la: r.old_la_code.trim(), rank: k, neighbour, closeness: r[`SN_${k}P`]?.trim() ?? '' });
    }
  }
  const cols = ['grouping', 'la', 'rank', 'neighbour', 'closeness'];
  out.sort((a, b) => a.grouping.localeCompare(b.grouping) || a.la.localeCompare(b.la) || a.rank - b.rank);
  writeFileSync(join(OUT_DIR, 'statistical_neighbours.csv'), [cols.join(','), ...out.map((r) => cols.map((c) => csvCell(r[c])).join(','))].join('\n') + '\n');
  counts['statistical_neighbours.csv'] = out.length;
  sources['statistical_neighbours.csv'] = {
    source_file: 'New_Statistical_Neighbour_Groupings_April_2021.csv; sn_model_2025_wide.csv',
    publication: "DfE Children's services statistical neighbour benchmarking tool (April 2021 groupings; 2025 model)",
  };
}

// England all pupils (state-funded schools). The DfE's children-in-need files hold social care groups
// only, so these national all-pupil figures are typed in from the DfE's own national releases, each
// cell as published; a year the build has no published figure for is `x`, a year with no
// assessment or no measure `z`. Sources (Open Government Licence v3.0):
//  KS4: Key stage 4 performance, "National characteristics data", All state-funded, Total
//       (explore-education-statistics.service.gov.uk/data-tables/permalink/af178607-099c-4aa0-a00a-08dbd1466a44),
//       2018/19 to 2021/22, and Progress 8 for 2022/23; Progress 8 was not published for 2019/20 and 2020/21
//       (":" in the table: z here). 2022/23 Attainment 8 and English and maths 4+/5+ are the revised figures
//       (46.3, 65.1%, 45.3%) of the same table made after the revised release of February 2024
//       (permalink e09cca85-15ba-42b8-52a1-08dc3ae70a0c; release key-stage-4-performance-revised/2022-23, whose
//       headline facts give 46.3 and 45.3%): the first permalink was made from the provisional file (46.2,
//       64.8%, 45.0%), and the CLA figures beside them come from the revised KS4 data.
//       2023/24 and 2024/25: no national all-pupil KS4 figure was found in a published table we could cite
//       (searched 2026-12-05), so x.
//  KS2: Key stage 2 attainment: National headlines, 2023/24 and 2024/25 releases (61% in 2024, up from 60%
//       in 2023; 65% in 2019; 62% in 2025; reading 74% in 2024 and 73% in 2023); no assessments in 2020 and 2021.
//  Absence: no full-year all-pupil figure (Pupil absence in schools in England, six half terms) has been
//       typed in from a table we could cite: x.
const ALL_PUPIL_TABLES = [
  { cells: 'avg_att8, pt_l2basics_94, pt_l2basics_95 2018/19-2021/22; avg_p8score 2018/19-2022/23',
    release: 'Key stage 4 performance 2022/23 (provisional, October 2023)', table: 'National characteristics data, All state-funded, Total',
    url: 'https://explore-education-statistics.service.gov.uk/data-tables/permalink/af178607-099c-4aa0-a00a-08dbd1466a44' },
  { cells: 'avg_att8, pt_l2basics_94, pt_l2basics_95 2022/23 (revised)',
    release: 'Key stage 4 performance 2022/23 (revised, February 2024)', table: 'National characteristics data, All state-funded, Total',
    url: 'https://explore-education-statistics.service.gov.uk/data-tables/permalink/e09cca85-15ba-42b8-52a1-08dc3ae70a0c' },
  { cells: 'pt_rwm_met_expected_standard 2018/19, 2022/23-2024/25; pt_read_met_expected_standard 2022/23-2023/24',
    release: 'Key stage 2 attainment: National headlines, 2023/24 and 2024/25', table: 'headline facts and figures',
    url: 'https://explore-education-statistics.service.gov.uk/find-statistics/key-stage-2-attainment-national-headlines' },
  { cells: 'avg_att8, avg_p8score, pt_l2basics_94, pt_l2basics_95 2023/24 and 2024/25; pt_overall and pt_pupils_pa_10_exact every year',
    release: 'none', table: 'x: no published national all-pupil table found to cite (searched 2026-12-05)', url: '' },
];
const ALL_PUPIL_COLUMNS = ['avg_att8', 'avg_p8score', 'pt_l2basics_94', 'pt_l2basics_95',
  'pt_rwm_met_expected_standard', 'pt_read_met_expected_standard', 'pt_overall', 'pt_pupils_pa_10_exact'];
const ALL_PUPILS = {
  '201819': ['46.7', '-0.03', '64.6', '43.2', '65', 'x', 'x', 'x'],
  '201920': ['50.2', 'z', '71.2', '49.9', 'z', 'z', 'x', 'x'],
  '202021': ['50.9', 'z', '72.2', '51.9', 'z', 'z', 'x', 'x'],
  '202122': ['48.8', '-0.03', '68.8', '49.8', 'x', 'x', 'x', 'x'],
  '202223': ['46.3', '-0.03', '65.1', '45.3', '60', '73', 'x', 'x'],
  '202324': ['x', 'x', 'x', 'x', '61', '74', 'x', 'x'],
  '202425': ['x', 'x', 'x', 'x', '62', 'x', 'x', 'x'],
};
counts['england_all_pupils.csv'] = writeCsv('england_all_pupils.csv', [...KEY_COLUMNS, ...ALL_PUPIL_COLUMNS],
  Object.entries(ALL_PUPILS).map(([tp, cells]) => ({
    time_period: tp, year: academicYearOf(tp), level: 'national', code: 'E92000001', name: 'England',
    ...Object.fromEntries(ALL_PUPIL_COLUMNS.map((c, i) => [c, cells[i]])),
  })));
sources['england_all_pupils.csv'] = {
  source_file: 'typed in from the national tables (scripts/build-benchmarks.mjs names each table)',
  publication: 'Key stage 4 performance (National characteristics data, All state-funded); Key stage 2 attainment: National headlines',
  filter: 'England, all pupils in state-funded schools',
  tables: ALL_PUPIL_TABLES,
};

for (const s of Object.values(sources)) s.licence = LICENCE;
writeFileSync(join(OUT_DIR, 'sources.json'), JSON.stringify({
  built_from: 'dfe-analytical-services/CSC_outcomes_and_enablers data-raw/ (commit 2f5d11a)',
  year_rule: 'year = academic year: time_period 202324 -> 2023/24; reporting year 2024 (31 March 2024) -> 2023/24',
  symbols: { c: 'confidential (suppressed)', x: 'not available', z: 'not applicable', k: 'rounds to zero', low: 'below half the rounding unit' },
  files: sources,
  rows: counts,
}, null, 2) + '\n');
console.log(counts);
