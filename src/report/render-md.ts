/**
 * Markdown report: headings per section, one pipe table per report table, footnotes with the GSS
 * symbols, the suppression rule and the tool version. Pure and deterministic (no dates).
 * Charts are not drawn in Markdown; their titles point to the HTML report.
 * Every text is escaped (src/domain/markup-text.ts: `cell` inline, `block` where it starts a paragraph
 * or list item), whoever wrote it: cell values, LA names and file-derived labels can hold `<`, `[`, `](`,
 * backticks or `<!--`, and none of them may become markup.
 */
import type { ReportDocument } from './document.js';
import { documentFootnotes, documentKey, documentNotice, documentSubtitle } from './preamble.js';
import { tableView, type TableView } from './table-view.js';
import { markdownBlock as block, markdownInline as cell } from '../domain/markup-text.js';

function mdTable(v: TableView): string[] {
  const out = [`| ${v.headers.map(cell).join(' | ')} |`, `|${v.numeric.map((n) => (n ? '---:' : '---')).join('|')}|`];
  for (const r of v.rows) out.push(`| ${r.map((c) => cell(c.text)).join(' | ')} |`);
  return out;
}

export function renderMarkdown(doc: ReportDocument): string {
  const notice = documentNotice(doc);
  const lines: string[] = [...(notice ? [`**${cell(notice)}**`, ''] : []), `# ${cell(doc.title)}`, '', block(documentSubtitle(doc)), '', `*${cell(documentKey())}*`, ''];
  for (const s of doc.sections) {
    lines.push(`## ${cell(s.title)}`, '');
    if (s.intro) lines.push(block(s.intro), '');
    for (const t of s.tables) {
      const v = tableView(t);
      lines.push(`### ${cell(v.title)}`, '');
      if (v.caption) lines.push(block(v.caption), '');
      lines.push(...mdTable(v), '');
    }
    if (s.bullets?.length) {
      for (const b of s.bullets) lines.push(`- ${block(b)}`);
      lines.push('');
    }
    for (const c of s.charts ?? []) lines.push(`*Chart (in the HTML report): ${cell(c.title)}*`, '');
    if (s.notes?.length) {
      for (const n of s.notes) lines.push(`- ${block(n)}`);
      lines.push('');
    }
  }
  lines.push('---', '', '**Notes**', '');
  for (const n of documentFootnotes(doc)) lines.push(`- ${block(n)}`);
  return `${lines.join('\n')}\n`;
}
