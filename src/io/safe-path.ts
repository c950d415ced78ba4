/**
 * Safe output paths. Every file the tool writes is named from validated values only (an LA code
 * `^\d{3}$`, a year) through `slug()`, and every write goes through `writeInside()`, which checks the
 * final path resolves inside the output folder (or the store) before a byte is written, and writes
 * atomically (a uniquely named temporary file in the same folder, then a rename), so two runs writing
 * the same `--out` at once never collide on a temporary name and no half-written file is left.
 *
 * The output folder is marked with a manifest (`cla-analyse-output.json`, the files written), so a
 * later run given a folder that contains it does not read the tool's own outputs back as input
 * (src/io/discover.ts skips such folders with a note).
 *
 * API for the CLI's write-outputs loop:
 *   const dir = prepareOutDir(o.out);                 // mkdir -p; a file in the way is exit 2
 *   const path = writeInside(dir, `cla-report-${slug('la', la)}-${slug('year', year)}.md`, text);
 *   writeOutputManifest(dir, [path, …]);               // once, after the loop
 */
import { accessSync, constants, closeSync, fsyncSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync, readFileSync, existsSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { EnvironmentError } from '../errors.js';

/** The manifest file that marks a folder as the tool's own output. */
export const OUTPUT_MANIFEST = 'cla-analyse-output.json';

/** A path-safe slug of a validated value; anything else is a bug in the caller (raw cells must never reach a file name). */
export function slug(kind: 'la' | 'year' | 'name', value: string | number): string {
  const v = String(value);
  if (kind === 'la') {
    if (!/^\d{3}$/.test(v)) throw new Error(`internal: refusing to name a file after an LA value that is not 3 digits (${v.length} characters)`);
    return v;
  }
  if (kind === 'year') {
    const m = v.match(/^(\d{4})(?:[/-](\d{2}))?$/);
    if (!m) throw new Error(`internal: refusing to name a file after a year that is not yyyy or yyyy/yy (${v.length} characters)`);
    return m[2] ? `${m[1]}-${m[2]}` : m[1]!;
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,100}$/.test(v) || v.includes('..')) throw new Error(`internal: refusing an unsafe file name part (${v.length} characters)`);
  return v;
}

/**
 * `name` joined onto `dir`, refused unless it is a plain relative path of safe segments that stays
 * inside `dir` (after resolving `dir`'s own symbolic links).
 */
export function insidePath(dir: string, name: string): string {
  if (isAbsolute(name) || name.split(/[\\/]/).some((seg) => seg === '' || seg === '.' || seg === '..' || !/^[A-Za-z0-9][A-Za-z0-9._ -]{0,150}$/.test(seg))) {
    throw new Error(`internal: refusing to write an output under an unsafe name (${name.length} characters)`);
  }
  let root: string;
  try { root = realpathSync(dir); } catch { root = resolve(dir); }
  const full = resolve(root, name);
  const rel = relative(root, full);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) throw new Error('internal: an output path resolves outside the output folder');
  return full;
}

