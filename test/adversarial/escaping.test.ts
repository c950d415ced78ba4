/**
 * HTML and Markdown escape every value that came from a file (issue 15 item 2). Hostile text is
 * planted in every string a report document can carry (titles, LA name, breakdown dimensions and
 * values, notes, benchmark scopes and sources, generic table headers and cells, intros, bullets,
 * notes, chart titles and axis names) and the md, html and xlsx renderings must hold none of it as
 * markup: no raw `<`, no link or image, no HTML comment, no code span or emphasis, no entity read as
 * a character, no control character, and nothing lost (the text is still there, escaped).
 * escaping-run.test.ts does the same through a whole `report` run over hostile input files.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildReportDocument } from '../../src/report/build-document.js';
import type { ReportDocument } from '../../src/report/document.js';
import { renderHtml } from '../../src/report/render-html.js';
import { renderMarkdown } from '../../src/report/render-md.js';
import { renderXlsx } from '../../src/report/render-xlsx.js';
import { suppress } from '../../src/report/suppress.js';
import { renderExpectedObservedMarkdown } from '../../src/model/render-expected-observed.js';
import { escapeHtml, markdownBlock, markdownInline } from '../../src/domain/markup-text.js';
import { bench, row } from '../report/sample-document.js';

/** Everything at once: markup, a javascript: link, a code span, a comment, an entity, emphasis, a pipe, controls, a bidi override. */
const CORE = '<img src=x onerror=alert(1)> [click](javascript:alert(1)) ](javascript:alert(2)) `code` <!-- hidden --> &lt;b&gt; *em* _em_ ~~gone~~ a|b $x$ \\ "><script>alert(3)</script> \x1b[31mred\x07\x00\x7f\u202eevil\nsecond line';
/** Block starts: a value that begins a paragraph or list item must not become a heading, list, quote or code block. */
const STARTS = ['# heading ', '- item ', '1. item ', '> quote ', '    code ', '+ item ', '= '];
let n = 0;
/** A fresh hostile string (each field gets its own, with a different block start). */
const H = (): string => `${STARTS[n++ % STARTS.length]}${CORE}`;

/** The controls and bidi overrides no output may carry (tab and line feed are fine). */
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

/** Occurrences of `ch` in Markdown not escaped by a backslash (escaped backslashes removed first). */
function unescapedIn(md: string, ch: string): number {
  const s = md.replaceAll('\\\\', '');
  let count = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) if (s[i - 1] !== '\\') count++;
  return count;
}

