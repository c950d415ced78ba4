/**
 * Where output goes: results to stdout, everything else to stderr. Colour only on a terminal.
 *
 * Three kinds of stderr text: errors (`err`, always shown), notes (`info`: files written, summaries;
 * hidden by --quiet) and progress (`stage`/`progress`: one line rewritten in place with the elapsed
 * time, only on an interactive terminal: never in CI (`CI` set), never when stderr is piped or
 * redirected, never with --quiet). With --verbose each stage also ends with a plain line
 * "<stage>: 3.2 s" on any stderr, and the row accounting is given per file.
 */
import { Chalk } from 'chalk';
import { escapeControls } from '../io/terminal-text.js';

export interface Io {
  out(text: string): void;
  /** Errors and what must be seen even with --quiet. */
  err(text: string): void;
  /** Notes (files written, summaries): hidden by --quiet. */
  info(text: string): void;
  color: InstanceType<typeof Chalk>;
  quiet: boolean;
  verbose: boolean;
  /** Starts a stage (ends the one before): "reading and checking 102 files", shown with its elapsed time. */
  stage(label: string): void;
  /** Progress within the current stage ("LA 855 (3 of 20)"); only on an interactive terminal. */
  progress(text: string): void;
  /** Ends the current stage and clears the progress line. */
  endStage(): void;
}

export interface IoOptions { noColor?: boolean; quiet?: boolean; verbose?: boolean }

export function makeIo(opts: IoOptions = {}): Io {
  const useColor = !opts.noColor && !process.env.NO_COLOR && !!process.stderr.isTTY;
  const color = new Chalk({ level: useColor ? 1 : 0 });
  const quiet = !!opts.quiet;
  const verbose = !!opts.verbose && !quiet;
  const interactive = !!process.stderr.isTTY && !process.env.CI && !quiet;
  let current: { label: string; t0: number; detail: string; timer: NodeJS.Timeout | null } | null = null;
  let lineShown = false;
  let adhocT0: number | undefined;
  const elapsed = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
  const draw = () => {
    if (!interactive || !current) return;
    process.stderr.write(`\r${escapeControls(`${current.label}${current.detail ? `: ${current.detail}` : ''} … ${elapsed(current.t0)}`, { allowColour: false })}\x1b[K`);
    lineShown = true;
  };
  const clear = () => { if (lineShown) { process.stderr.write('\r\x1b[K'); lineShown = false; } };
  const endStage = () => {
    if (!current) return;
    if (current.timer) clearInterval(current.timer);
    clear();
    if (verbose) process.stderr.write(`${escapeControls(current.label, { allowColour: false })}: ${elapsed(current.t0)}\n`);
    current = null;
  };
  return {
    // control characters from input files never reach the terminal raw (see terminal-text.ts)
    out: (t) => { process.stdout.write(escapeControls(t, { allowColour: useColor, keepCr: true })); },
    err: (t) => { clear(); process.stderr.write(escapeControls(t, { allowColour: useColor })); draw(); },
    info: (t) => { if (quiet) return; clear(); process.stderr.write(escapeControls(t, { allowColour: useColor })); draw(); },
    color,
    quiet,
    verbose,
    stage: (label) => {
      endStage();
      current = { label, t0: performance.now(), detail: '', timer: null };
      if (interactive) {
        current.timer = setInterval(draw, 250);
        current.timer.unref(); // a ticking progress line never keeps the process alive
        draw();
      }
    },
    progress: (t) => {
      if (!interactive) return;
      if (t === '') { clear(); return; }
      if (current) { current.detail = t; draw(); return; }
      // progress outside a stage (synth): the message with the time since the first one
      adhocT0 ??= performance.now();
      process.stderr.write(`\r${escapeControls(`${t} … ${elapsed(adhocT0)}`, { allowColour: false })}\x1b[K`);
      lineShown = true;
    },
    endStage,
  };
}
