// Module loader hooks: each resolved module URL, one a line, appended to CLA_TRACE_IMPORTS
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (process.env.CLA_TRACE_IMPORTS) appendFileSync(process.env.CLA_TRACE_IMPORTS, `${r.url}\n`);
  return r;
}
