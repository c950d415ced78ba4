/**
 * Column parsers. Every cell arrives as text; a column's zod schema turns it into its normalised
 * text form or fails with the id of the rule it breaks. These schemas are the single source of truth
 * for what a valid cell is: the validator runs them over each distinct (return year, value) pair and
 * the derived typed tables use their output.
 */
import { z } from 'zod';
import { parseDate } from '../domain/dates.js';
import { CHECK_LETTERS, classifyUpn, expectedCheckLetter, UPN_PLACEHOLDERS } from '../domain/upn.js';
import { parseAcademicYear } from '../domain/years.js';
import type { RuleId } from '../domain/rule-ids.js';

/** What a cell parse says besides its value: a warning, or nothing. Errors are zod issues. */
export interface CellNote { ruleId: RuleId; message: string }
export interface CellOk { value: string | null; note?: CellNote }

/** Context a column needs: the return year of the row (903) or of the file. */
export interface CellContext { year: number | null }

export type FieldKind = 'id' | 'code' | 'date' | 'upn' | 'int' | 'number' | 'flag' | 'text' | 'grade' | 'acadyr' | 'postcode' | 'la' | 'urn';

export interface FieldSpec {
  kind: FieldKind;
  required: boolean;
  /** Personal values (ids, UPNs, dates of birth, postcodes) never appear in findings. */
  personal: boolean;
  /** Whether the valid set depends on the return year (so distinct values are taken per year). */
  yearDependent: boolean;
  describe: string;
  schema(ctx: CellContext): z.ZodType<CellOk, string>;
  /**
   * A cheap test that a raw value is valid and already in normal form (its schema would return it
   * unchanged with no note). Only a shortcut for national-size columns; a property test checks it
   * never disagrees with the schema.
   */
  fastIdentity?: (raw: string) => boolean;
  /** The same test as a DuckDB predicate over a VARCHAR expression, so such values never leave the database. */
  sqlFastIdentity?: (expr: string) => string;
  /** Code columns: the longest code, so a failed value far longer (a date, an id) is described, not echoed. */
  maxCodeLength?: number;
}

/** A failed cell: the rule id travels in the issue's params. */
function fail(ctx: z.RefinementCtx, ruleId: RuleId, message: string): typeof z.NEVER {
  ctx.addIssue({ code: 'custom', message, params: { ruleId } });
  return z.NEVER;
}

function base(required: boolean, parse: (s: string, ctx: z.RefinementCtx, raw: string) => CellOk) {
  return z.string().transform((raw, ctx): CellOk => {
    const s = raw.trim();
    if (s === '') return required ? fail(ctx, 'required-field', 'a value is required here') : { value: null };
    return parse(s, ctx, raw);
  });
}

export interface FieldOptions { required?: boolean; personal?: boolean; describe?: string }

const PLAIN_ID = /^[A-Za-z0-9_-]+$/;
const EXPONENT_ID = /^[0-9.]+E\+?[0-9]+$/i;

/** A child or person id: kept as text exactly (0012 and 12 differ), but Excel's number damage is caught. */
export function idField(o: FieldOptions = {}): FieldSpec {
  const required = o.required ?? true;
  return {
    kind: 'id', required, personal: o.personal ?? true, yearDependent: false, describe: o.describe ?? 'identifier (text)',
    fastIdentity: (raw) => raw.length > 0 && raw.length <= 40 && PLAIN_ID.test(raw) && !EXPONENT_ID.test(raw),
    sqlFastIdentity: (e) => `(regexp_full_match(${e}, '[A-Za-z0-9_-]{1,40}') AND NOT regexp_full_match(${e}, '[0-9.]+[Ee]\\+?[0-9]+'))`,
    schema: () => base(required, (s, ctx) => {
      if (EXPONENT_ID.test(s)) return fail(ctx, 'id-exponent', 'the id was exported as a number in exponent form (e.g. 1.23E+5); digits are lost');
      const m = s.match(/^(\d+)\.0+$/);
      if (m) return { value: m[1]!, note: { ruleId: 'id-number-format', message: 'the id was exported as a decimal number (e.g. 123.0); read without the .0' } };
      if (s.length > 40) return fail(ctx, 'id-too-long', 'an id longer than 40 characters');
      return { value: s };
    }),
  };
}

/**
 * A code from a list. `codesOfYear` gives the list valid in a return year, `allCodes` every code the
 * column has ever had. Lower case and stray spaces are read with a warning (DfE validators reject them).
 */
