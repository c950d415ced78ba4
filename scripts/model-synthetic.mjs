// Seeded synthetic factor-table rows for the model's reference fixture and benchmark.
// Synthetic only: no real pupil. Deterministic for a given seed.

/** mulberry32: a small seeded PRNG returning uniforms in [0, 1). */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(random) {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function poisson(random, mean) {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = random();
  while (p > limit) { k++; p *= random(); }
  return k;
}

const pick = (random, items, weights) => {
  let u = random() * weights.reduce((s, w) => s + w, 0);
  for (let i = 0; i < items.length; i++) { u -= weights[i]; if (u < 0) return items[i]; }
  return items[items.length - 1];
};

/**
 * Rows shaped like FactorRow (src/link/factor-row.ts), with a school random effect (sd 4) and a
 * Rees-like data-generating model. `missingRate` of the pupils lose one factor at random.
 */
export function syntheticFactorRows({ rows, schools, seed, missingRate = 0.05 }) {
  const random = seededRandom(seed);
  const schoolEffect = Array.from({ length: schools }, () => 4 * normal(random));
  const years = ['2021/22', '2022/23', '2023/24'];
  const out = [];
  for (let i = 0; i < rows; i++) {
    const school = Math.floor(random() * schools);
    const placementChanges = poisson(random, 1.2);
    const schoolChange = random() < 0.15 ? 1 : 0;
    const unauthorised = Math.round(100 * Math.max(0, 4 + 4 * normal(random))) / 100;
    const suspension = Math.round(2 * poisson(random, 0.8)) / 2;
    const notFoster = random() < 0.2 ? 1 : 0;
    const schoolType = pick(random, ['mainstream', 'special', 'ap', 'independent'], [80, 10, 7, 3]);
    const daysInCare = Math.floor(365 + random() * 4000);
    const ks2 = Math.round(10 * (100 + 6 * normal(random))) / 10;
    const sex = random() < 0.55 ? 'M' : 'F';
    const sen = pick(random, ['none', 'support', 'ehcp'], [55, 30, 15]);
    const year = years[Math.floor(random() * years.length)];
    const typeEffect = { mainstream: 0, special: -14, ap: -13, independent: 2 }[schoolType];
    const senEffect = { none: 0, support: -3, ehcp: -6 }[sen];
    const att8 =
      -60 + 0.85 * ks2 - 0.33 * placementChanges - 5 * schoolChange - 0.45 * unauthorised - 0.17 * suspension -
      6 * notFoster + typeEffect + 0.4 * (daysInCare / 365.25) + (sex === 'F' ? 2 : 0) + senEffect +
      (year === '2023/24' ? 1 : 0) + schoolEffect[school] + 9 * normal(random);
    const row = {
      pupil_key: `P${String(i + 1).padStart(7, '0')}`,
      ks4_year: year,
      la: String(800 + Math.floor(school / 20)),
      school_urn: String(100000 + school),
      placement_changes_after_11: placementChanges,
      school_change_y10_y11: schoolChange,
      unauthorised_absence_pct: unauthorised,
      suspension_days: suspension,
      not_foster_y11: notFoster,
      school_type_y11: schoolType,
      days_in_care: daysInCare,
      ks2_emss: ks2,
      sex,
      sen_y11: sen,
      att8: Math.round(10 * Math.min(90, Math.max(0, att8))) / 10,
    };
    if (random() < missingRate) {
      const key = pick(random, ['att8', 'ks2_emss', 'unauthorised_absence_pct', 'sen_y11', 'school_urn'], [1, 2, 1, 1, 1]);
      row[key] = null;
    }
    out.push(row);
  }
  return out;
}

export const fixtureColumns = [
  'pupil_key', 'ks4_year', 'la', 'school_urn', 'placement_changes_after_11', 'school_change_y10_y11',
  'unauthorised_absence_pct', 'suspension_days', 'not_foster_y11', 'school_type_y11', 'days_in_care',
  'ks2_emss', 'sex', 'sen_y11', 'att8',
];

export function toCsv(rows) {
  const lines = [fixtureColumns.join(',')];
  for (const row of rows) lines.push(fixtureColumns.map((c) => (row[c] === null ? '' : String(row[c]))).join(','));
  return lines.join('\n') + '\n';
}
