/**
 * Audiences (issue 16 item 4): `public` (default) is fit to publish; `board` is for the LA's own
 * Corporate Parenting Board: totals shown with small counts, breakdowns still suppressed, and every
 * format, every printed page, says "not for publication". `--suppress 0` is marked internal the same
 * way. The audience and threshold are printed in every human-readable format and recorded for CSV and
 * JSON in the output folder's manifest.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/schemas/config.js';
import { renderHtml } from '../../src/report/render-html.js';
import { renderMarkdown } from '../../src/report/render-md.js';
import { renderXlsx } from '../../src/report/render-xlsx.js';
import { suppressionSentence } from '../../src/report/messages.js';
import type { ReportDocument } from '../../src/report/document.js';
import { sampleDocument } from './sample-document.js';

const withAudience = (audience: 'public' | 'board', threshold = 5): ReportDocument => ({ ...sampleDocument(), audience, suppressionThreshold: threshold });
const NOT_FOR_PUBLICATION = /NOT FOR PUBLICATION/;

describe('the notice in every format', () => {
  it('public: no notice, the audience named in the subtitle', async () => {
    const md = await renderMarkdown(withAudience('public'));
    expect(md).not.toMatch(NOT_FOR_PUBLICATION);
    expect(md).toMatch(/Audience: public/);
    expect(await renderHtml(withAudience('public'))).not.toMatch(NOT_FOR_PUBLICATION);
  });

  it('board: Markdown opens with it; HTML has a banner and the same line in the margin of every printed page', async () => {
    expect(await renderMarkdown(withAudience('board')).split('\n')[0]).toMatch(NOT_FOR_PUBLICATION);
    const html = await renderHtml(withAudience('board'));
    expect(html).toMatch(/<p class="notice" role="note">NOT FOR PUBLICATION/);
    expect(html).toMatch(/@page \{ @top-center \{ content: "NOT FOR PUBLICATION[^"]*"/);
    expect(html).toMatch(/@page wide \{ @top-center/);
    expect(html).toMatch(/Audience: Corporate Parenting Board \(not for publication\)/);
  });

  it('--suppress 0 is marked internal in the same places, whatever the audience', async () => {
    expect(await renderMarkdown(withAudience('public', 0))).toMatch(/NOT FOR PUBLICATION: internal use only/);
    expect(suppressionSentence(0)).toMatch(/OFF/);
  });

  it('board: the workbook says it on its first sheets and in the header of every printed sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await renderXlsx(withAudience('board')) as unknown as ArrayBuffer);
    const sheets = wb.worksheets;
    expect(String(sheets[0]!.getCell('A1').value)).toMatch(NOT_FOR_PUBLICATION);
    expect(String(sheets[1]!.getCell('A1').value)).toMatch(NOT_FOR_PUBLICATION);
    for (const ws of sheets) expect(ws.headerFooter?.oddHeader, ws.name).toMatch(NOT_FOR_PUBLICATION);
    const pub = new ExcelJS.Workbook();
    await pub.xlsx.load(await renderXlsx(withAudience('public')) as unknown as ArrayBuffer);
    for (const ws of pub.worksheets) expect(ws.headerFooter?.oddHeader ?? '').not.toMatch(NOT_FOR_PUBLICATION);
  });

  it('the suppression sentence says what board changes', () => {
    expect(suppressionSentence(5, 'board')).toMatch(/totals .* shown with their counts/);
    expect(suppressionSentence(5, 'public')).not.toMatch(/board/i);
  });
});

describe('the setting', () => {
  it('config audience: public by default, board accepted, anything else refused', () => {
    expect(ConfigSchema.parse({}).audience).toBe('public');
    expect(ConfigSchema.parse({ audience: 'board' }).audience).toBe('board');
    expect(ConfigSchema.safeParse({ audience: 'everyone' }).success).toBe(false);
  });

  const out = mkdtempSync(join(tmpdir(), 'cla-audience-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  it('report --audience board: small totals shown, the files marked, the settings in the manifest', () => {
    const r = spawnSync(process.execPath, [join(import.meta.dirname, '../../dist/cli.js'), 'report', 'fixtures/demo', '--la', '855', '--audience', 'board', '--format', 'md,csv', '--out', out],
      { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1', CLA_ANALYSE_NO_STORE: '1' } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/audience board/);
    const md = readFileSync(join(out, 'cla-report-855-2023-24.md'), 'utf8');
    expect(md.split('\n')[0]).toMatch(NOT_FOR_PUBLICATION);
    // the KS2 headline, 3 of 23 pupils (c for the public: 3 is under 5), is shown to the board with its count
    expect(md).toMatch(/3 of 23, 13\.0%/);
    const manifest = JSON.parse(readFileSync(join(out, 'cla-analyse-output.json'), 'utf8')) as { settings: Record<string, { audience: string; suppressionThreshold: number }> };
    expect(manifest.settings['cla-report-855-2023-24.csv']).toMatchObject({ audience: 'board', suppressionThreshold: 5 });
  });
});
