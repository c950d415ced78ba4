/** Every validation rule, one per file in rules/. `cla-analyse rules` lists them; a test checks none is missing. */
import { RULE_IDS, isRuleId, type RuleId } from '../domain/rule-ids.js';
import type { Rule } from './rule.js';
import { acadyrFormat } from './rules/acadyr-format.js';
import { acadyrInvalid } from './rules/acadyr-invalid.js';
import { att8Range } from './rules/att8-range.js';
import { cellNulByte } from './rules/cell-nul-byte.js';
import { careBeforeEarliestReturn } from './rules/care-before-earliest-return.js';
import { censusDuplicateTerm } from './rules/census-duplicate-term.js';
import { codeCaseSpace } from './rules/code-case-space.js';
import { codeInvalid } from './rules/code-invalid.js';
import { codeNotInYear } from './rules/code-not-in-year.js';
import { csvTooFewFields } from './rules/csv-too-few-fields.js';
import { csvTooManyFields } from './rules/csv-too-many-fields.js';
import { csvUnreadableRow } from './rules/csv-unreadable-row.js';
import { csvUnterminatedQuote } from './rules/csv-unterminated-quote.js';
import { csvValueInUnnamedColumn } from './rules/csv-value-in-unnamed-column.js';
import { dateFormat } from './rules/date-format.js';
import { dateImpossible } from './rules/date-impossible.js';
import { dateInvalid } from './rules/date-invalid.js';
import { duplicateRow } from './rules/duplicate-row.js';
import { episodeChildNotInHeader } from './rules/episode-child-not-in-header.js';
import { episodeDateAfterReturn } from './rules/episode-date-after-return.js';
import { episodeDecBeforeDecom } from './rules/episode-dec-before-decom.js';
import { episodeOpenMissingFromLaterReturn } from './rules/episode-open-missing-from-later-return.js';
import { episodeOpenNotLast } from './rules/episode-open-not-last.js';
import { episodeOverlap } from './rules/episode-overlap.js';
import { episodeX1Gap } from './rules/episode-x1-gap.js';
import { fileAmbiguousTable } from './rules/file-ambiguous-table.js';
import { fileConflict } from './rules/file-conflict.js';
import { fileDelimiter } from './rules/file-delimiter.js';
import { fileEmpty } from './rules/file-empty.js';
import { fileEncoding } from './rules/file-encoding.js';
import { fileHeaderOnly } from './rules/file-header-only.js';
import { fileMissingColumn } from './rules/file-missing-column.js';
import { fileNotCsv } from './rules/file-not-csv.js';
import { fileTableNotInYear } from './rules/file-table-not-in-year.js';
import { fileUnknownColumn } from './rules/file-unknown-column.js';
import { fileUnrecognisedTable } from './rules/file-unrecognised-table.js';
import { folderOwnOutput } from './rules/folder-own-output.js';
import { gradeInvalid } from './rules/grade-invalid.js';
import { headerDuplicateChild } from './rules/header-duplicate-child.js';
import { idExponent } from './rules/id-exponent.js';
import { idNumberFormat } from './rules/id-number-format.js';
import { idTooLong } from './rules/id-too-long.js';
import { laInvalid } from './rules/la-invalid.js';
import { numberInvalid } from './rules/number-invalid.js';
import { oc2NotInCohort } from './rules/oc2-not-in-cohort.js';
import { pathSkipped } from './rules/path-skipped.js';
import { pupilDuplicateRecord } from './rules/pupil-duplicate-record.js';
import { pupilUpnPlaceholder } from './rules/pupil-upn-placeholder.js';
import { requiredField } from './rules/required-field.js';
import { scaledScoreRange } from './rules/scaled-score-range.js';
import { sessionsExceedPossible } from './rules/sessions-exceed-possible.js';
import { sexCodeEra } from './rules/sex-code-era.js';
import { textTooLong } from './rules/text-too-long.js';
import { upnBlankSchoolAge } from './rules/upn-blank-school-age.js';
import { upnCheckLetter } from './rules/upn-check-letter.js';
import { upnFormat } from './rules/upn-format.js';
import { upnPlaceholder } from './rules/upn-placeholder.js';
import { upnShared } from './rules/upn-shared.js';
import { upnTemporary } from './rules/upn-temporary.js';
import { urnInvalid } from './rules/urn-invalid.js';
import { valueOutOfRange } from './rules/value-out-of-range.js';
import { xmlDuplicateElement } from './rules/xml-duplicate-element.js';
import { xmlElementOrder } from './rules/xml-element-order.js';
import { xmlEncoding } from './rules/xml-encoding.js';
import { xmlMalformed } from './rules/xml-malformed.js';
import { xmlMisplacedElement } from './rules/xml-misplaced-element.js';
import { xmlMissingElement } from './rules/xml-missing-element.js';
import { xmlTooManyFindings } from './rules/xml-too-many-findings.js';
import { xmlTruncated } from './rules/xml-truncated.js';
import { xmlUnexpectedText } from './rules/xml-unexpected-text.js';
import { xmlUnknownElement } from './rules/xml-unknown-element.js';
import { xmlWrongRoot } from './rules/xml-wrong-root.js';
import { contextLaInvalid } from './rules/context-la-invalid.js';
import { contextYearInvalid } from './rules/context-year-invalid.js';
import { yearOutOfRange } from './rules/year-out-of-range.js';
import { dobAfterReturn } from './rules/dob-after-return.js';
import { dobTooOld } from './rules/dob-too-old.js';
import { episodeBeforeBirth } from './rules/episode-before-birth.js';
import { episodeTooLong } from './rules/episode-too-long.js';
import { upnLowerCase } from './rules/upn-lower-case.js';

