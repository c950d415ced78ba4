/**
 * Expected versus observed as JSON, CSV and Markdown. Which groups are `c` is decided by the caller
 * with the one suppression function of every output (suppressExpectedObserved in
 * src/report/suppress.ts: a group of fewer pupils than the threshold, and the next smallest group
 * wherever a `c` group could be worked out from the pupils compared); a `c` group shows no count or
 * mean. The renderers take that decision as given and test nothing themselves. A CI that is not
 * available is `x` in CSV and Markdown and null with the reason in JSON.
 * Groups keep their sorted order; numbers have fixed decimals (2 in text, 4 in JSON).
 */
import type { SymbolReason } from '../measures/row.js';
import type { ExpectedObservedResult, GroupComparison } from './expected-observed.js';
import { outcomeWords } from './model-spec.js';
import { formatForReading, roundTo } from './number-format.js';
import { markdownInline } from '../domain/markup-text.js';

export interface SuppressionOptions {
  /** The threshold the groups were suppressed at (0: off). */
  suppressBelow: number;
  /** Group → why it is `c` (suppressExpectedObserved(…).groups); a group not in it is shown. */
  suppressed: ReadonlyMap<string, SymbolReason>;
  /** The pupils compared are `c` (suppressExpectedObserved(…).whole: fewer than the threshold, public audience). */
  wholeSuppressed?: boolean;
}

const suppressed = 'c';
const notAvailable = 'x';
const threshold = (options: SuppressionOptions): number => options.suppressBelow;
const isSuppressed = (g: GroupComparison, options: SuppressionOptions): boolean => options.suppressed.has(g.group);

/** "801: 4 pupils; +0.69 Attainment 8 points against what their factors predict (95% CI −2.68 to 4.05)." */
export function groupSentence(g: GroupComparison, outcome: ExpectedObservedResult['outcome'], options: SuppressionOptions): string {
  // one sentence for every `c` group: saying which are small and which are complements would give
  // the attacker bounds (a small group holds 1 to threshold − 1, a complement at least the threshold)
  if (isSuppressed(g, options)) return `${g.group}: not shown (fewer than ${threshold(options)} pupils, or hidden so that such a group cannot be worked out from the pupils compared).`;
  const signed = (x: number): string => (x > 0 && Number(x.toFixed(2)) !== 0 ? `+${x.toFixed(2)}` : formatForReading(x, 2));
  const ci = g.ci === null ? `no CI: ${g.ciNote}` : `95% CI ${formatForReading(g.ci[0], 2)} to ${formatForReading(g.ci[1], 2)}`;
  return `${g.group}: ${g.pupils} ${g.pupils === 1 ? 'pupil' : 'pupils'}; ${signed(g.meanResidual)} ${outcomeWords[outcome]} against what their factors predict (${ci}).`;
}

export function renderExpectedObservedJson(result: ExpectedObservedResult, options: SuppressionOptions): string {
  const groups = result.groups.map((g) =>
    isSuppressed(g, options)
      ? { group: g.group, pupils: suppressed, meanObserved: suppressed, meanExpected: suppressed, meanResidual: suppressed, ci: suppressed, suppression: 'confidential', sentence: groupSentence(g, result.outcome, options) }
      : {
          group: g.group,
          pupils: g.pupils,
          meanObserved: roundTo(g.meanObserved, 4),
          meanExpected: roundTo(g.meanExpected, 4),
          meanResidual: roundTo(g.meanResidual, 4),
          ci: g.ci === null ? null : [roundTo(g.ci[0], 4), roundTo(g.ci[1], 4)],
          ...(g.ciNote === undefined ? {} : { ciNote: g.ciNote }),
          sentence: groupSentence(g, result.outcome, options),
        },
  );
  const body = { groupBy: result.groupBy, outcome: result.outcome, pupilsCompared: options.wholeSuppressed ? suppressed : result.pupilsCompared, suppressBelow: threshold(options), excluded: result.excluded, groups };
  return `${JSON.stringify(body, null, 2)}\n`;
}

const csvText = (text: string): string => {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

export function renderExpectedObservedCsv(result: ExpectedObservedResult, options: SuppressionOptions): string {
  const lines = ['group,pupils,mean_observed,mean_expected,mean_residual,ci_low,ci_high,sentence'];
  for (const g of result.groups) {
    const hidden = isSuppressed(g, options);
    const cell = (x: number): string => (hidden ? suppressed : String(roundTo(x, 4)));
    const ci = hidden ? [suppressed, suppressed] : g.ci === null ? [notAvailable, notAvailable] : g.ci.map((x) => String(roundTo(x, 4)));
    lines.push([csvText(g.group), hidden ? suppressed : String(g.pupils), cell(g.meanObserved), cell(g.meanExpected), cell(g.meanResidual), ...ci, csvText(groupSentence(g, result.outcome, options))].join(','));
  }
  return `${lines.join('\n')}\n`;
}

export function renderExpectedObservedMarkdown(result: ExpectedObservedResult, options: SuppressionOptions): string {
  const by = result.groupBy === 'la' ? 'LA' : 'school';
  const lines = [
    `# Expected versus observed ${outcomeWords[result.outcome].replace(/ points$/, '')}, by ${by}`,
    '',
    `* Pupils compared: ${options.wholeSuppressed ? suppressed : result.pupilsCompared}. ${threshold(options) === 0 ? 'Suppression is off: for internal use only.' : `Groups with fewer than ${threshold(options)} pupils are shown as \`c\`, and so is the next smallest wherever one could otherwise be worked out from the pupils compared.`}`,
    ...result.excluded.map((e) => `* Not compared (${markdownInline(e.reason)}): ${e.pupils} pupils.`),
    '',
    `| ${by} | pupils | mean observed | mean expected | mean residual | 95% CI |`,
    '|---|---:|---:|---:|---:|---|',
  ];
  for (const g of result.groups) {
    if (isSuppressed(g, options)) {
      lines.push(`| ${markdownInline(g.group)} | c | c | c | c | c |`);
      continue;
    }
    const ci = g.ci === null ? notAvailable : `${formatForReading(g.ci[0], 2)} to ${formatForReading(g.ci[1], 2)}`;
    lines.push(`| ${markdownInline(g.group)} | ${g.pupils} | ${formatForReading(g.meanObserved, 2)} | ${formatForReading(g.meanExpected, 2)} | ${formatForReading(g.meanResidual, 2)} | ${ci} |`);
  }
  return `${lines.join('\n')}\n`;
}
