/** Shared by the cross-row rules: turns query rows into findings (no ids in any message). */
import { queryRows } from '../../io/duck.js';
import type { Finding } from '../finding.js';
import type { Rule, RuleContext } from '../rule.js';

export interface HitRow { _file: number | string; _line: number | string; _path?: string | null; value?: string | null; detail?: string | null }

export async function findingsFromQuery(ctx: RuleContext, rule: Rule, table: string, column: string | null, sql: string, message: (r: HitRow) => string): Promise<Finding[]> {
  const rows = await queryRows<HitRow>(ctx.db, sql);
  return rows.map((r) => ({
    ruleId: rule.id, severity: rule.severity, table, file: ctx.fileName(Number(r._file)), line: Number(r._line),
    column: r._path ? `${r._path}${column ? '/' + column : ''}` : column, value: r.value ?? null, message: message(r), remedy: rule.remedy,
  }));
}
