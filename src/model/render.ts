/**
 * A fitted model (or a model that could not be fitted) as JSON, CSV and Markdown
 * (shared/spec/outputs.md): fixed row order (the design's term order), fixed decimals, no
 * timestamps, so the same fit always gives byte-identical text. Aggregates only: no pupil ids.
 *
 * JSON numbers: estimate, se and CI to 4 decimals, p-values to 4 significant figures, variance
 * components to 4 decimals, R² and ICC to 4 decimals.
 */
import { clusterVariableName, interceptTerm } from './design.js';
import type { MultilevelResult } from './multilevel.js';
import { outcomeWords } from './model-spec.js';
import { formatForReading, formatPValue, decimalsForStandardError, roundSignificant, roundTo } from './number-format.js';
import type { OlsResult } from './ols.js';
import type { NotEstimableModel } from './term-result.js';
import { termSentence } from './term-sentence.js';
import { markdownBlock, markdownInline } from '../domain/markup-text.js';

export type ModelResult = OlsResult | MultilevelResult;

export interface ReportedTerm {
  term: string;
  estimable: boolean;
  estimate: number | null;
  se: number | null;
  ci: [number, number] | null;
  p: number | null;
  /** The term's t degrees of freedom where they differ by term (CR2: Bell–McCaffrey), 2 decimals. */
  df?: number;
  sentence: string;
  reason?: string;
}

export interface ModelReport {
  estimator: 'ols' | 'multilevel';
  outcome: string;
  clusterBy: string;
  pupilsGiven: number;
  pupils: number;
  clusters: number;
  droppedForMissing: { variable: string; pupils: number }[];
  referenceLevels: Record<string, string>;
  standardErrors: string;
  pValues: string;
  rSquared?: number | null;
  clusterVariance?: number;
  residualVariance?: number;
  icc?: number;
  remlLogLikelihood?: number;
  terms: ReportedTerm[];
  warnings: string[];
}

const dp = 4;

export function modelReport(result: ModelResult): ModelReport {
  const terms = result.terms.map((t): ReportedTerm => {
    const sentence = termSentence(t, result.referenceLevels, result.spec.outcome);
    if (!t.estimable) return { term: t.term, estimable: false, estimate: null, se: null, ci: null, p: null, sentence, reason: t.reason };
    return {
      term: t.term,
      estimable: true,
      estimate: roundTo(t.estimate, dp),
      se: roundTo(t.se, dp),
      ci: [roundTo(t.ci[0], dp), roundTo(t.ci[1], dp)],
      p: t.p === null ? null : roundSignificant(t.p),
      ...(t.degreesOfFreedom === undefined ? {} : { df: roundTo(t.degreesOfFreedom, 2) }),
      sentence,
      ...(t.note === undefined ? {} : { reason: t.note }),
    };
  });
  const common = {
    outcome: result.spec.outcome,
    clusterBy: clusterVariableName(result.spec.clusterBy),
    pupilsGiven: result.pupilsGiven,
    pupils: result.pupils,
    clusters: result.clusters,
    droppedForMissing: result.missing.filter((m) => m.pupils > 0),
    referenceLevels: result.referenceLevels,
  };
  if (result.kind === 'ols')
    return {
      estimator: 'ols',
      ...common,
      standardErrors: result.variance === 'CR1' ? `cluster-robust (CR1) by ${common.clusterBy}`
        : result.variance === 'CR2' ? `cluster-robust with the CR2 small-sample correction (Bell and McCaffrey) by ${common.clusterBy}` : 'heteroskedasticity-robust (HC1)',
      pValues: result.variance === 'CR2' ? `t distribution with Bell\u2013McCaffrey degrees of freedom for each term (smallest ${roundTo(result.degreesOfFreedom, 2)})`
        : `t distribution with ${result.degreesOfFreedom} degrees of freedom`,
      rSquared: result.rSquared === null ? null : roundTo(result.rSquared, dp),
      terms,
      warnings: result.warnings,
    };
  return {
    estimator: 'multilevel',
    ...common,
    standardErrors: 'model-based, from the REML fit (random intercept per cluster)',
    pValues: 'normal distribution (Wald z)',
    clusterVariance: roundTo(result.clusterVariance, dp),
    residualVariance: roundTo(result.residualVariance, dp),
    icc: roundTo(result.icc, dp),
    remlLogLikelihood: roundTo(result.remlLogLikelihood, dp),
    terms,
    warnings: result.notes,
  };
}

