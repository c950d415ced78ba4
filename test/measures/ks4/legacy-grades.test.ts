/**
 * Attainment 8 from subject results (issue 12 item 8): legacy A*–G letter grades scored on the DfE
 * point scale (2016/17 to 2018/19: A* 8.5, A 7, B 5.5, C 4, D 3, E 2, F 1.5, G 1; before 2016/17 the
 * 2016 scale A* 8 … G 1); one result per subject (discounting); a pupil with two results in one
 * subject is labelled approximate (the DfE counts the first entry; the input has no entry dates).
 *
 * Hand-computed pupil P, KS4 2018/19: English language 5, English literature 4, maths 6, history C (4),
 * French A* (8.5), art D (3) and art B (5.5) (one subject: the better, B, counts), drama G (1).
 *   English both taken: 5 × 2 = 10 (literature 4 to the open slots); maths 6 × 2 = 12;
 *   EBacc slots 8.5 + 4 = 12.5 (two filled); open 5.5 + 4 + 1 = 10.5 (art D discounted; with it the open
 *   element would be 5.5 + 4 + 3 = 12.5 and A8 47). A8 = 10 + 12 + 12.5 + 10.5 = 45.
 *   EBacc APS (5 + 6 + 0 + 0 + 4 + 8.5) ÷ 6 = 23.5 ÷ 6. Passes at 4+: 5, 4, 6, 4, 8.5, 5.5 = 6 (with E&M) → yes;
 *   at 5+: 5, 6, 8.5, 5.5 = 4 → no.
 * The same pupil in 2015/16 (2016 scale): history 5, French 8, art B 6, drama 1: EBacc 13, open 6 + 4 + 1 = 11,
 *   A8 = 10 + 12 + 13 + 11 = 46.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { MeasureRow } from '../../../src/measures/row.js';
import { buildReportDocument } from '../../../src/report/build-document.js';
import { suppress } from '../../../src/report/suppress.js';
import { renderCsv } from '../../../src/report/render-csv.js';
import { renderHtml } from '../../../src/report/render-html.js';
import { renderJson } from '../../../src/report/render-json.js';
import { renderMarkdown } from '../../../src/report/render-md.js';
import { renderXlsx } from '../../../src/report/render-xlsx.js';
import { closeDb, openDb } from '../../../src/io/duck.js';
import { linkFolder } from '../../../src/link/pipeline.js';
import { measureRows } from '../../../src/pipeline/analyse.js';
import { ks4Outcomes, sameSubjectRepeats, scoreResult, type EbaccCategory, type Ks4Result } from '../../../src/derive/attainment/index.js';
import { a8ApproximateNote, figureBasisLabel } from '../../../src/measures/p8/index.js';
import { figureBasis } from '../../../src/report/render-csv.js';

const pupil = (year: string): Ks4Result[] => {
  const g = (subject: string, ebacc: EbaccCategory, grade: string): Ks4Result => ({ year, subject, qual: 'GCSE', ebacc, grade, points: null });
  return [g('English language', 'ENG_LANG', '5'), g('English literature', 'ENG_LIT', '4'), g('Maths', 'MATHS', '6'), g('History', 'HUMANITY', 'C'),
    g('French', 'LANGUAGE', 'A*'), g('Art', 'NONE', 'D'), g('art ', 'NONE', 'B'), g('Drama', 'NONE', 'G')];
};

describe('legacy letter grades', () => {
  it('scores each letter on the DfE scale of its year', () => {
    const at = (grade: string, year: string) => scoreResult({ year, subject: 's', qual: 'GCSE', ebacc: 'NONE', grade, points: null })!.slotPoints[0];
    expect(['A*', 'A', 'B', 'C', 'D', 'E', 'F', 'G'].map((l) => at(l, '2017/18'))).toEqual([8.5, 7, 5.5, 4, 3, 2, 1.5, 1]);
    expect(['A*', 'A', 'B', 'C', 'D', 'E', 'F', 'G'].map((l) => at(l, '2015/16'))).toEqual([8, 7, 6, 5, 4, 3, 2, 1]);
    // a legacy double award science fills two slots, each the mean of its two letters: (7 + 5.5) ÷ 2
    expect(scoreResult({ year: '2018/19', subject: 'Science', qual: 'GCSE', ebacc: 'COMBINED_SCIENCE', grade: 'AB', points: null })!.slotPoints).toEqual([6.25, 6.25]);
  });
  it('pupil P 2018/19: A8 45 with the repeated art result discounted; EBacc APS 23.5/6; five passes at 4+ only', () => {
    const o = ks4Outcomes(pupil('2018/19'));
    expect([o.attainment8.att8, o.attainment8.english, o.attainment8.maths, o.attainment8.ebacc, o.attainment8.open]).toEqual([45, 10, 12, 12.5, 10.5]);
    expect(o.ebaccAps).toBeCloseTo(23.5 / 6, 12);
    expect([o.fivePassesEm4plus, o.fivePassesEm5plus]).toEqual([true, false]);
  });
  it('pupil P 2015/16: A8 46 on the 2016 scale', () => {
    expect(ks4Outcomes(pupil('2015/16')).attainment8.att8).toBe(46);
  });
});

describe('one result per subject, and the first-entry rule it cannot apply', () => {
  it('on a tie of points keeps the same result whatever the order of the rows (geography 5 as a humanity and as an open subject)', () => {
    // before: the first row won, so the geography 5 filled an EBacc slot or an open slot by row order
    const maths: Ks4Result = { subject: 'Maths', qual: 'GCSE', ebacc: 'MATHS', grade: '6', points: null };
    const hum: Ks4Result = { subject: 'Geography', qual: 'GCSE', ebacc: 'HUMANITY', grade: '5', points: null };
    const open: Ks4Result = { subject: 'geography', qual: 'GCSE', ebacc: 'NONE', grade: '5', points: null };
    expect(ks4Outcomes([maths, hum, open])).toEqual(ks4Outcomes([maths, open, hum]));
    // the humanity entry is kept ('HUMANITY' < 'NONE'): EBacc element 5
    expect(ks4Outcomes([maths, open, hum]).attainment8.ebacc).toBe(5);
  });
  it('counts a repeated subject (case and spaces ignored) once, and reports it', () => {
    expect(sameSubjectRepeats(pupil('2018/19'))).toBe(1);
    expect(sameSubjectRepeats(pupil('2018/19').filter((r) => r.subject !== 'art '))).toBe(0);
  });
  it('labels the Attainment 8 mean approximate: the note, and figure_basis in the CSVs', () => {
    const note = a8ApproximateNote(1, 12);
    expect(note).toBe('Approximate: 1 of 12 pupils have two results in one subject; the better counts here, the DfE counts the first entry (no entry dates in the results file)');
    // the basis is the row's field, set with the note where the figure is computed (pupil-measures.ts);
    // the note's words never decide it, so rewording a note cannot change or drop the label
    expect(figureBasis({ symbol: null, basis: 'Approximate' })).toBe('Approximate');
    expect(figureBasis({ symbol: null })).toBe('As defined');
    expect(figureBasis({ symbol: 'c' })).toBe('As defined');
    expect(figureBasisLabel({ symbol: null, basis: 'Approximate' })).toBe('Approximate');
    expect(figureBasisLabel({ symbol: 'c', basis: 'Approximate' })).toBeNull();
    // a note that happens to read like a label, with no basis set, is not taken for one
    expect(figureBasis({ symbol: null, note } as { symbol: null })).toBe('As defined');
    expect(figureBasisLabel({ symbol: null, note } as { symbol: null })).toBeNull();
  });
});

describe('on a linked folder (fixtures/measures/ks4-no-results plus a second maths result for N1)', () => {
  // N1: English language 5 (single weighted) and maths 4, now also maths 6: maths counts once, the 6:
  // A8 5 + 12 = 17 (was 13). N2 sat nothing (0), N3's ATT8 40 is from the KS4 file. Mean (17 + 0 + 40) ÷ 3 = 19,
  // approximate for 1 of the 3 pupils.
  it('Attainment 8 counts the better maths once and says it is approximate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cla-a8dup-'));
    const db = await openDb();
    try {
      cpSync(fileURLToPath(new URL('../../../fixtures/measures/ks4-no-results/', import.meta.url)), dir, { recursive: true });
      appendFileSync(join(dir, 'npd', 'ks4_results_2023-24.csv'), 'T855240000301,2023/24,Mathematics,GCSE,MATHS,6,\n');
      const linked = await linkFolder(db, { folder: dir });
      const rows = await measureRows(db, linked, { la: '855', years: ['2023/24'], cohort: 'cla_12m', breakdowns: [] });
      const a8 = rows.find((r) => r.id === 'ks4_att8' && r.breakdown === null)!;
      expect([a8.numerator, a8.denominator, a8.value]).toEqual([57, 3, 19]);
      expect(a8.note).toBe(a8ApproximateNote(1, 3));
      expect([a8.basis, a8.basisNote]).toEqual(['Approximate', a8ApproximateNote(1, 3)]);
    } finally { closeDb(db); rmSync(dir, { recursive: true, force: true }); }
  }, 60_000);
});

describe('five passes count one result per subject; every figure from such results says "Approximate" in every format', () => {
  // N1 (fixtures/measures/ks4-no-results: English language 5, maths 4) also has maths 6, history 4,
  // "history " 5 and art 4. One result per subject (the best): English language 5, maths 6, history 5,
  // art 4 = 4 GCSEs at 4+, so no five passes (counting every row, 5, 4, 6, 4, 5, 4 = 6 would give yes);
  // at 5+: 5, 6, 5 = 3. N2 sat nothing: 0. N3's flags are unknown (ATT8 in the KS4 file, no results rows).
  //   5 passes incl. E&M 4+: 0/2; maths 5+: N1 1 (the 6), N2 0 = 1/2; English 4+: 1/2; each approximate for 1 of 2.
  //   A8: N1 English 5 + maths 6 × 2 + EBacc history 5 + open art 4 = 26; (26 + 0 + 40) ÷ 3 = 22, approximate for 1 of 3.
  let rows: MeasureRow[] = [];
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cla-5pass-'));
    const db = await openDb();
    try {
      cpSync(fileURLToPath(new URL('../../../fixtures/measures/ks4-no-results/', import.meta.url)), dir, { recursive: true });
      appendFileSync(join(dir, 'npd', 'ks4_results_2023-24.csv'), ['Mathematics,GCSE,MATHS,6', 'History,GCSE,HUMANITY,4', 'history ,GCSE,HUMANITY,5', 'Art,GCSE,NONE,4']
        .map((r) => `T855240000301,2023/24,${r},\n`).join(''));
      const linked = await linkFolder(db, { folder: dir });
      rows = await measureRows(db, linked, { la: '855', years: ['2023/24'], cohort: 'cla_12m', breakdowns: [] });
    } finally { closeDb(db); rmSync(dir, { recursive: true, force: true }); }
  }, 60_000);
  const row = (id: string) => rows.find((r) => r.id === id && r.breakdown === null)!;

  it('five passes at 4+ and 5+ incl. English and maths: 0/2 each, with the repeated subject counted once', () => {
    expect([row('ks4_5passes_em_4plus').numerator, row('ks4_5passes_em_4plus').denominator]).toEqual([0, 2]);
    expect([row('ks4_5passes_em_5plus').numerator, row('ks4_5passes_em_5plus').denominator]).toEqual([0, 2]);
    expect([row('ks4_mat_5plus').numerator, row('ks4_mat_5plus').denominator]).toEqual([1, 2]);
    expect([row('ks4_att8').numerator, row('ks4_att8').denominator, row('ks4_att8').value]).toEqual([66, 3, 22]);
  });
  it('each figure from those results is labelled Approximate with its count; figures of the KS4 pupil file are not', () => {
    for (const id of ['ks4_5passes_em_4plus', 'ks4_5passes_em_5plus', 'ks4_eng_4plus', 'ks4_mat_5plus', 'ks4_em_4plus', 'ks4_ebacc_entry']) {
      expect(row(id).note, id).toBe(a8ApproximateNote(1, 2));
      expect(figureBasis(row(id)), id).toBe('Approximate');
      expect(row(id).basisNote, id).toBe(a8ApproximateNote(1, 2));
    }
    expect(row('ks4_att8').note).toBe(a8ApproximateNote(1, 3));
    expect(row('ks4_pupils').note ?? null).toBeNull();
    expect(figureBasis(row('ks4_p8'))).not.toBe('Approximate');
  });
  it('md, html (and so the PDF), json, xlsx carry the note; csv says Approximate; key messages and the trends table mark "(approximate)"', async () => {
    // a second year of the same rows so that the report has a trends table
    const both = [...rows, ...rows.map((r) => ({ ...r, year: '2022/23', benchmarks: r.benchmarks.map((b) => ({ ...b, year: '2022/23' })) }))];
    const doc = buildReportDocument({ rows: suppress(both, 1), la: '855', laName: null, year: '2023/24', cohort: 'cla_12m', suppressionThreshold: 1, toolVersion: 'test' });
    const note = a8ApproximateNote(1, 2);
    expect(renderMarkdown(doc)).toContain(note);
    expect(await renderHtml(doc)).toContain(note);
    expect(renderJson(doc)).toContain(note);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await renderXlsx(doc) as unknown as ArrayBuffer);
    const text: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => { text.push(String(c.value)); })));
    expect(text.some((t) => t.includes(note))).toBe(true);
    const lines = renderCsv(doc).split('\r\n').filter(Boolean).map((l) => l.split(','));
    const at = lines[0]!.indexOf('figure_basis');
    const measure = lines[0]!.indexOf('measure');
    const approx = lines.slice(1).filter((c) => c[at] === 'Approximate').map((c) => c[measure]);
    expect(approx).toContain('ks4_5passes_em_4plus');
    expect(approx).toContain('ks4_att8');
    expect(approx).not.toContain('ks4_pupils');
    const md = renderMarkdown(doc);
    // the headline table and the trends table (English and maths grade 4+ is a headline and trend measure)
    expect(md).toMatch(/\| English and maths grade 4\+ \| [^|]*\(approximate\) \|/);
    expect(md).toMatch(/\| English and maths grade 4\+ \| [^|]+ \(approximate\) \| [^|]+ \(approximate\) \|/);
  });
});
