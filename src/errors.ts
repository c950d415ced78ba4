/**
 * Typed errors. Only the entry point (cli.ts) turns them into exit codes:
 * 2 usage / configuration / unreadable input, 3 internal error, 4 out of memory or disk.
 */
export class CliError extends Error {
  readonly exitCode: number = 2;
  constructor(message: string, readonly remedy?: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The command line itself is wrong (unknown flag value, missing argument). */
export class UsageError extends CliError {}

/** The configuration file or a setting is invalid; `issues` lists every problem at once. */
export class ConfigError extends CliError {
  constructor(message: string, readonly issues: string[] = [], remedy?: string) {
    super(message, remedy);
  }
}

/** The input cannot be read at all (missing folder, no usable file): nothing was analysed. */
export class InputError extends CliError {
  constructor(message: string, readonly file?: string, remedy?: string) {
    super(message, remedy);
  }
}

/**
 * The machine ran out of something the data needs (not a bug in the input or the tool): DuckDB's
 * memory limit, or disk for its work file and spill folder. Exit 4, with what to change.
 */
export function resourceProblem(message: string, limit: string): { message: string; remedy: string } | null {
  if (/Out of Memory Error/i.test(message)) {
    return { message: `the data engine needed more memory than its limit (${limit}): ${message.split('\n')[0]}`,
      remedy: `raise the limit (e.g. CLA_ANALYSE_MEMORY_LIMIT=8GB) if the machine has the memory, or analyse fewer years or LAs in one run (benchmark's --years and --las; a smaller folder for the other commands)` };
  }
  if (/No space left on device|disk is full/i.test(message)) {
    return { message: `the disk is full: ${message.split('\n')[0]}`,
      remedy: 'free disk space where the temporary folder is (TMPDIR), or point TMPDIR at a bigger disk: the work file and spill folder can reach the size of the input' };
  }
  return null;
}

/**
 * A file-system or environment problem the user can fix (a path that is a file, not writable, missing;
 * TMPDIR; an environment variable): exit 2 with the path or setting to change.
 */
export class EnvironmentError extends CliError {
  constructor(message: string, readonly path?: string, remedy?: string) {
    super(message, remedy);
  }
}

/** Node's file-system error codes that are the user's or the machine's setup, never a bug. */
const FS_REMEDIES: Record<string, string> = {
  ENOENT: 'check the path exists (a folder above it may be missing)',
  EACCES: 'give your user permission to that path, or choose another one',
  EPERM: 'give your user permission to that path, or choose another one',
  EROFS: 'the file system is read-only: choose a writable folder',
  EEXIST: 'a file is in the way: choose a folder path that is not an existing file',
  ENOTDIR: 'a part of the path is a file, not a folder: choose a folder path',
  EISDIR: 'the path is a folder: give a file path',
  ENAMETOOLONG: 'use a shorter path',
  ELOOP: 'the path goes round a symbolic-link loop: remove the loop or give the real path',
  EMFILE: 'too many files are open: raise the limit (ulimit -n) or close other programs',
  ENFILE: 'too many files are open: raise the limit (ulimit -n) or close other programs',
  EBUSY: 'the path is in use by another program: close it or choose another path',
  ENOTEMPTY: 'the folder is not empty: choose an empty or new folder',
  EXDEV: 'the output and its temporary file are on different disks: choose a folder on one disk',
};

export interface Classified { exitCode: 2 | 4; kind: string; message: string; remedy: string }

/**
 * The error taxonomy: whatever a run can throw that is the input's, the user's, the file system's or
 * the environment's fault, turned into exit 2 (or 4 for memory and disk) with what to change. Anything
 * it does not recognise is a bug (exit 3). Only cli.ts calls it.
 */
export function classifyError(e: unknown, env: NodeJS.ProcessEnv = process.env): Classified | null {
  if (!(e instanceof Error)) return null;
  const message = e.message ?? '';
  const resource = resourceProblem(message, env.CLA_ANALYSE_MEMORY_LIMIT ?? '4GB');
  if (resource) return { exitCode: 4, kind: 'resource error', ...resource };
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return { exitCode: 4, kind: 'resource error', message: `the disk is full: ${message}`, remedy: 'free disk space, or point TMPDIR / --out at a bigger disk' };
  }
  if (code && FS_REMEDIES[code]) {
    const path = (e as NodeJS.ErrnoException).path;
    const tmp = path && env.TMPDIR && path.startsWith(env.TMPDIR) ? '; the work folder is made under TMPDIR: point TMPDIR at an existing, writable folder' : '';
    return { exitCode: 2, kind: 'file-system error', message: `${message}`, remedy: FS_REMEDIES[code]! + tmp };
  }
  // DuckDB rejects a setting (CLA_ANALYSE_MEMORY_LIMIT=garbage) or cannot use the work folder
  if (/Failed to set config|memory_limit|Could not parse (the )?memory limit/i.test(message) && /memory|config/i.test(message)) {
    return { exitCode: 2, kind: 'environment error', message: `the data engine refused a setting: ${message.split('\n')[0]} (CLA_ANALYSE_MEMORY_LIMIT=${env.CLA_ANALYSE_MEMORY_LIMIT ?? 'unset'})`,
      remedy: 'set CLA_ANALYSE_MEMORY_LIMIT to a size such as 4GB or 800MB, or unset it' };
  }
  if (/^IO Error:.*(Permission denied|Read-only file system|No such file or directory|Is a directory|Not a directory)/is.test(message)) {
    return { exitCode: 2, kind: 'file-system error', message: message.split('\n')[0]!,
      remedy: 'check the path in the message exists and your user can read it (and write it, for outputs and TMPDIR)' };
  }
  return null;
}