export const RULES = [
  acadyrFormat,
  acadyrInvalid,
  att8Range,
  cellNulByte,
  careBeforeEarliestReturn,
  censusDuplicateTerm,
  codeCaseSpace,
  codeInvalid,
  codeNotInYear,
  contextLaInvalid,
  contextYearInvalid,
  csvTooFewFields,
  csvTooManyFields,
  csvUnreadableRow,
  csvUnterminatedQuote,
  csvValueInUnnamedColumn,
  dateFormat,
  dateImpossible,
  dateInvalid,
  dobAfterReturn,
  dobTooOld,
  duplicateRow,
  episodeBeforeBirth,
  episodeChildNotInHeader,
  episodeDateAfterReturn,
  episodeDecBeforeDecom,
  episodeOpenMissingFromLaterReturn,
  episodeOpenNotLast,
  episodeOverlap,
  episodeTooLong,
  episodeX1Gap,
  fileAmbiguousTable,
  fileConflict,
  fileDelimiter,
  fileEmpty,
  fileEncoding,
  fileHeaderOnly,
  fileMissingColumn,
  fileNotCsv,
  fileTableNotInYear,
  fileUnknownColumn,
  fileUnrecognisedTable,
  folderOwnOutput,
  gradeInvalid,
  headerDuplicateChild,
  idExponent,
  idNumberFormat,
  idTooLong,
  laInvalid,
  numberInvalid,
  oc2NotInCohort,
  pathSkipped,
  pupilDuplicateRecord,
  pupilUpnPlaceholder,
  requiredField,
  scaledScoreRange,
  sessionsExceedPossible,
  sexCodeEra,
  textTooLong,
  upnBlankSchoolAge,
  upnCheckLetter,
  upnFormat,
  upnLowerCase,
  upnPlaceholder,
  upnShared,
  upnTemporary,
  urnInvalid,
  valueOutOfRange,
  xmlDuplicateElement,
  xmlElementOrder,
  xmlEncoding,
  xmlMalformed,
  xmlMisplacedElement,
  xmlMissingElement,
  xmlTooManyFindings,
  xmlTruncated,
  xmlUnexpectedText,
  xmlUnknownElement,
  xmlWrongRoot,
  yearOutOfRange,
] as const satisfies readonly Rule[];
export { RULE_IDS, isRuleId, type RuleId };

/** The ids of the rules listed above must be exactly `RuleId` (src/domain/rule-ids.ts): a rule missing here, or an id without a rule, does not compile. */
type RegistryId = (typeof RULES)[number]['id'];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const registryHasEveryId: Same<RegistryId, RuleId> = true;
void registryHasEveryId;

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
