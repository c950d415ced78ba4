/**
 * The human summary of a run on stderr: row accounting in one line per table (per file with
 * --verbose; every file is in --json), then the counts of findings by severity and the first few
 * error findings themselves (or, with no errors, the first few warnings), so the one line that
 * matters is not buried. With --quiet only the error findings are printed.
 */
import type { FileAccount } from '../io/ingest.js';
import { reachesFailOn, type FailOn, type Finding } from '../validate/finding.js';
import type { Io } from './io.js';

function where(f: Finding): string {
  return `${f.file}${f.line !== null ? ':' + f.line : ''}${f.column ? ':' + f.column : ''}`;
}

/** Every finding on stdout (validate's result), at most `maxPerRule` per rule. */
export function printFindings(io: Io, findings: Finding[], maxPerRule = 20): void {
  const shown = new Map<string, number>();
  for (const f of findings) {
    if (io.quiet && f.severity !== 'error') continue;
    const n = shown.get(f.ruleId) ?? 0;
    shown.set(f.ruleId, n + 1);
    if (n >= maxPerRule) continue;
    const sev = f.severity === 'error' ? io.color.red('error') : f.severity === 'warning' ? io.color.yellow('warning') : io.color.blue('info');
    io.out(`${where(f)} ${sev} [${f.ruleId}] ${f.message}${f.value !== null ? ` (value: ${JSON.stringify(f.value)})` : ''}\n    remedy: ${f.remedy}\n`);
  }
  for (const [rule, n] of [...shown].sort()) if (n > maxPerRule) io.out(`… and ${n - maxPerRule} more [${rule}] findings (use --json for all)\n`);
}

const fmt = (n: number) => n.toLocaleString('en-GB');

/** Rows read = accepted + rejected, summed per table (files of no known table under "not recognised"). */
export function accountingByTable(files: FileAccount[]): { table: string; files: number; read: number; accepted: number; rejected: number; rejectedBy: Record<string, number> }[] {
  const by = new Map<string, { table: string; files: number; read: number; accepted: number; rejected: number; rejectedBy: Record<string, number> }>();
  for (const a of files) {
    const table = a.table ?? 'not recognised';
    const t = by.get(table) ?? { table, files: 0, read: 0, accepted: 0, rejected: 0, rejectedBy: {} };
    t.files++;
    t.read += a.rowsRead;
    t.accepted += a.rowsAccepted;
    t.rejected += a.rowsRejected;
    for (const [r, n] of Object.entries(a.rejectedBy)) t.rejectedBy[r] = (t.rejectedBy[r] ?? 0) + n;
    by.set(table, t);
  }
  return [...by.values()].sort((x, y) => (x.table === 'not recognised' ? 1 : y.table === 'not recognised' ? -1 : x.table.localeCompare(y.table)));
}

/** How many findings of each severity are shown at the end of a run. */
export const FIRST_FINDINGS = 5;

export function printAccounting(io: Io, files: FileAccount[], findings: Finding[]): void {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  if (!io.quiet) {
    io.info(`\nrows read = accepted + rejected, ${io.verbose ? 'per file' : 'per table (per file with --verbose or in --json)'}:\n`);
    if (io.verbose) {
      for (const a of files) {
        const reasons = Object.entries(a.rejectedBy).sort().map(([r, n]) => `${r} ${n}`).join(', ');
        io.info(`  ${a.file} [${a.table ?? 'not recognised'}${a.la ? ' LA ' + a.la : ''}${a.year ? ' ' + a.year : ''}]: ${a.rowsRead} = ${a.rowsAccepted} + ${a.rowsRejected}${reasons ? ` (${reasons})` : ''}${a.children ? `; children ${a.children.read} = ${a.children.accepted} + ${a.children.reported}` : ''}\n`);
      }
    } else {
      for (const t of accountingByTable(files)) {
        const reasons = Object.entries(t.rejectedBy).sort().map(([r, n]) => `${r} ${fmt(n)}`).join(', ');
        io.info(`  ${t.table}: ${fmt(t.files)} file${t.files === 1 ? '' : 's'}, ${fmt(t.read)} = ${fmt(t.accepted)} + ${fmt(t.rejected)}${reasons ? ` (${reasons})` : ''}\n`);
      }
    }
    io.info(`${rowAccountingLine(files)}\n`);
    io.info(`${findings.length} findings: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} info\n`);
  }
  const errors = findings.filter((f) => f.severity === 'error');
  const shown = errors.length || io.quiet ? errors : findings.filter((f) => f.severity === 'warning');
  if (shown.length === 0) return;
  const kind = errors.length || io.quiet ? 'error' : 'warning';
  const lines = shown.slice(0, FIRST_FINDINGS).map((f) => `  ${where(f)} [${f.ruleId}] ${f.message}\n    remedy: ${f.remedy}\n`).join('');
  const more = shown.length > FIRST_FINDINGS ? `  … and ${fmt(shown.length - FIRST_FINDINGS)} more ${kind}s (cla-analyse validate <folder> lists them all)\n` : '';
  io.err(`${shown.length > FIRST_FINDINGS ? `first ${FIRST_FINDINGS} ${kind}s` : `${kind}${shown.length === 1 ? '' : 's'}`}:\n${lines}${more}`);
}

/** The run's row accounting in one line over every file: rows read = accepted + rejected. */
export function rowAccountingLine(files: FileAccount[]): string {
  let read = 0, accepted = 0, rejected = 0;
  for (const a of files) { read += a.rowsRead; accepted += a.rowsAccepted; rejected += a.rowsRejected; }
  return `rows: ${fmt(read)} read = ${fmt(accepted)} accepted + ${fmt(rejected)} rejected, in ${fmt(files.length)} file${files.length === 1 ? '' : 's'}`;
}

/** The lowest severity that makes a run's exit code 1 (`--fail-on`, shared by every command that reads a folder); `none`: findings never do. */
export { FAIL_ON_CHOICES } from '../domain/finding.js';

/** True when a finding is at `failOn` or above. */
export function failsAt(findings: Finding[], failOn: FailOn): boolean {
  return findings.some((f) => reachesFailOn(f.severity, failOn));
}

/**
 * The end of every command that reads a folder (validate, link, report, model; benchmark says the
 * same through its document): the row accounting and findings, and the exit code, 1 when a finding is
 * at `failOn` or above (the outputs are written all the same), else 0.
 */
export function finishRun(io: Io, files: FileAccount[], findings: Finding[], failOn: FailOn = 'error'): 0 | 1 {
  printAccounting(io, files, findings);
  if (!failsAt(findings, failOn)) return 0;
  io.info(`exit code 1: findings at or above --fail-on ${failOn} (outputs are still written; --fail-on sets the level)\n`);
  return 1;
}
