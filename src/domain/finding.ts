/** A validation finding: data, never an exception. No child identifier ever goes in `value` or `message`. */
import type { RuleId } from './rule-ids.js';

export type { RuleId } from './rule-ids.js';
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** `--fail-on`: the lowest severity that makes a run's exit code 1, or `none` (findings never change the exit code). */
export type FailOn = Severity | 'none';
export const FAIL_ON_CHOICES = ['error', 'warning', 'info', 'none'] as const satisfies readonly FailOn[];

/** True when a finding of `severity` reaches the `failOn` level (never for `none`). */
export function reachesFailOn(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'none' && SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}

/**
 * Appends `items` to `into` one by one. `into.push(...items)` passes every item as an argument and
 * throws "Maximum call stack size exceeded" past about 100,000 (a file of a million repeated rows
 * gives a million duplicate-row findings), so findings are never appended that way.
 */
export function appendAll<T>(into: T[], items: readonly T[]): T[] {
  for (const x of items) into.push(x);
  return into;
}

/**
 * What a reader below validate needs to know of a rule to raise or count its findings. The rules
 * themselves (src/validate/registry.ts) are passed in by validate, so io never imports validate.
 */
export interface RuleFacts { severity: Severity; remedy: string; rejectsRow: boolean }
/** The rules by id (src/validate/registry.ts `RULES_BY_ID` is one). */
export type RuleBook = ReadonlyMap<string, RuleFacts>;

export interface Finding {
  /** The rule that found it: one of src/domain/rule-ids.ts, each a file in src/validate/rules/. */
  ruleId: RuleId;
  severity: Severity;
  /** Table name as in schemas (e.g. 'Episodes', 'KS4Pupil'); null for file-level findings before recognition. */
  table: string | null;
  /** Path relative to the input folder. */
  file: string;
  /** 1-based physical line in the file (header is line 1); null for file-level findings. */
  line: number | null;
  /** Column name as in the schema, or for XML the element path (e.g. `CHILD[12]/EPISODE[3]/DECOM`). */
  column: string | null;
  /** The offending value, only where it is not personal (never ids, UPNs, dates of birth, postcodes). */
  value: string | null;
  message: string;
  remedy: string;
}
