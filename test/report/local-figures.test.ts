/**
 * Local figures (issue 17 item 4): a small CSV of figures the returns do not hold, validated like any
 * input (findings name file, line, column and rule) and shown in the report with its source,
 * suppressed as any other figure. In-process: one DuckDB over a folder holding only that file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, openDb, type Db } from '../../src/io/duck.js';
import { validateFolder } from '../../src/store/validate-folder.js';
import type { Validated } from '../../src/validate/run.js';
import { localFiguresSection, readLocalFigures, shownLocalFigures, type LocalFigure } from '../../src/report/local-figures.js';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { renderJson } from '../../src/report/render-json.js';
import { renderCsv, renderLocalFiguresCsv, renderLocalFiguresCsvMeta } from '../../src/report/render-csv.js';
import { renderXlsx } from '../../src/report/render-xlsx.js';
import { outputsOf } from '../../src/cli/render-as.js';
import { checkJsonSchema } from '../helpers/json-schema-check.js';
import { buildReportDocument } from '../../src/report/build-document.js';
import { renderMarkdown } from '../../src/report/render-md.js';
import type { GenericTable } from '../../src/report/document.js';

const CSV = [
  'MEASURE,ACADYR,LA,UNIT,NUMERATOR,DENOMINATOR,VALUE,SOURCE,NOTE',
  'PEPs completed within 20 school days,2023/24,,percent,131,149,,Virtual School PEP tracker (April 2024),', // line 2
  'Early Years good level of development,2023/24,855,percent,3,4,,EYFS profile return (July 2024),', // 3: 3 of 4 -> c
  'Pupils in Good or Outstanding schools,2023/24,,,,,84.5,Virtual School register (July 2024),share of pupils with a rated school', // 4: no unit -> number
  'NEET after Year 11,2023/24,856,percent,6,28,,Another LA\'s survey,', // 5: another LA: not in 855's report
  'PEPs completed within 20 school days,2022-23,,percent,120,151,,Virtual School PEP tracker (April 2023),', // 6: year written 2022-23
  'Bad row,2023/24,85,PERCENTAGE,abc,10,,x,', // 7: three bad cells
  'Missing source,2023/24,,percent,1,2,,,', // 8: SOURCE required -> row not used
  'Too old,2021/22,,percent,5,10,,Tracker,', // 9: two years before: not shown
].join('\n') + '\n';

let dir: string;
let db: Db;
let v: Validated;
let figures: LocalFigure[];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cla-local-'));
  writeFileSync(join(dir, 'local-figures.csv'), CSV);
  db = await openDb({ threads: 1 });
  v = await validateFolder(db, { folder: dir });
  figures = await readLocalFigures(db, v.tables, '855', '2023/24');
});
afterAll(() => {
  closeDb(db);
  rmSync(dir, { recursive: true, force: true });
});

describe('the local figures file is validated like every input', () => {
  it('is recognised as LocalFigures; every bad cell is a finding with file, line, column and rule', () => {
    expect(v.tables.has('LocalFigures')).toBe(true);
    const bad = v.findings.filter((f) => f.severity === 'error').map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`).sort();
    expect(bad).toEqual([
      'local-figures.csv:7:LA la-invalid',
      'local-figures.csv:7:NUMERATOR number-invalid',
      'local-figures.csv:7:UNIT code-invalid',
      'local-figures.csv:8:SOURCE required-field',
    ]);
    expect(v.findings.some((f) => f.ruleId === 'acadyr-format' && f.line === 6 && f.column === 'ACADYR')).toBe(true);
  });

  it('reads this LA\'s rows (and those for every LA) of the report year and the year before; a rejected row is not used', () => {
    expect(figures.map((f) => `${f.measure} ${f.year} ${f.unit} ${f.numerator}/${f.denominator} ${f.value}`)).toEqual([
      'PEPs completed within 20 school days 2023/24 percent 131/149 null',
      'Early Years good level of development 2023/24 percent 3/4 null',
      'Pupils in Good or Outstanding schools 2023/24 number null/null 84.5',
      'PEPs completed within 20 school days 2022/23 percent 120/151 null',
      'Bad row 2023/24 number null/10 null',
    ]);
  });
});

describe('the Local figures section', () => {
  const cells = (t: GenericTable) => t.rows.map((r) => r.join(' | '));
  it('shows each figure with its source, the report year first, small numbers suppressed as any figure', () => {
    const s = localFiguresSection(shownLocalFigures(figures, { la: '855', threshold: 5, audience: 'public' }), { counts: true })!;
    expect(s.title).toBe('Local figures');
    expect(cells(s.tables[0] as GenericTable)).toEqual([
      'PEPs completed within 20 school days | 2023/24 | 131 of 149, 87.9% | Virtual School PEP tracker (April 2024) | ',
      'Early Years good level of development | 2023/24 | c | EYFS profile return (July 2024) | ',
      'Pupils in Good or Outstanding schools | 2023/24 | 84.5 | Virtual School register (July 2024) | share of pupils with a rated school',
      'Bad row | 2023/24 | x | x | ',
      'PEPs completed within 20 school days | 2022/23 | 120 of 151, 79.5% | Virtual School PEP tracker (April 2023) | ',
    ]);
    // the board sees its own small figure (a total, as every headline row in the board audience)
    const board = localFiguresSection(shownLocalFigures(figures, { la: '855', threshold: 5, audience: 'board' }), { counts: true })!;
    expect(cells(board.tables[0] as GenericTable)[1]).toContain('3 of 4, 75.0%');
    expect(localFiguresSection([], { counts: true })).toBeNull();
  });

  it('is a section of the report, before Trends, in the Markdown', async () => {
    const doc = buildReportDocument({ rows: [], la: '855', laName: null, year: '2023/24', cohort: 'cla_12m', suppressionThreshold: 5, toolVersion: 't', localFigures: figures });
    expect(doc.sections.map((x) => x.id)).toEqual(['local']);
    const md = renderMarkdown(doc);
    expect(md).toContain('## Local figures');
    expect(md).toContain('| PEPs completed within 20 school days | 2023/24 | 131 of 149, 87.9% | Virtual School PEP tracker (April 2024) |');
  });
});

describe('local figures in the CSV, JSON and XLSX outputs', () => {
  const doc = () => buildReportDocument({ rows: [], la: '855', laName: null, year: '2023/24', cohort: 'cla_12m', suppressionThreshold: 5, toolVersion: 't', localFigures: figures });

  it('JSON: appended to the rows with their title and source, suppressed as in the report, valid against schemas/report.schema.json', () => {
    const rows = JSON.parse(renderJson(doc())) as Record<string, unknown>[];
    expect(rows.map((r) => `${r.id} ${r.year} ${r.numerator}/${r.denominator} ${r.value} ${r.symbol} ${r.source}`)).toEqual([
      'local_peps_completed_within_20_school_days 2023/24 131/149 87.92 null Virtual School PEP tracker (April 2024)',
      'local_early_years_good_level_of_development 2023/24 null/null null c EYFS profile return (July 2024)',
      'local_pupils_in_good_or_outstanding_schools 2023/24 null/null 84.5 null Virtual School register (July 2024)',
      'local_bad_row 2023/24 null/null null x x',
      'local_peps_completed_within_20_school_days 2022/23 120/151 79.47 null Virtual School PEP tracker (April 2023)',
    ]);
    expect(rows[0]).toMatchObject({ title: 'PEPs completed within 20 school days', cohort: 'local', unit: 'percent', children: 149, benchmarks: [] });
    expect(rows[2]!.note).toBe('share of pupils with a rated school');
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../schemas/report.schema.json'), 'utf8')) as Record<string, unknown>;
    expect(checkJsonSchema(rows, schema)).toEqual([]);
    expect(checkJsonSchema(JSON.parse(renderJson(doc(), { envelope: true })), schema)).toEqual([]);
    // a local row without its source, or a measure row claiming one, is not what the tool writes
    const { source: _s, ...noSource } = rows[0]!;
    expect(checkJsonSchema([noSource], schema)).not.toEqual([]);
  });

  it('CSV: their own EES file beside the report CSV (in the output list only when there are local figures), with its metadata', () => {
    expect(renderCsv(doc())).not.toContain('local_');
    const csv = renderLocalFiguresCsv(doc())!.split('\r\n');
    expect(csv[0]).toBe('time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,measure,measure_title,unit,source,note,numerator,denominator,value');
    const tail = (line: string) => line.split(',').slice(10).join(',');
    expect(csv.slice(1, -1).map(tail)).toEqual([
      'local_peps_completed_within_20_school_days,PEPs completed within 20 school days,percent,Virtual School PEP tracker (April 2024),z,131,149,87.9',
      'local_early_years_good_level_of_development,Early Years good level of development,percent,EYFS profile return (July 2024),z,c,c,c',
      'local_pupils_in_good_or_outstanding_schools,Pupils in Good or Outstanding schools,number,Virtual School register (July 2024),share of pupils with a rated school,z,z,84.5',
      'local_bad_row,Bad row,number,x,z,x,x,x', // a row that is x is x in every figure of its own (cellSymbol)
      'local_peps_completed_within_20_school_days,PEPs completed within 20 school days,percent,Virtual School PEP tracker (April 2023),z,120,151,79.5',
    ]);
    expect(csv[1]!.startsWith('202324,Academic year,Local authority,E92000001,England,')).toBe(true);
    expect(renderLocalFiguresCsvMeta().split('\r\n').slice(1, -1).map((l) => l.split(',')[0])).toEqual(['measure', 'measure_title', 'unit', 'source', 'note', 'numerator', 'denominator', 'value']);
    expect(outputsOf('r', 'csv', doc()).map((f) => f.name)).toEqual(['r.csv', 'r.meta.csv', 'r.local-figures.csv', 'r.local-figures.meta.csv']);
    const none = buildReportDocument({ rows: [], la: '855', laName: null, year: '2023/24', cohort: 'cla_12m', suppressionThreshold: 5, toolVersion: 't' });
    expect(outputsOf('r', 'csv', none).map((f) => f.name)).toEqual(['r.csv', 'r.meta.csv']);
    expect(renderLocalFiguresCsv(none)).toBeNull();
  });

  it('XLSX: a sheet with the figures as numbers, symbols in brackets, source and note', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(doc())) as unknown as ArrayBuffer);
    const ws = wb.worksheets.find((w) => String(w.getRow(1).getCell(1).value) === 'Measure' && String(w.getRow(1).getCell(8).value) === 'Note')!;
    expect(ws).toBeDefined();
    expect(ws.name).toBe('Local figures and their sources'); // the table's title, short enough never to be cut
    const values = (i: number) => (ws.getRow(i).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['Measure', 'Year', 'Numerator', 'Denominator', 'Value', 'Unit', 'Source', 'Note']);
    expect(values(2)).toEqual(['PEPs completed within 20 school days', '2023/24', 131, 149, 87.9, 'percent', 'Virtual School PEP tracker (April 2024)', '']);
    expect(ws.getRow(2).getCell(5).numFmt).toBe('#,##0.0"%"');
    expect(values(3)).toEqual(['Early Years good level of development', '2023/24', '[c]', '[c]', '[c]', 'percent', 'EYFS profile return (July 2024)', '']);
    expect(values(4).slice(2, 6)).toEqual(['[z]', '[z]', 84.5, 'number']);
  });
});