/** Creates the output folder (and its parents); a file in the way or no permission is exit 2, naming the path. */
export function prepareOutDir(out: string, what = '--out'): string {
  try {
    mkdirSync(out, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EEXIST' || code === 'ENOTDIR' ? 'is a file, or lies under a file' : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'cannot be created here (no permission or a read-only disk)' : `cannot be created (${code ?? (e as Error).message})`;
    throw new EnvironmentError(`${what} ${out} ${why}`, out, `choose a folder you can write to (${what} <folder>)`);
  }
  let st;
  try { st = statSync(out); } catch (e) { throw new EnvironmentError(`${what} ${out} cannot be read: ${(e as Error).message}`, out, `choose a folder you can write to (${what} <folder>)`); }
  if (!st.isDirectory()) throw new EnvironmentError(`${what} ${out} is a file, not a folder`, out, `choose a folder path (${what} <folder>)`);
  try { accessSync(out, constants.W_OK); } catch { throw new EnvironmentError(`${what} ${out} is not writable (no permission or a read-only disk)`, out, `choose a folder you can write to (${what} <folder>)`); }
  return out;
}

/**
 * Writes `data` to `dir/name` atomically after checking the path stays inside `dir`: a temporary file
 * with a unique name beside it, then a rename. Returns the path written. File-system refusals become
 * exit 2 naming the path.
 */
export function writeInside(dir: string, name: string, data: string | Buffer): string {
  const path = insidePath(dir, name);
  const parent = dirname(path);
  if (parent !== resolve(dir)) prepareOutDir(parent, 'the output folder');
  return writeAtomic(path, data);
}

/**
 * A file the user named (`model --save <file>`): refused with exit 2 when it is a folder or its folder
 * is missing, then written atomically like every output. The user's own name is kept as given.
 */
export function writeUserFile(path: string, data: string | Buffer, what: string): string {
  checkUserFile(path, what);
  return writeAtomic(resolve(path), data);
}

/** Exit 2 unless `path` can be a file the tool writes: not a folder, in a folder that exists. */
export function checkUserFile(path: string, what: string): void {
  let st;
  try { st = statSync(path); } catch { st = null; }
  if (st?.isDirectory()) throw new EnvironmentError(`${what} ${path} is a folder`, path, `give a file path (${what} <folder>/<name>.json)`);
  let parent;
  try { parent = statSync(dirname(resolve(path))); } catch { parent = null; }
  if (!parent?.isDirectory()) throw new EnvironmentError(`${what} ${path}: the folder ${dirname(path)} does not exist`, path, `create the folder first, or give a path in an existing folder`);
}

function writeAtomic(path: string, data: string | Buffer): string {
  const parent = dirname(path);
  const tmp = join(parent, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.partial`);
  try {
    const fd = openSync(tmp, 'wx', 0o644);
    try {
      const buf = typeof data === 'string' ? Buffer.from(data) : data;
      for (let off = 0; off < buf.length;) off += writeSync(fd, buf, off);
      try { fsyncSync(fd); } catch { /* not every file system syncs */ }
    } finally { closeSync(fd); }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || code === 'EDQUOT') throw e;
    if (code) throw new EnvironmentError(`cannot write ${path}: ${(e as Error).message}`, path, code === 'EISDIR' ? 'a folder has the output file\'s name: remove or rename it' : 'choose an output folder you can write to');
    throw e;
  }
  return path;
}

/**
 * Marks `dir` as the tool's output (files written, relative to it), merged with an earlier manifest
 * there. `settings` (threshold, audience, …) are recorded against each file of this run, so a CSV or
 * JSON file, which has no room for them, still has its settings beside it.
 */
export function writeOutputManifest(dir: string, paths: string[], tool = 'cla-analyse', settings?: Record<string, unknown>): void {
  const root = (() => { try { return realpathSync(dir); } catch { return resolve(dir); } })();
  const mf = join(dir, OUTPUT_MANIFEST);
  let before: string[] = [];
  let settingsBefore: Record<string, unknown> = {};
  try {
    if (existsSync(mf)) {
      const old = JSON.parse(readFileSync(mf, 'utf8')) as { files?: string[]; settings?: Record<string, unknown> };
      before = old.files ?? [];
      settingsBefore = old.settings && typeof old.settings === 'object' ? old.settings : {};
    }
  } catch { before = []; }
  const rels = paths.map((p) => { let full = p; try { full = realpathSync(p); } catch { /* keep */ } return relative(root, full).split(sep).join('/'); });
  const files = [...new Set([...before, ...rels])].filter((r) => !r.startsWith('..')).sort();
  const bySettings: Record<string, unknown> = { ...settingsBefore };
  if (settings) for (const r of rels) if (!r.startsWith('..')) bySettings[r] = settings;
  const kept = Object.fromEntries(Object.keys(bySettings).filter((k) => files.includes(k)).sort().map((k) => [k, bySettings[k]]));
  const body = { tool, note: 'This folder holds cla-analyse outputs; cla-analyse does not read it as input.', files, ...(Object.keys(kept).length ? { settings: kept } : {}) };
  const text = `${JSON.stringify(body, null, 2)}\n`;
  writeInside(dir, OUTPUT_MANIFEST, text);
}

/** Whether a folder holds the tool's output manifest. */
export function isOutputFolder(dir: string): boolean {
  return existsSync(join(dir, OUTPUT_MANIFEST));
}
