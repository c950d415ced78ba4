/**
 * Every user-facing sentence of the report layer, in one place (STYLE.md: one module of messages).
 * Renderers never write prose of their own: they take it from here.
 */
import type { GssSymbol } from '../measures/row.js';

/** The GSS symbols, explained in a footnote of every human-readable format. */
export const SYMBOL_EXPLANATIONS: Readonly<Record<GssSymbol, string>> = {
  c: 'c = suppressed to protect confidentiality (a small number, or a figure from which one could be worked out)',
  x: 'x = not available',
  z: 'z = not applicable',
};
export const SYMBOL_ORDER: readonly GssSymbol[] = ['c', 'x', 'z'];
export const KEY_LINE = 'Key: c = suppressed to protect confidentiality; x = not available; z = not applicable. Percentages are shown with their counts (4 of 18, 22.2%).';

/** The suppression rule as applied (suppress.ts; README "Small-number suppression"). */
export function suppressionSentence(threshold: number, audience: 'public' | 'board' = 'public'): string {
  if (threshold <= 0) return 'Small-number suppression is OFF (--suppress 0): internal use only; this report must not be shared.';
  const rule =
    `A figure about 1 to ${threshold - 1} children, a percentage of children whose numerator is 1 to ${threshold - 1}, ` +
    `and 0% or 100% of fewer than ${2 * threshold} children are shown as c; further figures in the same breakdown are ` +
    'also shown as c wherever a c figure could otherwise be worked out from the total. Zero counts are shown.';
  return audience === 'board'
    ? `${rule} For the Corporate Parenting Board, totals (rows with no breakdown) are shown with their counts however small; breakdowns are suppressed as above.`
    : rule;
}

/**
 * The notice every page of a report carries when it is not fit to publish: the board audience shows
 * small totals, and a threshold of 0 shows everything. Null for a public report.
 */
export function audienceNotice(audience: 'public' | 'board', threshold: number): string | null {
  if (threshold <= 0) return 'NOT FOR PUBLICATION: internal use only. Small-number suppression is off (--suppress 0); do not share this report.';
  if (audience === 'board') return 'NOT FOR PUBLICATION: prepared for the Corporate Parenting Board. Totals include small numbers; do not publish or share outside the board.';
  return null;
}

/** How the audience is named in the subtitle of every format. */
export const AUDIENCE_LABEL: Readonly<Record<'public' | 'board', string>> = {
  public: 'public (suppressed for publication)',
  board: 'Corporate Parenting Board (not for publication)',
};

export const GAP_EXPLANATION = 'Gap = this local authority minus the benchmark (percentage points for percentages).';
export const PERCENT_EXPLANATION = 'Percentages are of the pupils or children in the cohort with the information.';

export const REPORT_FOOTER = (toolVersion: string): string => `Produced by cla-analyse ${toolVersion}. Synthetic or local data only; no figure was sent anywhere.`;

export const COLUMN = {
  la: 'LA',
  measure: 'Measure',
  cohort: 'Cohort',
  breakdown: 'Breakdown',
  year: 'Year',
  numerator: 'Numerator',
  denominator: 'Denominator',
  value: 'Value',
  ci: '95% CI',
  note: 'Note',
  gapOf: (label: string) => `Gap vs ${label}`,
} as const;

export const BREAKDOWN_ALL = 'All';

/** Labels of breakdown dimensions; others are shown with `_` as a space and a capital first letter. */
export const BREAKDOWN_LABELS: Readonly<Record<string, string>> = {
  sex: 'Sex',
  age_band: 'Age band',
  legal_status: 'Legal status',
  placement_group: 'Placement',
  provider: 'Provider',
  ethnic_group: 'Ethnic group',
  uasc: 'UASC',
  cin: 'CIN',
  sen: 'SEN',
  key_stage: 'Key stage',
  school_location: 'School',
};

