/**
 * Local figures (issue 17 item 4): figures the 903 returns and pupil files do not hold but a virtual
 * school report gives (PEP completion, Early Years good level of development, NEET after Year 11,
 * pupils in Good or Outstanding schools), from a small CSV anywhere in the input folder, e.g.
 * `local-figures.csv`. Each row is one figure for one year, with where it comes from; it is validated
 * like every other input (each cell by its column's schema, findings with file, line and column) and
 * shown in the report's "Local figures" section with its source, suppressed as any other figure when it
 * gives a numerator and a denominator. Aggregate figures only: no column identifies a child.
 */
import { academicYearField, codeField, intField, laField, numberField, textField } from './fields.js';
import type { TableSpec } from './table.js';

/** How a local figure is shown: a percentage (of NUMERATOR over DENOMINATOR, or VALUE), a count, or a plain number. */
export const LOCAL_FIGURE_UNITS = ['percent', 'count', 'number'] as const;

export const LocalFigures: TableSpec = {
  name: 'LocalFigures', family: 'local', title: 'Local figures (not held in the returns)',
  signature: ['MEASURE', 'ACADYR', 'SOURCE'],
  columns: {
    MEASURE: textField({ required: true, maxLength: 120, describe: 'the figure, as the report shows it (e.g. "PEPs completed within 20 school days")' }),
    ACADYR: academicYearField(),
    LA: laField({ describe: '3-digit DfE LA number the figure is for (blank: every report made from the folder)' }),
    UNIT: codeField('UNIT', LOCAL_FIGURE_UNITS, null, { caseFold: 'lower', describe: 'percent, count or number (blank: percent with a numerator and denominator, else number)' }),
    NUMERATOR: intField(0, 10_000_000, { describe: 'children counted (percent: those meeting the measure)' }),
    DENOMINATOR: intField(0, 10_000_000, { describe: 'children the percentage is of' }),
    VALUE: numberField(-10_000_000, 10_000_000, { describe: 'the figure itself, when there is no numerator and denominator (a percentage as 0–100)' }),
    SOURCE: textField({ required: true, maxLength: 200, describe: 'where the figure comes from (system, team, date extracted), printed beside it' }),
    NOTE: textField({ maxLength: 300, describe: 'a note printed beside the figure' }),
  },
};

export const LOCAL_TABLES: TableSpec[] = [LocalFigures];
