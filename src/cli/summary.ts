/** The human summary of a validation run (stderr): findings by rule, then row accounting per file. */
import type { FileAccount } from '../io/ingest.js';
import type { Finding } from '../validate/finding.js';
import type { Io } from './io.js';

export function printFindings(io: Io, findings: Finding[], maxPerRule = 20): void {
  const shown = new Map<string, number>();
  for (const f of findings) {
    const n = shown.get(f.ruleId) ?? 0;
    shown.set(f.ruleId, n + 1);
    if (n >= maxPerRule) continue;
    const sev = f.severity === 'error' ? io.color.red('error') : f.severity === 'warning' ? io.color.yellow('warning') : io.color.blue('info');
    const where = `${f.file}${f.line !== null ? ':' + f.line : ''}${f.column ? ':' + f.column : ''}`;
    io.out(`${where} ${sev} [${f.ruleId}] ${f.message}${f.value !== null ? ` (value: ${JSON.stringify(f.value)})` : ''}\n    remedy: ${f.remedy}\n`);
  }
  for (const [rule, n] of [...shown].sort()) if (n > maxPerRule) io.out(`… and ${n - maxPerRule} more [${rule}] findings (use --json for all)\n`);
}

export function printAccounting(io: Io, files: FileAccount[], findings: Finding[]): void {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  io.err(`\n${findings.length} findings: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} info\n`);
  io.err('rows read = accepted + rejected, per file:\n');
  for (const a of files) {
    const reasons = Object.entries(a.rejectedBy).sort().map(([r, n]) => `${r} ${n}`).join(', ');
    io.err(`  ${a.file} [${a.table ?? 'not recognised'}${a.la ? ' LA ' + a.la : ''}${a.year ? ' ' + a.year : ''}]: ${a.rowsRead} = ${a.rowsAccepted} + ${a.rowsRejected}${reasons ? ` (${reasons})` : ''}${a.children ? `; children ${a.children.read} = ${a.children.accepted} + ${a.children.reported}` : ''}\n`);
  }
}
