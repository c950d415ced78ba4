/**
 * The return years the tool accepts (a choice where the spec is silent; README "Choices"): 2000 to
 * 2040. SSDA903 returns in today's form start in the 2000s; the synthetic generator takes the same
 * range. A year outside it (1900, 2100) is a typing or export error, reported by year-out-of-range.
 */
export const FIRST_RETURN_YEAR = 2000;
export const LAST_RETURN_YEAR = 2040;

import type { RuleContext } from '../rule.js';

// The table schemas (and zod with them) are loaded when a check runs, not when the rule registry is:
// `cla-analyse rules` lists the rules without them (issue 13 item 1: start-up).
const schemas = () => import('../../schemas/index.js');

/** The 903 tables (file family '903') present in a run. */
export async function tables903(ctx: RuleContext): Promise<string[]> {
  return (await schemas()).ALL_TABLES.filter((t) => t.family === '903' && ctx.hasTable(t.name)).map((t) => t.name);
}
export async function tablesWith(ctx: RuleContext, column: string): Promise<string[]> {
  return (await schemas()).ALL_TABLES.filter((t) => column in t.columns && ctx.hasTable(t.name)).map((t) => t.name);
}
