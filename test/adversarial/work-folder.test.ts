/** The work folder holds UPNs and dates of birth: owner-only, and never left behind (issue 15). */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorkFolder, removeWorkFolder, sweepStaleWorkFolders, WORK_MARKER } from '../../src/io/work-folder.js';

const base = mkdtempSync(join(tmpdir(), 'wf-test-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('work folder lifecycle', () => {
  it('is created owner-only (0700) with its marker, and removed on request', () => {
    const dir = createWorkFolder();
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(existsSync(join(dir, WORK_MARKER))).toBe(true);
    removeWorkFolder(dir);
    expect(existsSync(dir)).toBe(false);
  });

  it('the sweep removes only the tool\'s own folders whose process is gone', () => {
    const make = (name: string, marker: string | null) => {
      const d = join(base, name);
      mkdirSync(d);
      writeFileSync(join(d, 'work.duckdb'), 'x');
      if (marker !== null) writeFileSync(join(d, WORK_MARKER), marker);
      return d;
    };
    const stale = make('cla-analyse-stale', '999999999\n'); // no such process
    const running = make('cla-analyse-running', `${process.ppid}\n`); // a live process (the test runner)
    const foreign = make('cla-analyse-nomarker', null); // not made by the tool: never touched
    const other = make('someone-else', '999999999\n');
    expect(sweepStaleWorkFolders(base)).toBe(1);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(running)).toBe(true);
    expect(existsSync(foreign)).toBe(true);
    expect(existsSync(other)).toBe(true);
  });
});
