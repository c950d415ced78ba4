/** A validation rule: its stable id and metadata, and for cross-row rules the check itself. */
import type { Db } from '../io/duck.js';
import type { Finding, RuleId, Severity } from './finding.js';

export type RuleStage = 'file' | 'cell' | 'row';

export interface RuleContext {
  db: Db;
  /** Relative path of each loaded file, by file id. */
  fileName(fileId: number): string;
  /** Tables that have rows (parsed tables are named p_<Table>). */
  hasTable(name: string): boolean;
}

export interface Rule {
  id: RuleId;
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

/** Keeps the literal id type, so registry.ts can check its rules' ids are exactly `RuleId` (src/domain/rule-ids.ts). */
export function defineRule<const Id extends RuleId>(rule: Rule & { id: Id }): Rule & { id: Id } {
  return rule;
}
