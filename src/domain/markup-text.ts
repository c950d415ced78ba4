/**
 * Text from outside the tool (cell values, file names, names in bundled or user-supplied benchmark
 * files, model terms built from data levels) made inert in the human-readable outputs (issue 15 item 2).
 * Every renderer passes every text it did not write itself through one of these:
 *
 * - `reportText`: control characters (C0 but tab and line feed, DEL, C1) and the bidirectional
 *   overrides that can reorder what a reader sees ("Trojan source") written visibly as `\x1b` or
 *   `\u202e`, in every format, so a report never carries a byte a viewer acts on.
 * - `escapeHtml`: `&`, `<`, `>`, `"` and `'` as entities, after `reportText`; `&` first, so `&lt;` in a
 *   cell shows as `&lt;`, never as `<`.
 * - `markdownInline`: a table cell, heading or emphasised text. Line breaks become spaces and every
 *   character with an inline meaning in CommonMark or GitHub Markdown is backslash-escaped: `\` `` ` ``
 *   `*` `_` `[` `]` `<` `>` `&` `|` `~` `$` and `#`. So no value can open a link or image
 *   (`](javascript:…)`), raw HTML or an HTML comment (`<img …>`, `<!--`), an entity (`&lt;`), a code
 *   span, emphasis, strikethrough, maths, a table column, or close a heading early.
 * - `markdownBlock`: text that starts a paragraph or a list item: `markdownInline`, plus a leading
 *   list, heading, quote or rule marker (`-`, `+`, `=`, `1.`, `1)`) escaped and leading spaces
 *   dropped (four would start a code block).
 *
 * Plain ASCII letters, digits, spaces and `.,:;-+()%/'"=@` pass through unchanged, so a figure like
 * `-1.5` or `(25.2, 35.0)` is written as it is.
 */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const MD_INLINE = /[\\`*_[\]<>&|~$#]/g;

const hex = (c: string): string => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
const unicode = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Control characters (but tab and line feed) and bidirectional overrides written visibly. */
export function reportText(s: string): string {
  return s.replace(CONTROL, hex).replace(BIDI, unicode);
}

export function escapeHtml(s: string): string {
  return reportText(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** One line of Markdown inline text, inert: see the module comment. */
export function markdownInline(s: string): string {
  return reportText(s.replace(/\r\n|\r|\n|\t/g, ' ')).replace(MD_INLINE, (c) => `\\${c}`);
}

/** Markdown text that starts a block (a paragraph, a list item): `markdownInline` and no block marker. */
export function markdownBlock(s: string): string {
  return markdownInline(s.replace(/^\s+/, ''))
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2');
}
