/** A validation rule: its stable id and metadata, and for cross-row rules the check itself. */
import type { Db } from '../io/duck.js';
import type { Finding, Severity } from './finding.js';

export type RuleStage = 'file' | 'cell' | 'row';

export interface RuleContext {
  db: Db;
  /** Relative path of each loaded file, by file id. */
  fileName(fileId: number): string;
  /** Tables that have rows (parsed tables are named p_<Table>). */
  hasTable(name: string): boolean;
}

export interface Rule {
  id: string;
  severity: Severity;
  stage: RuleStage;
  title: string;
  /** The business rule enforced, quoted or paraphrased from its source. */
  description: string;
  remedy: string;
  /** Whether a row with this finding is not used (counted as rejected). Cell rules on optional columns blank the cell instead. */
  rejectsRow: boolean;
  tables: string[] | 'all';
  /** Cross-row rules: the check, as SQL over the parsed tables. */
  check?: (ctx: RuleContext) => Promise<Finding[]>;
}

/** Keeps the literal id type, so `RuleId` (registry.ts) is the union of the rules' ids. */
export function defineRule<const Id extends string>(rule: Rule & { id: Id }): Rule & { id: Id } {
  return rule;
}