/** Human labels for benchmark scopes (measures.md, Benchmarks). Unknown scopes show their id. */
export const SCOPE_LABELS: Readonly<Record<string, string>> = {
  england_cla_12m: 'England CLA',
  england_all: 'England all pupils',
  region_cla_12m: 'Region CLA',
  sn_cla_12m_2021: 'Statistical neighbours CLA (2021)',
  sn_cla_12m_2025: 'Statistical neighbours CLA (2025)',
  la_published: 'LA published',
  la_all_pupils: 'LA all pupils',
  la_not_looked_after: 'LA not looked after',
};
export const SCOPE_ORDER: readonly string[] = Object.keys(SCOPE_LABELS);

export const CHART = {
  leftOut: (labels: string[]) =>
    `Not plotted (suppressed or not available, never drawn as zero): ${labels.join(', ')}.`,
  nothingToPlot: 'No figure in this chart can be shown (all suppressed or not available).',
  thisLa: (la: string) => `This LA (${la})`,
  zeroLine: 'Zero = the national average Progress 8 of all pupils.',
  benchmarksDesc: (measure: string, la: string, year: string) => `Bar chart of ${measure} in ${year}: ${la} (the first bar, in blue, its name in bold) beside its benchmarks (grey bars).`,
  trendDesc: (measure: string, la: string, scopes: string[]) =>
    `Line chart of ${measure} over years: ${la} as a thick solid blue line with its values marked${scopes.length ? `, ${scopes.join(' and ')} as thinner dashed lines` : ''}.`,
  seriesValuesDesc: (series: string[]) => `Values: ${series.join('; ')}.`,
  progressDesc: 'Progress 8 score with its 95% confidence interval for each year (a point and a vertical line); a solid grey horizontal line marks zero.',
  progressLinesDesc: (scopes: string[]) => `Dashed lines show ${scopes.join(' and ')} each year.`,
  neighboursScope: (grouping: string) => `Stat. neighbours CLA (${grouping} grouping)`,
  laPublished: (la: string) => `${la}, DfE published`,
  everyYear: (series: string, symbol: string) => `${series}, every year (${symbol})`,
  bestFirst: (better: 'higher' | 'lower') => `best first (${better} is better)`,
  highestFirst: 'highest first',
  byLaDesc: (measure: string, order: string, scopes: string[]) =>
    `Bar chart of ${measure} for each local authority, ${order}` +
    (scopes.length ? `; dashed vertical lines mark ${scopes.join(' and ')}.` : '.'),
  intervalByLaDesc: (measure: string, order: string, scopes: string[]) =>
    `Chart of ${measure} for each local authority, ${order}: a point for the score and a horizontal line for its 95% confidence interval; a solid vertical line marks zero (the average of all pupils nationally)` +
    (scopes.length ? `; dashed vertical lines mark ${scopes.join(' and ')}.` : '.'),
  focusDesc: (la: string, neighbours: number, grouping: number) =>
    `${la} is highlighted (bold label, orange) with ${neighbours === 0 ? 'none of its statistical neighbours in the run' : `its ${neighbours} statistical neighbour${neighbours === 1 ? '' : 's'} in the run (${grouping} grouping) in blue`}; other LAs are grey.`,
  valuesDesc: (las: string[], refs: string[]) => `Values in order: ${las.join('; ')}.${refs.length ? ` Reference lines: ${refs.join('; ')}.` : ''}`,
  neighboursGroup: (grouping: number) => `Statistical neighbours (${grouping})`,
  otherLas: 'Other LAs',
  blockedUrl: (u: string) => `external data is disabled in charts (no network access): ${u}`,
} as const;

export const SHEET = {
  contents: 'Contents',
  contentsHeader: ['Sheet', 'Title'] as const,
  notes: 'Notes',
  notesHeader: ['Item', 'Text'] as const,
  symbols: 'Symbols',
  sources: 'Benchmark source',
  suppression: 'Suppression',
  generated: 'Produced by',
  document: 'Report',
} as const;

export const ERRORS = {
  badThreshold: (t: number) =>
    `Suppression threshold ${String(t)} is not a whole number of 0 or more: use e.g. 5 (the default) or 0 to turn suppression off.`,
  identifierFound: (kind: string, where: number, count: number) =>
    `Output contains a child identifier (${kind}) at character ${where} (${count} occurrence${count === 1 ? '' : 's'} in all). ` +
    'Aggregate outputs must not carry UPNs, CHILD ids or dates of birth: remove the column or value that holds it before sharing.',
} as const;

