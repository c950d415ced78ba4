/**
 * The return years the tool accepts (a choice where the spec is silent; README "Choices"): 2000 to
 * 2040. SSDA903 returns in today's form start in the 2000s; the synthetic generator takes the same
 * range. A year outside it (1900, 2100) is a typing or export error, reported by year-out-of-range.
 */
export const FIRST_RETURN_YEAR = 2000;
export const LAST_RETURN_YEAR = 2040;

/** The 903 tables (file family '903') present in a run. */
import { ALL_TABLES } from '../../schemas/index.js';
import type { RuleContext } from '../rule.js';
export function tables903(ctx: RuleContext): string[] {
  return ALL_TABLES.filter((t) => t.family === '903' && ctx.hasTable(t.name)).map((t) => t.name);
}
export function tablesWith(ctx: RuleContext, column: string): string[] {
  return ALL_TABLES.filter((t) => column in t.columns && ctx.hasTable(t.name)).map((t) => t.name);
}
