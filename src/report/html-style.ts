/**
 * The report's only stylesheet, inlined in the HTML (no external file, font or URL of any kind).
 * Phones: tables scroll sideways inside their own box; charts shrink to the screen width.
 * Print (A4, html-style and render-pdf.ts): portrait pages with a footer; a table with many columns
 * (class `wide`) goes on a landscape named page (`@page wide`) so no column is cut; headings and
 * captions are kept with what follows; short tables and charts are never split, long tables repeat
 * their header row on every page; the appendix (the first section of class `appendix`) starts a new
 * page and its sections run on; navigation is hidden. Cell text wraps between words rather than
 * overflowing the page (never inside a word or a year, which made columns a few letters wide).
 * Screen: no table is wider than a 1000 px window (test/report/browser.test.ts): header cells and text
 * cells wrap between words (a header such as "Statistical neighbours CLA (2025)" on two lines), only a figure
 * ("5 of 13, 38.5%", "-0.22 (unadjusted)") is never broken, and a column of sentences (a note) is at
 * least 14rem wide. With headers kept on one line the headline table was 1,184 px wide.
 */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #0b0c0c; --muted: #505a5f; --rule: #b1b4b6; --band: #f3f2f1; --accent: #1d70b8; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem; font-family: Arial, "Liberation Sans", "DejaVu Sans", sans-serif; color: var(--ink); line-height: 1.45; background: #fff; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
h2 { font-size: 1.4rem; margin: 2rem 0 .5rem; border-bottom: 3px solid var(--accent); padding-bottom: .2rem; }
.subtitle, .caption-note, figcaption, .notes, footer { color: var(--muted); font-size: .9rem; }
nav ol { columns: 2 14rem; padding-left: 1.2rem; }
a { color: var(--accent); }
.table-scroll { overflow-x: auto; margin: .75rem 0 1rem; border: 1px solid var(--rule); }
.table-scroll:focus { outline: 3px solid #fd0; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: bold; padding: .5rem; caption-side: top; }
.caption-note { display: block; font-weight: normal; }
th, td { padding: .35rem .5rem; border-bottom: 1px solid var(--rule); vertical-align: top; text-align: left; }
thead th { background: var(--band); vertical-align: bottom; }
td.num, th.num { text-align: right; }
td.num { white-space: nowrap; }
td.long { min-width: 14rem; }
.table-scroll.wide table { font-size: .85rem; }
.table-scroll.wide th, .table-scroll.wide td { padding: .3rem .35rem; }
tbody th[scope="row"] { min-width: 9rem; }
tbody tr:nth-child(even) { background: #fafafa; }
figure.chart { margin: 1rem 0; max-width: 100%; }
figure.chart svg { max-width: 100%; height: auto; }
.chart-missing { border: 1px dashed var(--rule); padding: .75rem; }
@media (max-width: 40rem) { body { padding: .5rem; } h1 { font-size: 1.4rem; } table { font-size: .8rem; } }
td.sym { color: var(--muted); }
.notice { border-left: 6px solid #b3261e; background: #fdf0ee; padding: .5rem .75rem; font-weight: bold; margin: 0 0 1rem; }
details.table-details { margin: .25rem 0; border-bottom: 1px solid var(--rule); }
details.table-details > summary { cursor: pointer; padding: .35rem 0; }
table tbody tr.row-focus { background: #fff2cc; font-weight: bold; }
table tbody tr.row-neighbour { background: #e8f1f8; }
@page { size: A4 portrait; margin: 14mm 12mm 16mm; }
@page wide { size: A4 landscape; margin: 12mm 12mm 14mm; }
@media print {
  html { font-size: 9.5pt; }
  body { max-width: none; padding: 0; line-height: 1.3; }
  nav { display: none; }
  h1 { font-size: 18pt; }
  h2 { font-size: 13pt; margin: 1.2rem 0 .4rem; }
  h3 { font-size: 11pt; }
  h1, h2, h3, h4, caption, .subtitle { break-after: avoid; page-break-after: avoid; }
  h2 + p, h3 + p { break-before: avoid; }
  /* a section's intro stays with its first table or chart (the Trends heading and intro were alone at the foot of a page) */
  h2 + p { break-after: avoid; page-break-after: avoid; break-inside: avoid; page-break-inside: avoid; }
  .appendix { break-before: page; page-break-before: always; }
  .appendix + .appendix { break-before: auto; page-break-before: auto; }
  .table-scroll { overflow: visible; border: none; margin: .4rem 0 .8rem; }
  table { font-size: 8.5pt; width: 100%; table-layout: auto; }
  th, td { padding: .15rem .3rem; white-space: normal; overflow-wrap: break-word; }
  td.num, th.num { white-space: nowrap; }
  thead th { white-space: normal; }
  td.long { min-width: 0; }
  tbody th[scope="row"] { min-width: 8rem; }
  thead { display: table-header-group; }
  tr, figure.chart, .key-messages li { break-inside: avoid; page-break-inside: avoid; }
  footer { break-inside: avoid; page-break-inside: avoid; }
  .table-scroll.short, figure.chart { break-inside: avoid; page-break-inside: avoid; }
  .table-scroll.wide { page: wide; }
  figure.chart { margin: .5rem 0; }
  figure.chart svg { max-height: 95mm; width: auto; }
  a { color: inherit; text-decoration: none; }
  tbody tr.row-focus, tbody tr.row-neighbour { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  tbody tr:nth-child(even) { background: #f6f6f6; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`.trim();