export function renderModelJson(result: ModelResult | NotEstimableModel): string {
  const body = result.kind === 'not-estimable' ? { estimable: false, reason: result.reason } : modelReport(result);
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** Stops a spreadsheet running a text cell as a formula, then quotes it for CSV (RFC 4180). */
function csvText(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const csvNumber = (x: number | null | undefined): string => (x === null || x === undefined ? '' : String(x));

export function renderModelCsv(result: ModelResult | NotEstimableModel): string {
  const header = 'term,estimable,estimate,se,ci_low,ci_high,p,sentence,reason';
  if (result.kind === 'not-estimable') return `${header}\n${csvText('(model)')},false,,,,,,,${csvText(result.reason)}\n`;
  const lines = modelReport(result).terms.map((t) =>
    [csvText(t.term), String(t.estimable), csvNumber(t.estimate), csvNumber(t.se), csvNumber(t.ci?.[0]), csvNumber(t.ci?.[1]), csvNumber(t.p), csvText(t.sentence), csvText(t.reason ?? '')].join(','),
  );
  return `${[header, ...lines].join('\n')}\n`;
}

/** Terms and sentences carry factor levels from the data: escaped as any file-derived text (src/domain/markup-text.ts). */
const markdownCell = markdownInline;

export function renderModelMarkdown(result: ModelResult | NotEstimableModel): string {
  if (result.kind === 'not-estimable') return `# Factor model\n\nThe model could not be fitted: ${markdownInline(result.reason)}\n`;
  const report = modelReport(result);
  const lines = [
    `# Factor model: ${outcomeWords[result.spec.outcome].replace(/ points$/, '')}, ${report.estimator === 'ols' ? 'OLS' : 'random-intercept multilevel model (REML)'}`,
    '',
    `* Pupils: ${report.pupils} of ${report.pupilsGiven} (the rest miss a variable), in ${report.clusters} clusters by ${report.clusterBy}.`,
  ];
  for (const m of report.droppedForMissing) lines.push(`* Missing ${markdownInline(m.variable)}: ${m.pupils} pupils.`);
  lines.push(`* Standard errors: ${report.standardErrors}; p-values and CIs from the ${report.pValues}.`);
  if (report.rSquared !== undefined) lines.push(`* R²: ${report.rSquared === null ? 'not defined' : report.rSquared.toFixed(3)}.`);
  if (report.icc !== undefined)
    lines.push(`* Variance between clusters ${report.clusterVariance!.toFixed(2)}, within ${report.residualVariance!.toFixed(2)}; ICC ${report.icc.toFixed(3)}; REML log-likelihood ${formatForReading(report.remlLogLikelihood!, 2)}.`);
  for (const w of report.warnings) lines.push(`* Note: ${markdownInline(w)}`);
  lines.push('', '| term | estimate | SE | 95% CI | p |', '|---|---:|---:|---|---:|');
  for (const t of result.terms) {
    if (!t.estimable) {
      lines.push(`| ${markdownCell(t.term)} | not estimable | | | |`);
      continue;
    }
    const d = decimalsForStandardError(t.se);
    lines.push(`| ${markdownCell(t.term)} | ${formatForReading(t.estimate, d)} | ${formatForReading(t.se, d)} | ${formatForReading(t.ci[0], d)} to ${formatForReading(t.ci[1], d)} | ${formatPValue(t.p)} |`);
  }
  lines.push('', '## In plain words', '');
  for (const t of report.terms) if (t.term !== interceptTerm) lines.push(`* ${markdownBlock(t.sentence)}`);
  return `${lines.join('\n')}\n`;
}
