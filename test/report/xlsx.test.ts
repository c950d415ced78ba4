import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderXlsx, sheetName } from '../../src/report/render-xlsx.js';
import { fixZipTimes } from '../../src/report/zip-times.js';
import { sampleDocument } from './sample-document.js';

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

function values(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (r) => {
    const cells: unknown[] = [];
    for (let j = 1; j <= ws.columnCount; j++) cells.push(r.getCell(j).value ?? null);
    out.push(cells);
  });
  return out;
}

describe('xlsx report', () => {
  it('has a notes sheet and one formatted sheet per table, with the expected cell values', async () => {
    const wb = await load(await renderXlsx(sampleDocument()));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Contents', 'Notes', 'CLA at 31 March', 'KS4 headline measures', 'Attainment 8 over years', 'Progress 8 over years', 'Model terms',
    ]);
    const profile = wb.getWorksheet('CLA at 31 March')!;
    expect(values(profile)).toEqual([
      ['Measure', 'Breakdown', 'Value'],
      ['Looked after at 31 March', 'All', 1205],
      ['Looked after at 31 March', 'Sex: Male', 700],
      ['Looked after at 31 March', 'Sex: Female', 505],
      ['Looked after at 31 March', 'Age band: under 1', '[c]'],
      ['Looked after at 31 March', 'Age band: 1-4', '[c]'],
      ['Looked after at 31 March', 'Age band: 5-9', 250],
      ['Looked after at 31 March', 'Age band: 10-15', 640],
      ['Looked after at 31 March', 'Age band: 16+', 300],
    ]);
    expect(profile.getRow(1).font?.bold).toBe(true);
    expect(profile.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    // a filter over the header and every row of the table
    expect(profile.autoFilter).toBe('A1:C9');
    expect(profile.getCell('C2').numFmt).toBe('#,##0');

    const ks4 = values(wb.getWorksheet('KS4 headline measures')!);
    expect(ks4[0]!.slice(0, 7)).toEqual(['Measure', 'Numerator', 'Denominator', 'Value', '95% CI', 'England CLA', 'Gap vs England CLA']);
    expect(ks4[1]!.slice(0, 7)).toEqual(['English and maths grade 4+', 9, 38, 23.7, '[z]', 24.1, -0.4]);
    expect(ks4[2]!.slice(0, 7)).toEqual(['English and maths grade 5+', '[c]', '[c]', '[c]', '[c]', 11.2, '[c]']);
    expect(ks4[4]!.slice(0, 7)).toEqual(['Progress 8', -33.44, 33, -1.01, '(-1.36, -0.67)', -1.25, 0.24]);
    const ks4ws = wb.getWorksheet('KS4 headline measures')!;
    expect(ks4ws.getCell('D2').numFmt).toBe('#,##0.0"%"');
    expect(ks4ws.getCell('D5').numFmt).toBe('#,##0.00');

    const model = values(wb.getWorksheet('Model terms')!);
    expect(model.slice(1).map((r) => r[0])).toEqual(['(Intercept)', "'-placement_moves", "'+sen_ehcp", "'\ttab term"]);
    expect(model[2]![5]).toBe(`'=HYPERLINK("evil","x")`);
    expect(model[3]![5]).toBe("'@SUM(A1:A2)");
    expect(model[2]![1]).toBe(-0.35); // a number stays a number
    expect(model[1]![4]).toBe('<0.001');

    const notes = values(wb.getWorksheet('Notes')!).map((r) => r.join(' | ')).join('\n');
    expect(notes).toContain('c = suppressed');
    expect(notes).toContain('x = not available');
    expect(notes).toContain('z = not applicable');
    expect(notes).toContain('A figure about 1 to 4 children');
    expect(notes).toContain('england_cla_12m 2023/24: DfE, Outcomes for children in need');
    expect(notes).toContain('cla-analyse 0.1.0');
    for (const ws of wb.worksheets)
      ws.eachRow((r) => r.eachCell((c) => {
        expect(String(c.value)).not.toMatch(/NaN|Infinity|undefined/);
        if (typeof c.value === 'string') expect(c.value).not.toMatch(/^[=+\-@\t\r]/);
        expect(c.formula).toBeUndefined();
      }));
  });

  it('is deterministic: two writes a few seconds apart give identical bytes', async () => {
    const a = await renderXlsx(sampleDocument());
    await new Promise((r) => setTimeout(r, 2100)); // zip times have a 2-second resolution
    const b = await renderXlsx(sampleDocument());
    expect(b.equals(a)).toBe(true);
    const wb = await load(a);
    expect(wb.created.toISOString()).toBe('2000-01-01T00:00:00.000Z');
  });

  it('fixZipTimes sets every entry to 1980-01-01 00:00 and rejects a non-zip', async () => {
    const raw = Buffer.from(await new ExcelJS.Workbook().xlsx.writeBuffer());
    const fixed = fixZipTimes(raw);
    for (let i = 0; i + 4 <= fixed.length; i++) {
      const sig = fixed.readUInt32LE(i);
      if (sig === 0x04034b50) expect([fixed.readUInt16LE(i + 10), fixed.readUInt16LE(i + 12)]).toEqual([0, 33]);
      if (sig === 0x02014b50) expect([fixed.readUInt16LE(i + 12), fixed.readUInt16LE(i + 14)]).toEqual([0, 33]);
    }
    expect(() => fixZipTimes(Buffer.from('not a zip at all, not at all, no'))).toThrow(/not a zip/);
  });

  it("a table's own sheet name is used as it is; one that breaks Excel's rules is an internal error, never cut", () => {
    const taken = new Set<string>(['notes']);
    expect(sheetName('Missing and away from placement', taken)).toBe('Missing and away from placement'); // 31 characters
    expect(() => sheetName('Notes', taken)).toThrow(/used twice/);
    expect(() => sheetName('MISSING AND AWAY FROM PLACEMENT', taken)).toThrow(/used twice/); // Excel compares without case
    expect(() => sheetName('x'.repeat(32), taken)).toThrow(/Excel's rules/);
    for (const bad of ['', 'A/B', 'Headline measures, 2023/24', 'a:b', '[c]', 'why?', 'a*b', 'back\\slash', "'quoted'"]) expect(() => sheetName(bad, taken), bad).toThrow(/Excel's rules/);
  });

  it('every sheet name that a report table can take is valid and unique (sections, appendix, headline, trends, model, local figures)', async () => {
    const { SECTIONS } = await import('../../src/measures/sections.js');
    const { BUILD_TEXT, KEY_TEXT, LOCAL_TEXT } = await import('../../src/report/messages.js');
    const taken = new Set<string>(['contents', 'notes']);
    const names = [...SECTIONS.flatMap((s) => s.tables.flatMap((t) => [t.sheet, t.groupSheet])), BUILD_TEXT.placementMixSheet, BUILD_TEXT.trendsSheet,
      BUILD_TEXT.trendsDetailSheet, BUILD_TEXT.modelSheet, KEY_TEXT.tableSheet('2023/24'), LOCAL_TEXT.tableSheet];
    for (const n of names) expect(() => sheetName(n, taken), n).not.toThrow();
    expect(names.join()).not.toContain('…');
  });

  it('a Contents sheet links to every sheet, with its full title', async () => {
    const wb = await load(await renderXlsx(sampleDocument()));
    const rows = values(wb.getWorksheet('Contents')!);
    expect(rows[0]).toEqual(['Sheet', 'Title']);
    expect(rows.slice(1).map((r) => (r[0] as { text: string }).text)).toEqual(wb.worksheets.map((w) => w.name).slice(1));
    expect(rows[2]).toEqual([{ text: 'CLA at 31 March', hyperlink: "#'CLA at 31 March'!A1" }, 'Children looked after at 31 March']);
  });
});
