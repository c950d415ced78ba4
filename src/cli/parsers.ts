/**
 * The command line's shared option parsers, written once: years (one parser, src/domain/years.ts,
 * in every form people write them), LAs, lists, counts and the small-number threshold. Each throws
 * commander's InvalidArgumentError with what would be accepted, so a bad value is exit 2 before any
 * file is read. `withDefault` shows a default in help as a person writes it, not as JSON.
 */
import { InvalidArgumentError, Option } from 'commander';
import { YEAR_FORMS_HELP, censusYearOf, parseAcademicYear, parseAcademicYears, type AcademicYear } from '../domain/years.js';
import { FAIL_ON_CHOICES } from '../domain/finding.js';

/** One academic year: 2023/24, 2023-24, 202324, 23/24, 2024 (the year of its 31 March). */
export function parseYear(v: string): AcademicYear {
  const y = parseAcademicYear(v);
  if (!y) throw new InvalidArgumentError(`one academic year: ${YEAR_FORMS_HELP}`);
  return y;
}

/** The year of the 31 March a 903 return ends on (2023/24 and 2024 both give 2024). */
export function parseReturnYear(v: string): number {
  return censusYearOf(parseYear(v));
}

/** Academic years: a comma-separated list whose items are single years or ranges (2022-2024, 2021/22..2023/24). */
export function parseYears(v: string): AcademicYear[] {
  const r = parseAcademicYears(v);
  if ('years' in r) return r.years;
  if (r.ambiguous) {
    const [a, b] = r.error.split('-').map((x) => +x.trim());
    throw new InvalidArgumentError(`${r.error} is ambiguous: write ${a}/${String(b! % 100).padStart(2, '0')} for that one academic year, or ${a}..${b} for the two years ${a! - 1}/${String(a! % 100).padStart(2, '0')} and ${a}/${String(b! % 100).padStart(2, '0')}`);
  }
  throw new InvalidArgumentError(`cannot read the year ${JSON.stringify(r.error.slice(0, 40))}: write years as ${YEAR_FORMS_HELP}; lists as 2022/23,2023/24; ranges as 2022-2024 or 2021/22..2023/24`);
}

/** A 3-digit DfE LA number. */
export function parseLa(v: string): string {
  const s = v.trim();
  if (!/^\d{3}$/.test(s)) throw new InvalidArgumentError('a 3-digit DfE LA number such as 855');
  return s;
}

/** Comma-separated 3-digit LA numbers. */
export function parseLaList(v: string): string[] {
  const items = v.split(',').map((s) => s.trim()).filter(Boolean);
  if (items.length === 0) throw new InvalidArgumentError('one or more 3-digit LA numbers, comma-separated, such as 855,856');
  return [...new Set(items.map(parseLa))];
}

/** A whole number ≥ 0 written as digits only (`abc`, `1.5`, `-3` and `10x` are refused). */
export function parseCount(v: string): number {
  if (!/^\d{1,9}$/.test(v.trim())) throw new InvalidArgumentError('a whole number such as 100');
  return Number(v.trim());
}

/** The small-number threshold: a whole number ≥ 0 (0 turns suppression off). */
export function parseThreshold(v: string): number {
  if (!/^\d{1,4}$/.test(v.trim())) throw new InvalidArgumentError('a whole number ≥ 0, such as 5 (0 turns suppression off)');
  return Number(v.trim());
}

/** A comma-separated list whose items must come from `allowed`; repeats are dropped. */
export function listOf<T extends string>(allowed: readonly T[], what: string) {
  return (v: string): T[] => {
    const items = v.split(',').map((s) => s.trim()).filter(Boolean);
    if (items.length === 0) throw new InvalidArgumentError(`one or more ${what}, comma-separated, from: ${allowed.join(', ')}`);
    for (const i of items) if (!allowed.includes(i as T)) throw new InvalidArgumentError(`${what} must be from: ${allowed.join(', ')} (not ${JSON.stringify(i.slice(0, 40))})`);
    return [...new Set(items)] as T[];
  };
}

/** An option with a parser and a default shown in help as written (`json`, not `["json"]`). */
export function withDefault<T>(flags: string, description: string, parse: (v: string) => T, value: T, shown: string): Option {
  return new Option(flags, description).argParser((v: string) => parse(v)).default(value, shown);
}

/**
 * `--fail-on`, the same on every command that reads a folder: the lowest finding severity that makes
 * the exit code 1, or `none` (findings never change the exit code; usage and file errors are still 2).
 * Any other value is exit 2 naming the four allowed.
 */
export function failOnOption(): Option {
  return new Option('--fail-on <severity>', 'lowest finding severity that makes the exit code 1: error, warning, info, or none (findings never do; outputs are written either way)')
    .choices([...FAIL_ON_CHOICES]).default('error', 'error');
}
