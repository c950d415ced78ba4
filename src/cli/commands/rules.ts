/** `cla-analyse rules`: every validation rule with its id, severity and remedy. */
import { RULES } from '../../validate/registry.js';
import type { Io } from '../io.js';

export function rulesCommand(io: Io, o: { json: boolean }): number {
  const rules = [...RULES].sort((a, b) => a.id.localeCompare(b.id));
  if (o.json) {
    io.out(JSON.stringify(rules.map(({ check: _c, ...meta }) => meta), null, 2) + '\n');
    return 0;
  }
  for (const r of rules) {
    io.out(`${r.id}  (${r.severity}, ${r.stage}${r.rejectsRow ? ', rejects the row' : ''})\n  ${r.title}: ${r.description}\n  remedy: ${r.remedy}\n`);
  }
  return 0;
}
