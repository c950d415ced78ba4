/**
 * The linkage summary of `link` (printed beside the pupil-level --export) goes through the same
 * suppression as every output (issue 16 item 5): small counts of children are `c`, complements
 * included, and the match rate is hidden with the matched count it would give back. `--suppress 0`
 * shows exact counts, marked internal use only. Built CLI on the small catalogue folder.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { suppressCountTable } from '../../src/report/suppress.js';

const REPO = join(import.meta.dirname, '../..');
const CLI = join(REPO, 'dist/cli.js');
const FOLDER = join(REPO, 'fixtures/measures/catalogue');

type Cell = number | 'c' | null;
interface LinkJson {
  suppressionThreshold: number; audience: string; notice: string | null;
  linkage: { la: string; year: string; schoolAgeChildren: Cell; matched: Cell; unmatched: Record<string, Cell>; linkage_match_rate: Cell }[];
  factorTable: { ks4Year: string; pupilRows: Cell; linkedRows: Cell; cla12m: Cell }[];
  careHistory: { la: string; childrenInCareBeforeEarliestReturn: Cell }[];
}
const link = (...extra: string[]): LinkJson => {
  const r = spawnSync(process.execPath, [CLI, 'link', FOLDER, '--json', ...extra], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1', CLA_ANALYSE_NO_STORE: '1' } });
  expect(r.status, r.stderr).toBe(1); // the catalogue folder has error-level findings on purpose
  return JSON.parse(r.stdout) as LinkJson;
};
const counts = (j: LinkJson): Cell[] => [
  ...j.linkage.flatMap((c) => [c.schoolAgeChildren, c.matched, ...Object.values(c.unmatched)]),
  ...j.factorTable.flatMap((f) => [f.pupilRows, f.linkedRows, f.cla12m]),
  ...j.careHistory.map((c) => c.childrenInCareBeforeEarliestReturn),
];

describe('suppressCountTable', () => {
  it('hides small parts and the next smallest where the total would give one back', () => {
    expect(suppressCountTable({ total: 20, dims: { link: { matched: 17, blank: 3, invalid: 0 } } }, 5)).toEqual({ total: 20, dims: { link: { matched: 'c', blank: 'c', invalid: 0 } } });
    // board: the total is shown however small; its parts are not
    expect(suppressCountTable({ total: 3, dims: { link: { matched: 3, blank: 0 } } }, 5, 'board')).toEqual({ total: 3, dims: { link: { matched: 'c', blank: 'c' } } });
    expect(suppressCountTable({ total: 3, dims: {} }, 5).total).toBe('c');
  });
});

describe('link --json: the summary is suppressed like every output', () => {
  it('no count of 1 to 4 children; the exact run (--suppress 0) has them, and says internal use only', () => {
    const pub = link();
    expect([pub.suppressionThreshold, pub.audience, pub.notice]).toEqual([5, 'public', null]);
    expect(counts(pub).filter((n) => typeof n === 'number' && n > 0 && n < 5)).toEqual([]);
    const exact = link('--suppress', '0');
    expect(exact.notice).toMatch(/^NOT FOR PUBLICATION/);
    expect(counts(exact).filter((n) => typeof n === 'number' && n > 0 && n < 5).length).toBeGreaterThan(3);
    // 2023/24 in LA 855: 15 school-age children, 8 matched (shown), seven unmatched over six reasons (each c)
    const y = pub.linkage.find((c) => c.la === '855' && c.year === '2023/24')!;
    const e = exact.linkage.find((c) => c.la === '855' && c.year === '2023/24')!;
    expect([y.schoolAgeChildren, y.matched, y.linkage_match_rate]).toEqual([15, 8, 53.33]);
    expect(Object.values(y.unmatched).every((n) => n === 'c')).toBe(true);
    expect(Object.values(e.unmatched).reduce((a, b) => (a as number) + (b as number), 0)).toBe(7);
    // a hidden matched count hides its rate too (rate × school-age children gives it back)
    for (const c of pub.linkage) if (c.matched === 'c') expect(c.linkage_match_rate).toBe('c');
  });
});
