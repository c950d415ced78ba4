/**
 * Terminal safety: text that reaches a terminal may hold bytes from input files (file names, header
 * cells, values). Control characters (C0 except tab and line feed, DEL, C1) are shown escaped
 * (`\x1b`), so a file cannot move the cursor, retitle the window, write to the clipboard or hide text.
 * The only escape sequences let through are colour ones (SGR: `ESC [ digits m`), and only when the
 * output is coloured: they can change colours, nothing else.
 */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
const CONTROL_KEEP_CR = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;
const SGR = /\x1b\[[0-9;]{0,20}m/g;

function hex(c: string): string {
  return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
}

/** `text` with every control character but tab and line feed (and CR when `keepCr`) written as `\xNN`. */
export function escapeControls(text: string, opts: { allowColour?: boolean; keepCr?: boolean } = {}): string {
  const re = opts.keepCr ? CONTROL_KEEP_CR : CONTROL;
  if (!opts.allowColour) return text.replace(re, hex);
  let out = '', last = 0;
  for (const m of text.matchAll(SGR)) {
    out += text.slice(last, m.index).replace(re, hex) + m[0];
    last = m.index! + m[0].length;
  }
  return out + text.slice(last).replace(re, hex);
}
