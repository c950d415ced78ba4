/**
 * The run's work folder (DuckDB's database file and spill, decoded copies of input files): it holds
 * UPNs and dates of birth, so it is created owner-only (0700) under TMPDIR, removed when the run
 * ends, and removed too when the run is interrupted (SIGINT, SIGTERM, SIGHUP). A folder left by a
 * run that was killed outright (SIGKILL, power loss) is removed by the next run's sweep: only
 * folders this tool made (named cla-analyse-*, holding its marker, owned by this user) whose process
 * is no longer running.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const WORK_PREFIX = 'cla-analyse-';
/** The marker file in every work folder: the process id that owns it. */
export const WORK_MARKER = '.cla-analyse-work';

const live = new Set<string>();
let handlersInstalled = false;
let swept = false;

const SIGNALS: Array<[NodeJS.Signals, number]> = [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]];

function removeAll(): void {
  for (const dir of live) rmSync(dir, { recursive: true, force: true });
  live.clear();
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, code] of SIGNALS) {
    process.on(signal, () => {
      removeAll();
      process.stderr.write(`\ninterrupted (${signal}): the work folder was removed; no output was completed\n`);
      process.exit(code);
    });
  }
  process.on('exit', removeAll);
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}

/**
 * Removes the tool's own work folders in `dir` left by runs that no longer exist. Returns how many.
 * A folder is touched only if it is named cla-analyse-*, holds the marker, belongs to this user and
 * its process is gone.
 */
export function sweepStaleWorkFolders(dir = tmpdir()): number {
  let removed = 0;
  let names: string[];
  try { names = readdirSync(dir); } catch { return 0; }
  const uid = typeof process.getuid === 'function' ? process.getuid() : null;
  for (const name of names) {
    if (!name.startsWith(WORK_PREFIX)) continue;
    const path = join(dir, name);
    try {
      const st = statSync(path);
      if (!st.isDirectory() || (uid !== null && st.uid !== uid)) continue;
      const marker = join(path, WORK_MARKER);
      if (!existsSync(marker)) continue;
      const pid = Number(readFileSync(marker, 'utf8').trim());
      if (alive(pid) && pid !== process.pid) continue;
      if (live.has(path)) continue;
      rmSync(path, { recursive: true, force: true });
      removed++;
    } catch { /* a folder another process is removing, or not ours to read */ }
  }
  return removed;
}

/** A new owner-only work folder under TMPDIR, removed on exit and on SIGINT/SIGTERM/SIGHUP. */
export function createWorkFolder(): string {
  if (!swept) { swept = true; sweepStaleWorkFolders(); }
  installHandlers();
  const dir = mkdtempSync(join(tmpdir(), WORK_PREFIX));
  chmodSync(dir, 0o700);
  live.add(dir);
  writeFileSync(join(dir, WORK_MARKER), `${process.pid}\n`, { mode: 0o600 });
  return dir;
}

/** Removes a work folder now (the run is done with it). */
export function removeWorkFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  live.delete(dir);
}
