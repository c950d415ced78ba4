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
