/**
 * Issue 15 item 2 through a whole `report` run (in-process, md + html + xlsx): hostile text planted in
 * every place a file can put text that reaches a report: the saved model's file name and its terms,
 * levels and reasons (`--model`), an input file's name, and hostile cells in every column of a 903
 * row (rejected, so never shown, but a leak would show here). The outputs must carry none of it as
 * markup and the hostile text that does reach them (the model's) must be there, escaped.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Chalk } from 'chalk';
import { afterAll, expect, it } from 'vitest';
import { reportCommand } from '../../src/cli/commands/report.js';
import type { Io } from '../../src/cli/io.js';
import { EPISODES, makeFolder } from './base.js';

const REPO = join(import.meta.dirname, '../..');
const HOSTILE = '<img src=x onerror=alert(1)> [a](javascript:alert(1)) `code` <!-- c --> &lt;b&gt; *em* _em_ a|b \x1b[31m\u202e';
const FILE_SAFE = HOSTILE.replace(/\//g, '').replace(/[\x00-\x1f]/g, '');
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

const KS4 = ['KS4_UPN,KS4_ACADYR,KS4_URN,KS4_LA,KS4_ATT8,KS4_P8SCORE,KS4_INP8CALC,KS4_KS2EMSS,KS4_L2BASICS_94,KS4_L2BASICS_95,KS4_EBACC_E_PTQ_EE,KS4_EBACC_94,KS4_EBACC_95,KS4_EBACCAPS',
  'P000000000001,2023/24,139200,855,34.34,,1,89.5,0,0,1,0,0,2.67',
  'D000000000002,2023/24,139200,855,28.5,,1,104,0,0,0,0,0,2', ''].join('\n');

const temp: string[] = [];
afterAll(() => { for (const d of temp) rmSync(d, { recursive: true, force: true }); });

const quietIo = (): Io => {
  const io: Io = { out: () => {}, err: () => {}, info: () => {}, color: new Chalk({ level: 0 }), quiet: true, verbose: false, stage: () => {}, progress: () => {}, endStage: () => {} };
  return io;
};

it('a report over hostile file names, cells and a hostile saved model holds no markup from them', async () => {
  const hostileRow = EPISODES.split(',').map(() => HOSTILE.replace(/[,\n"]/g, ' ')).join(',');
  const folder = makeFolder({
    'npd/ks4_pupil_2023-24.csv': KS4,
    [`903/855/2024/${FILE_SAFE}.csv`]: `${EPISODES}\n${hostileRow}\n`,
  });
  temp.push(folder);
  const saved = JSON.parse(readFileSync(join(REPO, 'fixtures/model/saved-rees-3-las.json'), 'utf8')) as { terms: object[] };
  saved.terms.push({ term: `sex:${HOSTILE}`, factor: 'sex', level: HOSTILE, estimate: null, reason: HOSTILE });
  const modelDir = mkdtempSync(join(tmpdir(), 'adv-esc-model-'));
  temp.push(modelDir);
  const modelFile = join(modelDir, `${FILE_SAFE}.json`);
  writeFileSync(modelFile, JSON.stringify(saved));
  const out = mkdtempSync(join(tmpdir(), 'adv-esc-out-'));
  temp.push(out);

  const code = await reportCommand(quietIo(), { folder, la: '855', cohort: 'cla_12m', breakdowns: ['sex'], formats: ['md', 'html', 'xlsx'], out, model: modelFile });
  expect(code).toBe(1); // the hostile Episodes row is rejected: an error-level finding

  const md = readFileSync(join(out, 'cla-report-855-2023-24.md'), 'utf8');
  const html = readFileSync(join(out, 'cla-report-855-2023-24.html'), 'utf8');
  for (const text of [md, html]) expect(text).not.toMatch(CONTROLS);
  expect(html).not.toMatch(/<img|<!--|<script/i);
  expect(md).not.toMatch(/(^|[^\\])<(img|!--|script)/i);
  // the saved model's file name and its hostile term reached the report, escaped
  expect(md).toContain('\\<img src=x onerror=alert(1)\\> \\[a\\](javascript:alert(1)) \\`code\\` \\<!-- c --\\> \\&lt;b\\&gt; \\*em\\* \\_em\\_ a\\|b');
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; [a](javascript:alert(1)) `code` &lt;!-- c --&gt; &amp;lt;b&amp;gt; *em* _em_ a|b');
  expect(md.replaceAll('\\[', '').replaceAll('\\]', '')).not.toMatch(/\[|\]/);
  expect(md).toContain('\\u202e');

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(out, 'cla-report-855-2023-24.xlsx')) as unknown as ArrayBuffer);
  let hostileCells = 0;
  wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => {
    if (typeof c.value !== 'string') return;
    expect(c.value).not.toMatch(CONTROLS);
    if (c.value.includes('<img src=x')) hostileCells++;
  })));
  expect(hostileCells).toBeGreaterThan(0);
});
