/** Where output goes: results to stdout, everything else to stderr. Colour only on a terminal. */
import { Chalk } from 'chalk';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  color: InstanceType<typeof Chalk>;
  /** Progress lines: only on an interactive terminal, never in CI or when piped. */
  progress(text: string): void;
}

export function makeIo(opts: { noColor?: boolean } = {}): Io {
  const useColor = !opts.noColor && !process.env.NO_COLOR && !!process.stderr.isTTY;
  const color = new Chalk({ level: useColor ? 1 : 0 });
  const interactive = !!process.stderr.isTTY && !process.env.CI;
  return {
    out: (t) => { process.stdout.write(t); },
    err: (t) => { process.stderr.write(t); },
    color,
    progress: (t) => { if (interactive) process.stderr.write(`\r${t}\x1b[K`); },
  };
}