export const SECTION_TEXT = {
  noRows: 'No figures are available for this section.',
  modelIntro: 'Estimates from the factor model (see the model output for details). Terms with p < 0.05 are marked in the sentence column.',
} as const;

export const BUILD_TEXT = {
  defaultTitle: (year: string) => `Education of children looked after: Virtual School report ${year}`,
  benchmarkChartTitle: (measure: string, year: string, la: string | null = null) => `${measure}, ${year}: ${la ?? 'this LA'} and benchmarks`,
  trendChartTitle: (measure: string, from: string, to: string) => `${measure}, ${from} to ${to}`,
  progressChartTitle: (from: string, to: string) => `Progress 8, ${from} to ${to}, with 95% confidence intervals`,
  byLaChartTitle: (measure: string, year: string) => `${measure} by LA, ${year}`,
  trendsTitle: 'Trends',
  trendsSheet: 'Trends',
  trendsIntro:
    'Each measure over the years in the data, beside the latest England figure for children looked after (the appendix gives each year’s figures with their counts, intervals and benchmarks). ' +
    'The charts show each headline measure over the last five years, with England children looked after and England all pupils (where the DfE publishes them) and the LA’s own pupils (where the pupil files hold them) as dashed lines.',
  trendsDetailTitle: 'Trends: figures by year',
  trendsDetailSheet: 'Trend figures by year',
  trendsAppendixTitle: 'Appendix: Trends, figures by year',
  schoolCohortTitle: (year: string) => `Children of school age in ${year}, by key stage and where they go to school`,
  placementMixTitle: (year: string) => `Placement types at 31 March ${year.slice(0, 2)}${year.slice(5, 7)}`,
  placementMixSheet: 'Placement types at 31 March',
  trendBenchmarkHeader: (year: string) => `England CLA ${year}`,
  modelTitle: 'Factor model',
  modelSheet: 'Factor model terms',
  detailTitle: (title: string) => `${title}: by group`,
  appendixTitle: (title: string) => `Appendix: ${title} by group`,
} as const;

/** The LA's own pupils beside the cohort (la-comparisons.ts). */
export const LA_COMPARISON_TEXT = {
  source: (scope: string) => scope === 'la_all_pupils'
    ? 'Computed by cla-analyse from the pupil files of this run: all pupils at the authority’s schools'
    : 'Computed by cla-analyse from the pupil files of this run: pupils at the authority’s schools not looked after for 12 months at 31 March',
  note: 'LA all pupils: every pupil of the pupil files at the authority’s schools; LA not looked after: the same pupils less those looked after for 12 months at 31 March (by any authority). Both are computed from the pupil files of this run, rounded as shown; counts are not shown for them.',
};

/** The factor model's section (model-section.ts). */
export const MODEL_TEXT = {
  notFitted: (reason: string) => `The factor model could not be fitted: ${reason}`,
  fitted: (outcome: string, estimator: string, pupils: number, clusters: number, las: number) =>
    `Rees-style factor model of ${outcome} (${estimator}), ${pupils} pupils in ${clusters} clusters, fitted on ${las < 2 ? 'this LA’s pupils alone' : `the ${las} LAs in the data`}.`,
  singleLa: 'Expected versus observed is not shown: the model was fitted on this LA’s pupils alone, so the LA’s mean residual (observed minus expected) is zero by construction and says nothing about how its children did. '
    + 'To compare them with what their histories predict, fit the model on many LAs (cla-analyse model <folder of many LAs> --save model.json) and give it to this report with --model model.json.',
  saved: (file: string, outcome: string, estimator: string, pupils: number) =>
    `Saved Rees-style factor model of ${outcome} (${estimator}) from ${file}, fitted on ${pupils} pupils elsewhere and applied to this LA’s pupils; the file holds the estimates only, without standard errors.`,
  noPupils: 'Expected versus observed: no pupil of this LA in the model sample.',
  fewPupils: (threshold: number) => `Expected versus observed: fewer than ${threshold} pupils of this LA in the sample (c).`,
  expectedObserved: (pupils: number, observed: string, expected: string, residual: string, ci: [string, string] | null) =>
    `Expected versus observed for this LA: ${pupils} pupils, mean observed ${observed}, mean expected ${expected}, mean residual ${residual}${ci ? ` (95% CI ${ci[0]} to ${ci[1]})` : ''}.`,
};

