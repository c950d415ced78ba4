/** Where output goes: results to stdout, everything else to stderr. Colour only on a terminal. */
import { Chalk } from 'chalk';
import { escapeControls } from '../io/terminal-text.js';

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
    // control characters from input files never reach the terminal raw (see terminal-text.ts)
    out: (t) => { process.stdout.write(escapeControls(t, { allowColour: useColor, keepCr: true })); },
    err: (t) => { process.stderr.write(escapeControls(t, { allowColour: useColor })); },
    color,
    progress: (t) => { if (interactive) process.stderr.write(`\r${t}\x1b[K`); },
  };
}
