/** The lines every human-readable format prints above and below the tables. */
import type { ReportDocument } from './document.js';
import { cohortLabel } from './breakdown-labels.js';
import { settingsLine } from '../settings.js';
import { AUDIENCE_LABEL, GAP_EXPLANATION, KEY_LINE, REPORT_FOOTER, SYMBOL_EXPLANATIONS, SYMBOL_ORDER, audienceNotice, suppressionSentence } from './messages.js';

export function laLabel(doc: ReportDocument): string {
  return doc.laName ? `${doc.laName} (${doc.la})` : doc.la;
}

export function documentSubtitle(doc: ReportDocument): string {
  return `Local authority: ${laLabel(doc)} · Year: ${doc.year} · Cohort: ${cohortLabel(doc.cohort)} · Suppression threshold: ${doc.suppressionThreshold === 0 ? 'off' : doc.suppressionThreshold} · Audience: ${AUDIENCE_LABEL[doc.audience ?? 'public']}`;
}

export function documentFootnotes(doc: ReportDocument): string[] {
  return [
    ...SYMBOL_ORDER.map((s) => SYMBOL_EXPLANATIONS[s]),
    suppressionSentence(doc.suppressionThreshold, doc.audience ?? 'public'),
    GAP_EXPLANATION,
    ...(doc.settings ? [`Settings used: ${settingsLine(doc.settings)}.`] : []),
    REPORT_FOOTER(doc.toolVersion),
  ];
}

/** The symbol key, printed at the top of every human-readable format (before the first table). */
export function documentKey(): string {
  return KEY_LINE;
}

/** "Not for publication" when the audience or the threshold make the report unfit to publish, else null. */
export function documentNotice(doc: ReportDocument): string | null {
  return audienceNotice(doc.audience ?? 'public', doc.suppressionThreshold);
}
