/** Progress and quiet (src/cli/io.ts): a progress line with the elapsed time only on an interactive terminal outside CI. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeIo } from '../../src/cli/io.js';

const tty = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
const ci = process.env.CI;
afterEach(() => {
  if (tty) Object.defineProperty(process.stderr, 'isTTY', tty); else delete (process.stderr as { isTTY?: boolean }).isTTY;
  if (ci === undefined) delete process.env.CI; else process.env.CI = ci;
  vi.restoreAllMocks();
});

function capture(isTTY: boolean, ciValue: string | undefined, opts: { quiet?: boolean; verbose?: boolean }, act: (io: ReturnType<typeof makeIo>) => void): string {
  Object.defineProperty(process.stderr, 'isTTY', { value: isTTY, configurable: true });
  if (ciValue === undefined) delete process.env.CI; else process.env.CI = ciValue;
  let text = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => { text += String(s); return true; });
  act(makeIo({ noColor: true, ...opts }));
  return text;
}

const stages = (io: ReturnType<typeof makeIo>) => {
  io.stage('reading, checking and linking 3 files (0.1 MB)');
  io.progress('LA 855 (1 of 2)');
  io.info('wrote out/x.csv\n');
  io.err('an error\n');
  io.endStage();
};

describe('progress and quiet', () => {
  it('on a terminal: the stage with its counts and elapsed time, rewritten in place, cleared before other text', () => {
    const t = capture(true, undefined, {}, stages);
    expect(t).toMatch(/\rreading, checking and linking 3 files \(0\.1 MB\) … \d+\.\d s\x1b\[K/);
    expect(t).toMatch(/\rreading, checking and linking 3 files \(0\.1 MB\): LA 855 \(1 of 2\) … \d+\.\d s\x1b\[K/);
    expect(t).toContain('\r\x1b[Kwrote out/x.csv\n');
    expect(t).toContain('an error\n');
  });

  it('no progress in CI (CI=true) or when stderr is not a terminal; notes and errors still shown', () => {
    for (const [isTty, c] of [[true, 'true'], [false, undefined]] as const) {
      const t = capture(isTty, c, {}, stages);
      expect(t).toBe('wrote out/x.csv\nan error\n');
    }
  });

  it('--quiet: errors only, even on a terminal; --verbose: each stage ends with its time', () => {
    expect(capture(true, undefined, { quiet: true }, stages)).toBe('an error\n');
    expect(capture(false, undefined, { verbose: true }, stages)).toMatch(/^wrote out\/x\.csv\nan error\nreading, checking and linking 3 files \(0\.1 MB\): \d+\.\d s\n$/);
  });
});