export function codeField(listName: string, allCodes: readonly string[], codesOfYear: ((year: number) => readonly string[]) | null, o: FieldOptions & { caseFold?: 'upper' | 'lower' } = {}): FieldSpec {
  const required = o.required ?? false;
  const all = new Set(allCodes);
  const lower = o.caseFold === 'lower';
  return {
    kind: 'code', required, personal: false, yearDependent: codesOfYear !== null, describe: o.describe ?? `${listName} code`,
    maxCodeLength: Math.max(1, ...allCodes.map((c) => c.length)),
    schema: (cx) => base(required, (s, ctx, raw) => {
      const squeezed = s.replace(/\s+/g, '');
      const norm = lower ? squeezed.toLowerCase() : squeezed.toUpperCase();
      // compared with the raw cell, so a leading or trailing space (' U4') is reported too
      const fixedCase = norm !== raw;
      if (!all.has(norm)) return fail(ctx, 'code-invalid', `not a ${listName} code`);
      if (codesOfYear && cx.year !== null && !codesOfYear(cx.year).includes(norm)) {
        if (listName === 'SEX') return { value: norm, note: { ruleId: 'sex-code-era', message: `SEX code ${norm} is not the form used in the ${cx.year} return (1/2 up to 2024, M/F/U from 2025); read as ${norm === '1' || norm === 'M' ? 'male' : norm === '2' || norm === 'F' ? 'female' : 'unknown'}` } };
        return fail(ctx, 'code-not-in-year', `${listName} code ${norm} is not valid in the ${cx.year} return`);
      }
      if (fixedCase) return { value: norm, note: { ruleId: 'code-case-space', message: `code written with lower case or spaces; read as ${norm}` } };
      return { value: norm };
    }),
  };
}

/** A date, normalised to ISO yyyy-mm-dd. Other unambiguous forms are read with a warning. */
export function dateField(o: FieldOptions = {}): FieldSpec {
  const required = o.required ?? false;
  return {
    kind: 'date', required, personal: o.personal ?? false, yearDependent: false, describe: o.describe ?? 'date dd/mm/yyyy',
    schema: () => base(required, (s, ctx) => {
      const p = parseDate(s);
      // the value itself is never echoed: dates of birth are personal
      if (!p.ok) return fail(ctx, p.reason === 'impossible' ? 'date-impossible' : 'date-invalid',
        p.outOfRange ? 'a date before 1900 or after 2100, taken as a typing error' : p.reason === 'impossible' ? 'not a real calendar date' : 'not a date in dd/mm/yyyy form');
      if (p.format !== 'dd/mm/yyyy') return { value: p.iso, note: { ruleId: 'date-format', message: `date written as ${p.format}, not dd/mm/yyyy; read accordingly` } };
      return { value: p.iso };
    }),
  };
}

const PERMANENT_UPN = /^[A-Z][0-9]{12}$/;

/**
 * The permanent-UPN test of `upnField.fastIdentity` in SQL: the DfE check letter is the letter at
 * (Σ digit_i × i for i = 2..13) mod 23 in CHECK_LETTERS (src/domain/upn.ts). A test runs both on
 * the same values.
 */
function sqlPermanentUpn(e: string): string {
  const sum = Array.from({ length: 12 }, (_, k) => `(ascii(substr(${e}, ${k + 2}, 1)) - 48) * ${k + 2}`).join(' + ');
  return `(regexp_full_match(${e}, '[A-Z][0-9]{12}') AND substr(${e}, 1, 1) = substr('${CHECK_LETTERS}', ((${sum}) % 23) + 1, 1))`;
}

/** A UPN (or UN1–UN5 placeholder): check letter verified. Temporary UPNs and placeholders are kept. */
export function upnField(o: FieldOptions = {}): FieldSpec {
  const required = o.required ?? false;
  return {
    kind: 'upn', required, personal: true, yearDependent: false, describe: 'Unique Pupil Number (13 characters) or UN1–UN5',
    fastIdentity: (raw) => raw.length === 13 && PERMANENT_UPN.test(raw) && expectedCheckLetter(raw) === raw[0],
    sqlFastIdentity: sqlPermanentUpn,
    schema: () => base(required, (s, ctx) => {
      const v = s.toUpperCase();
      const lower = v !== s;
      switch (classifyUpn(v)) {
        case 'permanent': return lower ? { value: v, note: { ruleId: 'upn-lower-case', message: 'the UPN is written in lower case; read in upper case' } } : { value: v };
        case 'temporary': return { value: v, note: { ruleId: 'upn-temporary', message: 'a temporary UPN (ends in a letter): linkage may fail until the permanent UPN is known' } };
        case 'placeholder': return { value: v, note: { ruleId: 'upn-placeholder', message: `UPN placeholder ${v}: ${UPN_PLACEHOLDERS[v]}` } };
        case 'bad_check_letter': return fail(ctx, 'upn-check-letter', 'the UPN check letter does not match its digits');
        default: return fail(ctx, 'upn-format', 'not a UPN: 13 characters, a letter then 11 digits then a digit or letter, or UN1–UN5');
      }
    }),
  };
}

