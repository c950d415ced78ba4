/**
 * Golden outputs of the hand-made sample document (sample-document.ts). Review a change to a golden
 * file like code. To accept a deliberate change: UPDATE_GOLDEN=1 npx vitest run test/report/golden.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../src/report/render-csv.js';
import { renderHtml } from '../../src/report/render-html.js';
import { renderJson } from '../../src/report/render-json.js';
import { renderMarkdown } from '../../src/report/render-md.js';
import { sampleDocument } from './sample-document.js';

const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const renderers: [string, () => Promise<string> | string][] = [
  ['sample.md', () => renderMarkdown(sampleDocument())],
  ['sample.csv', () => renderCsv(sampleDocument())],
  ['sample.json', () => renderJson(sampleDocument())],
  ['sample.html', () => renderHtml(sampleDocument())],
];

describe('golden report files', () => {
  it.each(renderers)('%s matches its golden file', async (name, render) => {
    const out = await render();
    const file = join(GOLDEN, name);
    if (UPDATE) writeFileSync(file, out);
    expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
    expect(out).toBe(readFileSync(file, 'utf8'));
  });

  it.each(renderers)('%s is deterministic and never prints NaN, Infinity, undefined or null', async (_name, render) => {
    const a = await render();
    const b = await render();
    expect(a).toBe(b);
    expect(a).not.toMatch(/NaN|Infinity|undefined|\[object /);
    if (!_name.endsWith('.json')) expect(a).not.toMatch(/\bnull\b/);
  });

  it('HTML is self-contained: no script, no URL, no external reference', async () => {
    const html = await renderHtml(sampleDocument());
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|https?:|\/\/[a-z]|src=|xlink:href|href="(?!#)/i);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('@media print');
    expect(html.match(/<table /g)?.length).toBe(html.match(/<caption /g)?.length);
    expect(html.match(/<svg /g)?.length).toBe(3);
    expect(html.match(/<title id="chart-/g)?.length).toBe(3);
    expect(html.match(/<desc id="chart-/g)?.length).toBe(3);
  });

  it('Markdown explains c, x and z in a footnote and shows the P8 sentence for 2019/20', () => {
    const md = renderMarkdown(sampleDocument());
    expect(md).toContain('- c = suppressed');
    expect(md).toContain('- x = not available');
    expect(md).toContain('- z = not applicable');
    expect(md).toContain('Progress 8 was not published for 2019/20');
  });

  it('JSON rows have a stable key order and keep exact numerators', () => {
    const rows = JSON.parse(renderJson(sampleDocument())) as Record<string, unknown>[];
    for (const r of rows)
      expect(Object.keys(r)).toEqual(['id', 'year', 'la', 'cohort', 'breakdown', 'numerator', 'denominator', 'children', 'value', 'unit', 'symbol', 'suppression', 'ci', 'note', 'basis', 'basisNote', 'benchmarks']);
    const em4 = rows.find((r) => r.id === 'ks4_em_4plus')!;
    expect([em4.numerator, em4.denominator, em4.children, em4.value]).toEqual([9, 38, 38, 23.68]);
    // every symbol with its meaning in words; a c row publishes no count of children
    for (const r of rows) expect(r.suppression).toBe(r.symbol === 'c' ? 'confidential' : r.symbol === 'x' ? 'not_available' : r.symbol === 'z' ? 'not_applicable' : null);
    for (const r of rows) if (r.symbol === 'c') expect(r.children).toBeNull();
    const env = JSON.parse(renderJson(sampleDocument(), { envelope: true })) as { suppressionThreshold: number; audience: string; rows: unknown[] };
    expect(env.suppressionThreshold).toBe(5);
    expect(env.audience).toBe('public');
    expect(JSON.parse(renderJson({ ...sampleDocument(), audience: 'board', suppressionThreshold: 6 }, { envelope: true }))).toMatchObject({ audience: 'board', suppressionThreshold: 6 });
    expect(env.rows).toEqual(rows);
  });
});