function expectInertMarkdown(md: string): void {
  expect(md).not.toMatch(CONTROLS);
  // characters no authored Markdown of the report uses: every one must be escaped
  for (const ch of ['<', '>', '`', '[', ']', '&', '~', '$']) expect(unescapedIn(md, ch), `unescaped ${ch}`).toBe(0);
  // emphasis from a value: the payload's *em* and _em_ only ever escaped
  expect(md.replaceAll('\\*', '')).not.toContain('*em');
  expect(md.replaceAll('\\_', '')).not.toContain('_em');
  expect(md).not.toMatch(/(^|[^\\])a\|b/);
  // no value starts a block: only the renderer's own headings and "- " bullets start lines
  for (const line of md.split('\n')) {
    expect(line, line).not.toMatch(/^(- )?(>|\d+[.)] |[+=] |#+ #| {4})/);
    expect(line, line).not.toMatch(/^- [-+*] /);
  }
  expect(md).not.toContain('\nsecond line'); // a line break in a value stays inside its cell or line
  // nothing lost: the text is there, escaped
  expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
  expect(md).toContain('\\](javascript:alert(2))');
  expect(md).toContain('\\&lt;b\\&gt;'); // shown as "&lt;b&gt;", not read as <b>
  expect(md).toContain('\\x1b');
}

const ATTR = /\s([\w:-]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g;
const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>|<\/[a-zA-Z][\w:-]*\s*>|<!DOCTYPE html>/g;

/** Tag by tag: only the renderer's elements, no event handler, no script or javascript: URL, every `<` a whole tag. */
function expectInertHtml(html: string): void {
  expect(html).not.toMatch(CONTROLS);
  expect(html).not.toMatch(/<!--|<script|<img|<iframe|<object/i);
  let tags = 0;
  for (const t of html.matchAll(TAG)) {
    tags++;
    for (const a of (t[2] ?? '').matchAll(ATTR)) {
      expect(a[1]!.toLowerCase(), t[0].slice(0, 200)).not.toMatch(/^on/);
      expect(a[2] ?? '', t[0].slice(0, 200)).not.toMatch(/^["']?\s*javascript:/i);
    }
  }
  expect(tags).toBe(html.split('<').length - 1); // no stray `<` that a browser could read as the start of markup
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(html).toContain('&amp;lt;b&amp;gt;'); // the file's "&lt;" shown as it is, once escaped
  expect(html).not.toContain('&amp;amp;'); // never escaped twice
  expect(html).toContain('\\x1b');
}

/** A report document with hostile text in every field a file could fill. */
function hostileDocument(): ReportDocument {
  const rows = suppress([
    row({ id: 'cla_31mar', unit: 'count', value: 120, cohort: 'cla_31mar' }),
    row({ id: 'cla_31mar', unit: 'count', value: 60, cohort: 'cla_31mar', breakdown: { sex: H() } }),
    row({ id: 'cla_31mar', unit: 'count', value: 60, cohort: 'cla_31mar', breakdown: { [H()]: H() } }),
    row({ id: 'ks4_em_4plus', unit: 'percent', numerator: 9, denominator: 38, value: 23.68, note: H(),
      benchmarks: [{ ...bench('england_cla_12m', '2023/24', 24.1, -0.42), source: H() }, { ...bench(H(), '2023/24', 30, -6.3), source: H() }] }),
    row({ id: 'ks4_att8', unit: 'mean', numerator: 811.25, denominator: 38, value: 21.35, year: '2022/23', benchmarks: [bench('england_cla_12m', '2022/23', 20.5, 0.85)] }),
    row({ id: 'ks4_att8', unit: 'mean', numerator: 811.25, denominator: 38, value: 21.35, benchmarks: [bench('england_cla_12m', '2023/24', 20.5, 0.85)] }),
  ], 5);
  const doc = buildReportDocument({
    rows, la: '999', laName: H(), year: '2023/24', cohort: 'cla_12m', suppressionThreshold: 5, toolVersion: '0.0.0', title: H(),
    model: { title: H(), intro: H(), headers: [H(), 'estimate', H()], rows: [[H(), 1.5, H()], ['=HYPERLINK("evil")', null, H()]] },
  });
  const byLa = rows.filter((r) => r.id === 'ks4_em_4plus').flatMap((r) => [r, { ...r, la: '998', value: 30 }]);
  doc.sections.push({
    id: 'hostile', title: H(), intro: H(), notes: [H(), H()], bullets: [H(), H()],
    tables: [{ kind: 'generic', id: 'hostile-generic', title: H(), sheet: 'Hostile table', caption: H(), collapsed: H(), headers: [H(), H()], rows: [[H(), H()], [H(), 3]] }],
    charts: [{ kind: 'by-la', id: 'hostile-by-la', title: H(), rows: byLa, names: { 999: H(), 998: H() } }],
  });
  return doc;
}

describe('every value from a file is inert in md, html and xlsx (issue 15 item 2)', () => {
  it('the escaping helpers', () => {
    expect(markdownInline('<a href="x">[y](javascript:z)</a> `c` *e* _f_ &lt; a|b ~g~ $h$ #i \\')).toBe(
      '\\<a href="x"\\>\\[y\\](javascript:z)\\</a\\> \\`c\\` \\*e\\* \\_f\\_ \\&lt; a\\|b \\~g\\~ \\$h\\$ \\#i \\\\');
    expect(markdownInline('line one\r\nline two\tthree')).toBe('line one line two three');
    expect(markdownBlock('  - item')).toBe('\\- item');
    expect(markdownBlock('12. item')).toBe('12\\. item');
    expect(markdownBlock('+1.5')).toBe('\\+1.5');
    expect(markdownInline('-1.5 (25.2, 35.0) 12.5%')).toBe('-1.5 (25.2, 35.0) 12.5%'); // figures untouched
    expect(escapeHtml('&lt;<b>\x1b\u202e')).toBe('&amp;lt;&lt;b&gt;\\x1b\\u202e');
  });

  it('Markdown', () => {
    const md = renderMarkdown(hostileDocument());
    expectInertMarkdown(md);
  });

  it('HTML (and so PDF, which prints it), charts included', async () => {
    const html = await renderHtml(hostileDocument());
    expectInertHtml(html);
    expect(html).toContain('<svg'); // the charts were drawn, so their labels were checked too
  });

  it('XLSX: no control character in any cell (Excel would "repair" the file), formulas neutralised', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(hostileDocument())) as unknown as ArrayBuffer);
    let texts = 0;
    wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => {
      // a hyperlink cell (the Contents sheet's sheet names) is a link, never read as a formula
      const link = typeof c.value === 'object' && c.value !== null && 'hyperlink' in c.value;
      const v = link ? String((c.value as { text: string }).text) : c.value;
      if (typeof v !== 'string') return;
      texts++;
      expect(v).not.toMatch(CONTROLS);
      if (!link) expect(v, `${ws.name}!${c.address}`).not.toMatch(/^[=+\-@]/);
    })));
    expect(texts).toBeGreaterThan(20);
  });

  it('expected versus observed in Markdown (group ids come from the pupil files)', () => {
    const md = renderExpectedObservedMarkdown({
      groupBy: 'school', outcome: 'att8', pupilsCompared: 40, excluded: [{ reason: H(), pupils: 2 }],
      groups: [{ group: H(), pupils: 20, meanObserved: 30, meanExpected: 28, meanResidual: 2, ci: [0.5, 3.5] }, { group: H(), pupils: 20, meanObserved: 30, meanExpected: 32, meanResidual: -2, ci: null }],
    } as Parameters<typeof renderExpectedObservedMarkdown>[0], { suppressBelow: 5, suppressed: new Map() });
    expect(md).not.toMatch(CONTROLS);
    // the renderer's own "shown as `c`" is the only code span
    const own = md.replaceAll('`c`', 'c');
    for (const ch of ['<', '`', '[', ']', '&']) expect(unescapedIn(own, ch), `unescaped ${ch}`).toBe(0);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
  });
});
