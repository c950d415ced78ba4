/**
 * A model that cannot be estimated is a clear message and exit 0 or 1, never exit 3 (issue 11 item
 * 4): `model` and `report --with-model` on the small hand-built catalogue folder (two LAs, a handful
 * of KS4 pupils, upn-shared error findings, so exit 1 from --fail-on error). `report --with-model`
 * used to crash (exit 3) because the not-estimable fit was tested on a field it does not have.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '../..');
const CLI = join(REPO, 'dist/cli.js');
const FOLDER = join(REPO, 'fixtures/measures/catalogue');
const out = mkdtempSync(join(tmpdir(), 'cla-model-small-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args],
  { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1', CLA_ANALYSE_NO_STORE: '1' } });

describe('a model that cannot be estimated on a small set (built CLI)', () => {
  it('model --format md says why it could not be fitted and exits 1 (error findings), not 3', () => {
    const r = run('model', FOLDER, '--format', 'md');
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/The model could not be fitted: \d+ pupils with complete data for \d+ estimable terms/);
  });
  it('report --with-model writes the report with the reason in the model section and exits 1, not 3', () => {
    const r = run('report', FOLDER, '--la', '855', '--with-model', '--format', 'md', '--breakdown', 'sex', '--out', out);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.status).toBe(1);
    const file = readdirSync(out).find((f) => /^cla-report-855-.*\.md$/.test(f));
    expect(file).toBeDefined();
    const md = readFileSync(join(out, file!), 'utf8');
    const section = md.slice(md.indexOf('## Factor model'));
    expect(section).toMatch(/could not be fitted/i);
    expect(section).toMatch(/more pupils than terms/);
  });
  it('model --audience: recorded in the output with the threshold; board marks it not for publication and shows the small whole, public hides it', () => {
    const saved = join(REPO, 'fixtures/model/saved-rees-3-las.json');
    const json = (audience: string) => {
      const r = run('model', FOLDER, '--format', 'json', '--model', saved, '--audience', audience);
      expect(r.status, r.stderr).toBe(1);
      return JSON.parse(r.stdout) as { audience: string; suppressionThreshold: number; notice: string | null; settings: { audience: string }; expectedObserved: { pupilsCompared: number | string; groups: { pupils: number | string }[] } };
    };
    const pub = json('public');
    expect([pub.audience, pub.settings.audience, pub.suppressionThreshold, pub.notice]).toEqual(['public', 'public', 5, null]);
    // two pupils compared: fewer than 5, so c in public, with its one group
    expect(pub.expectedObserved.pupilsCompared).toBe('c');
    expect(pub.expectedObserved.groups.map((g) => g.pupils)).toEqual(['c']);
    const board = json('board');
    expect([board.audience, board.settings.audience]).toEqual(['board', 'board']);
    expect(board.notice).toMatch(/^NOT FOR PUBLICATION/);
    expect(board.expectedObserved.pupilsCompared).toBe(2);
    expect(board.expectedObserved.groups.map((g) => g.pupils)).toEqual(['c']);
    const md = run('model', FOLDER, '--format', 'md', '--model', saved, '--audience', 'board');
    expect(md.stdout.split('\n')[0]).toMatch(/^\*\*NOT FOR PUBLICATION/);
    expect(md.stdout).toMatch(/audience board/);
  });
});