/** A whole number within a range. `123.0` is read as 123. */
export function intField(min: number, max: number, o: FieldOptions & { rule?: RuleId } = {}): FieldSpec {
  const required = o.required ?? false;
  return {
    kind: 'int', required, personal: false, yearDependent: false, describe: o.describe ?? `whole number ${min}–${max}`,
    schema: () => base(required, (s, ctx) => {
      const m = s.match(/^(-?\d+)(?:\.0+)?$/);
      if (!m) return fail(ctx, 'number-invalid', `not a whole number`);
      const n = Number(m[1]);
      if (n < min || n > max) return fail(ctx, o.rule ?? 'value-out-of-range', `outside the range ${min}–${max}`);
      return { value: String(n) };
    }),
  };
}

/** A decimal number within a range. */
export function numberField(min: number, max: number, o: FieldOptions & { rule?: RuleId } = {}): FieldSpec {
  const required = o.required ?? false;
  return {
    kind: 'number', required, personal: false, yearDependent: false, describe: o.describe ?? `number ${min}–${max}`,
    schema: () => base(required, (s, ctx) => {
      if (!/^-?(\d+\.?\d*|\.\d+)$/.test(s)) return fail(ctx, 'number-invalid', 'not a number');
      const n = Number(s);
      if (n < min || n > max) return fail(ctx, o.rule ?? 'value-out-of-range', `outside the range ${min}–${max}`);
      return { value: String(n) };
    }),
  };
}

/** A 0/1 flag. */
export function flagField(o: FieldOptions = {}): FieldSpec {
  return codeField('0/1 flag', ['0', '1'], null, { ...o, describe: o.describe ?? '0 or 1' });
}

/** Free text we only carry (postcodes are personal and never echoed). */
export function textField(o: FieldOptions & { maxLength?: number } = {}): FieldSpec {
  const required = o.required ?? false;
  return {
    kind: o.personal ? 'postcode' : 'text', required, personal: o.personal ?? false, yearDependent: false, describe: o.describe ?? 'text',
    schema: () => base(required, (s, ctx) => (s.length > (o.maxLength ?? 200) ? fail(ctx, 'text-too-long', 'text longer than allowed') : { value: s })),
  };
}

/** An academic year in any accepted form, normalised to `2023/24`. */
export function academicYearField(o: FieldOptions = {}): FieldSpec {
  const required = o.required ?? true;
  return {
    kind: 'acadyr', required, personal: false, yearDependent: false, describe: 'academic year 2023/24',
    schema: () => base(required, (s, ctx) => {
      const ay = parseAcademicYear(s);
      if (!ay) return fail(ctx, 'acadyr-invalid', 'not an academic year such as 2023/24');
      return ay === s ? { value: ay } : { value: ay, note: { ruleId: 'acadyr-format', message: `academic year written as ${s}; read as ${ay}` } };
    }),
  };
}

/** A 3-digit DfE LA number. */
export function laField(o: FieldOptions = {}): FieldSpec {
  const required = o.required ?? false;
  return {
    kind: 'la', required, personal: false, yearDependent: false, describe: '3-digit DfE LA number',
    schema: () => base(required, (s, ctx) => {
      const m = s.match(/^(\d{3})(?:\.0+)?$/);
      return m ? { value: m[1]! } : fail(ctx, 'la-invalid', 'not a 3-digit DfE LA number');
    }),
  };
}

/** A school URN (6 digits; 7 are tolerated for newer establishments). */
export function urnField(o: FieldOptions = {}): FieldSpec {
  const required = o.required ?? false;
  return {
    kind: 'urn', required, personal: false, yearDependent: false, describe: 'school URN (6 digits)',
    schema: () => base(required, (s, ctx) => {
      const m = s.match(/^(\d{6,7})(?:\.0+)?$/);
      if (m) return { value: m[1]! };
      if (/^SC\d{6}$/i.test(s) || s.toUpperCase() === 'XXXXXX') return { value: s.toUpperCase() };
      return fail(ctx, 'urn-invalid', 'not a URN (6 digits)');
    }),
  };
}

/** A KS4 grade: 9–1, U, X, or a combined-science pair `5-4`. */
export function gradeField(o: FieldOptions = {}): FieldSpec {
  const required = o.required ?? true;
  return {
    kind: 'grade', required, personal: false, yearDependent: false, describe: 'grade 9–1, U, X or a pair 5-4',
    schema: () => base(required, (s, ctx) => {
      const v = s.toUpperCase().replace(/\s+/g, '');
      if (/^([1-9]|U|X)$/.test(v)) return { value: v };
      const m = v.match(/^([1-9U])-?([1-9U])$/);
      if (m) return { value: `${m[1]}-${m[2]}` };
      // grades of other qualifications (Distinction*, Merit, Pass…): carried as text; their POINTS count
      if (/^(D\*|D|M|P|A\*|A|B|C|E|L[12]?[DMP]\*?|[A-Z]{1,3}\*?)$/.test(v)) return { value: v };
      return fail(ctx, 'grade-invalid', 'not a grade (9–1, U, X, combined science as 5-4, or a short letter grade of another qualification)');
    }),
  };
}
