/**
 * Typed errors. Only the entry point (cli.ts) turns them into exit codes:
 * 2 usage / configuration / unreadable input, 3 internal error.
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
