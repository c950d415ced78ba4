/**
 * `model` publishes expected-versus-observed groups under the same small-number threshold as `report`
 * and `benchmark` (issue 11 item 2, issue 16): the folder's cla-analyse.json `suppression`, overridden
 * by `--suppress`; 0 turns it off with a warning. Before this, `model` always used 5 whatever the
 * configuration said. Runs the built CLI on a copy of the demo folder, grouped by school (groups of
 * 6 and 7 pupils in 2023/24 and earlier years pooled, the rest fewer than 5).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '../..');
const CLI = join(REPO, 'dist/cli.js');
const folder = mkdtempSync(join(tmpdir(), 'cla-model-suppress-'));
cpSync(join(REPO, 'fixtures/demo'), folder, { recursive: true });
writeFileSync(join(folder, 'cla-analyse.json'), JSON.stringify({ suppression: 10 }));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface Group { group: string; pupils: number | string }
function model(...extra: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'model', folder, '--format', 'json', '--group-by', 'school', ...extra],
    { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1', CLA_ANALYSE_NO_STORE: '1' } });
  expect(r.status, r.stderr).toBe(0);
  const doc = JSON.parse(r.stdout) as { suppressionThreshold: number; settings: { suppressionThreshold: number; audience: string; placementChange: unknown }; expectedObserved: { suppressBelow: number; groups: Group[] } };
  return { doc, stderr: r.stderr, counts: doc.expectedObserved.groups.map((g) => g.pupils) };
}

describe('model: expected versus observed under the configured threshold', () => {
  it('the configuration\'s suppression: 10 hides the groups of 6 and 7 pupils that the default 5 would publish', () => {
    const { doc, counts } = model();
    expect(doc.suppressionThreshold).toBe(10);
    // the settings used are recorded in the model's output (issue 11 item 2)
    expect(doc.settings).toMatchObject({ suppressionThreshold: 10, audience: 'public', placementChange: 'default' });
    expect(doc.expectedObserved.suppressBelow).toBe(10);
    expect(counts.length).toBeGreaterThan(2);
    for (const n of counts) expect(n === 'c' || (typeof n === 'number' && n >= 10), `published group of ${n}`).toBe(true);
  });
  it('--suppress 0 overrides it: every group shown, and a warning that the output is for internal use only', () => {
    const { doc, counts, stderr } = model('--suppress', '0');
    expect(doc.suppressionThreshold).toBe(0);
    expect(doc.settings.suppressionThreshold).toBe(0);
    expect(counts.every((n) => typeof n === 'number')).toBe(true);
    expect(counts.some((n) => typeof n === 'number' && n > 0 && n < 10)).toBe(true);
    expect(stderr).toMatch(/suppression is OFF/);
  });
});
