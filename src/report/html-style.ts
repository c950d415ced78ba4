/**
 * The report's only stylesheet, inlined in the HTML (no external file, font or URL of any kind).
 * Phones: tables scroll sideways inside their own box; charts shrink to the screen width.
 * Print: each section starts a new page, tables are not clipped, navigation is hidden.
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
thead th { background: var(--band); white-space: nowrap; }
td.num, th.num { text-align: right; white-space: nowrap; }
td { white-space: nowrap; }
td.long { min-width: 18rem; white-space: normal; }
tbody th[scope="row"] { min-width: 9rem; }
tbody tr:nth-child(even) { background: #fafafa; }
figure.chart { margin: 1rem 0; max-width: 100%; }
figure.chart svg { max-width: 100%; height: auto; }
.chart-missing { border: 1px dashed var(--rule); padding: .75rem; }
@media (max-width: 40rem) { body { padding: .5rem; } h1 { font-size: 1.4rem; } table { font-size: .8rem; } }
@media print {
  body { max-width: none; padding: 0; }
  nav { display: none; }
  .report-section + .report-section { break-before: page; page-break-before: always; }
  .table-scroll { overflow: visible; border: none; }
  table, figure.chart { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
`.trim();