/** "a", "a and b", "a, b and c". */
export function listJoin(parts: readonly string[]): string {
  return parts.length <= 2 ? parts.join(' and ') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** Key messages (key-messages.ts): the headline table and its sentences. */
export const KEY_TEXT = {
  sectionTitle: 'Key messages',
  intro: (year: string) =>
    `The headline figure of each area in ${year}, beside last year, the trend over three years and the published benchmarks. ` +
    'Sentences are written only for figures that can be shown.',
  tableTitle: (year: string) => `Headline measures, ${year}`,
  tableSheet: (year: string) => `Headline measures, ${year.replace('/', '-')}`,
  measureHeader: 'Measure',
  lastYear: 'Last year',
  trendHeader: 'Trend (3 years)',
  /** The trend column's header names the year compared with, so each cell is short ("Improving (+6.1)"). */
  trendSince: (from: string) => `Trend since ${from}`,
  trendCell: (word: string, change: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)} (${change})`,
  noChange: 'No change',
  trendNote:
    'Trend compares this year with two years earlier (both must be shown); improving or worsening follows the measure (for absence, suspensions and placement moves lower is better).',
  missingBenchmarks: (labels: string[]) =>
    `x = not available: no published figure is bundled for this measure and year (${labels.join(', ')} where shown as x); a newer published DfE file can be added in the settings.`
    + (labels.includes('England all pupils')
      ? ' England all pupils: the bundled national file has no Key stage 4 figure after 2022/23 and no absence figure, because no published DfE table of them could be cited when it was built; they can be added from a newer DfE file in the same way.'
      : ''),
  englandCla: 'children looked after in England',
  englandAll: 'all pupils in England',
  laAll: 'all pupils at the authority’s schools',
  above: (amount: string, who: string, bench: string) => `${amount} above ${who} (${bench})`,
  below: (amount: string, who: string, bench: string) => `${amount} below ${who} (${bench})`,
  same: (who: string, bench: string) => `the same as ${who} (${bench})`,
  noBenchmark: '; no published benchmark is available to compare with.',
  lowerIsBetter: (v: { who: string; better: boolean }[], nameWhom = false): string => {
    if (!nameWhom && v.every((x) => x.better === v[0]!.better))
      return `; as lower is better, this is ${v[0]!.better ? 'better' : 'worse'}${v.length === 1 ? '' : v.length === 2 ? ' than both' : ' than each'}`;
    return `; as lower is better, this is ${listJoin(v.map((x) => `${x.better ? 'better' : 'worse'} than ${x.who}`))}`;
  },
} as const;

/** Table text (table-view.ts). */
export const TABLE_TEXT = {
  withheld: (n: number, parts: string[]) => `${n} ${n === 1 ? 'group' : 'groups'} withheld (c): ${parts.join(', ')}`,
  /** All withheld rows of one breakdown, labelled as its shown rows are ("Placement: 3 groups withheld (c)"). */
  withheldOf: (dimension: string, n: number) => `${dimension}: ${n} ${n === 1 ? 'group' : 'groups'} withheld (c)`,
  byDimension: (n: number, dimension: string) => `${n} by ${/^[A-Z][a-z]/.test(dimension) ? dimension.charAt(0).toLowerCase() + dimension.slice(1) : dimension}`,
} as const;

/** The "Local figures" section (local-figures.ts). */
export const LOCAL_TEXT = {
  sectionTitle: 'Local figures',
  tableTitle: 'Local figures and their sources',
  // the workbook's sheet name (at most 31 characters, never cut)
  tableSheet: 'Local figures and their sources',
  intro: 'Figures the returns and pupil files do not hold, supplied by the authority in the input folder’s local figures file (docs/inputs.md, "Local figures"), '
    + 'for this year and the year before. Each is shown with the source it names; the tool validates the file but cannot check these figures against the returns.',
  headers: ['Measure', 'Year', 'Figure', 'Source', 'Note'],
} as const;
