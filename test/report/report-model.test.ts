/**
 * `report --with-model` and `report --model` (issue 17 item 8), through the built CLI on the demo
 * folder, which holds one LA: a model fitted on that LA alone has a mean residual of zero by
 * construction, so the report says so and gives no expected-versus-observed figure; a model saved from
 * other LAs (fixtures/model/saved-rees-3-las.json) scores the LA's pupils instead; a missing model
 * file stops the command before the folder is read.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODEL_TEXT } from '../../src/report/messages.js';

const CLI = join(process.cwd(), 'dist', 'cli.js');
const DEMO = join(process.cwd(), 'fixtures', 'demo');
const SAVED = join(process.cwd(), 'fixtures', 'model', 'saved-rees-3-las.json');

interface ModelSection { intro: string; headers: string[]; rows: string[][] }

let out = '';
/** The report as Markdown (the JSON report holds the measure rows only); its model section parsed. */
function report(...args: string[]): { status: number | null; model: ModelSection | null; stderr: string } {
  const dir = mkdtempSync(join(out, 'r-'));
  const r = spawnSync(process.execPath, [CLI, 'report', DEMO, '--la', '855', '--year', '2023/24', '--format', 'md', '--breakdown', 'sex', '--out', dir, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1' } });
  if (r.status !== 0) return { status: r.status, model: null, stderr: r.stderr };
  const md = readFileSync(join(dir, 'cla-report-855-2023-24.md'), 'utf8');
  const from = md.indexOf('## Factor model');
  const next = md.indexOf('\n## ', from + 1);
  const part = from < 0 ? '' : md.slice(from, next < 0 ? undefined : next);
  const lines = part.split('\n');
  const table = lines.filter((l) => l.startsWith('|')).map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
  return { status: r.status, model: part ? { intro: lines[2]!, headers: table[0]!, rows: table.slice(2) } : null, stderr: r.stderr };
}

describe('report and the factor model on a one-LA folder (built CLI)', () => {
  beforeAll(() => {
    if (!existsSync(CLI)) execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
    out = mkdtempSync(join(tmpdir(), 'cla-report-model-'));
  });
  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('--with-model: fitted on this LA alone, says the residual is zero by construction and shows no expected versus observed', () => {
    const { status, model } = report('--with-model');
    expect(status).toBe(0);
    expect(model).not.toBeNull();
    expect(model!.intro).toContain('fitted on this LA’s pupils alone');
    expect(model!.intro).toContain('zero by construction');
    expect(model!.intro).toContain('--model');
    expect(model!.intro).not.toMatch(/mean expected|mean residual -?\d/);
    // the terms are still shown: what the LA's own data say about each factor
    expect(model!.headers).toEqual(['term', 'estimate', 'SE', '95% CI', 'p', 'in plain words']);
    expect(model!.rows.length).toBeGreaterThan(3);
  }, 60_000);

  it('--model <saved>: scores the LA with the saved model; observed − expected = the residual shown', () => {
    const { status, model: found } = report('--model', SAVED);
    expect(status).toBe(0);
    const model = found!;
    const saved = JSON.parse(readFileSync(SAVED, 'utf8')) as { pupils: number; terms: { term: string; estimate: number | null }[] };
    expect(model.intro).toContain(`from saved-rees-3-las.json, fitted on ${saved.pupils} pupils elsewhere`);
    expect(model.intro).not.toContain('zero by construction');
    const m = /(\d+) pupils, mean observed (-?[\d.]+), mean expected (-?[\d.]+), mean residual (-?[\d.]+)/.exec(model.intro);
    expect(m, model.intro).not.toBeNull();
    const [observed, expected, residual] = [Number(m![2]), Number(m![3]), Number(m![4])];
    expect(Number(m![1])).toBeGreaterThanOrEqual(5);
    expect(Math.abs(observed - expected - residual)).toBeLessThanOrEqual(0.011);
    expect(residual).not.toBe(0);
    // the saved terms, in the file's order, with its estimates
    expect(model.headers).toEqual(['term', 'estimate', 'note']);
    // cells are Markdown-escaped (\_ for _): unescape before comparing
    expect(model.rows.map((r) => String(r[0]).replace(/\\(.)/g, '$1'))).toEqual(saved.terms.map((t) => t.term));
    expect(Number(model.rows[0]![1])).toBeCloseTo(saved.terms[0]!.estimate!, 2);
  }, 60_000);

  it('--model with a file that does not exist stops before reading the folder, naming the file', () => {
    const { status, stderr } = report('--model', join(process.cwd(), 'no-such-model.json'));
    expect(status).not.toBe(0);
    expect(stderr).toContain('no-such-model.json');
    expect(stderr).toContain('--save');
  });

  it('the sentences are the messages module’s', () => {
    expect(MODEL_TEXT.singleLa).toContain('zero by construction');
  });
});
