/**
 * Whether a failed cell's value may be echoed in a finding. A value is echoed only when its column
 * is not personal and the value has the shape the column expects (a short code in a code column, a
 * number in a number column). Otherwise the finding describes it ("a date", "a value of 13
 * characters"): when a file's columns are shifted, a date of birth or a child id can land in a code
 * column, and must not be copied into findings, logs or reports.
 */
import type { FieldSpec } from '../schemas/fields.js';

const DATE_LIKE = /^\s*\d{1,4}[/.\- ]\d{1,2}[/.\- ]\d{1,4}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;
const SHAPES: Partial<Record<FieldSpec['kind'], RegExp>> = {
  int: /^\s*-?[\d.]{1,8}\s*$/,
  number: /^\s*-?[\d.]{1,10}\s*$/,
  la: /^\s*[A-Za-z0-9.]{1,6}\s*$/,
  urn: /^\s*[A-Za-z0-9.]{1,9}\s*$/,
  grade: /^\s*[A-Za-z0-9*\- ]{1,6}\s*$/,
  acadyr: /^\s*[\d/\- ]{1,12}\s*$/,
  date: /^\s*[\d/.\- :T]{1,19}\s*$/,
  flag: /^\s*[A-Za-z0-9.]{1,3}\s*$/,
};

/** The value to echo, or null when it must only be described. */
export function shownValue(field: FieldSpec, raw: string): string | null {
  if (field.personal || raw.trim() === '') return null;
  if (field.kind !== 'date' && DATE_LIKE.test(raw)) return null;
  if (field.kind === 'code') return raw.length <= (field.maxCodeLength ?? 8) + 2 && /^[A-Za-z0-9 ._\-]+$/.test(raw) ? raw : null;
  const shape = SHAPES[field.kind];
  return shape && shape.test(raw) ? raw : null;
}

/** A description of a value that is not echoed: what it looks like, never what it is. */
export function describeValue(raw: string): string {
  const s = raw.trim();
  if (DATE_LIKE.test(s)) return 'a date';
  if (/^\d+$/.test(s)) return `a number of ${s.length} digit${s.length === 1 ? '' : 's'}`;
  return `a value of ${[...s].length} character${[...s].length === 1 ? '' : 's'}`;
}
