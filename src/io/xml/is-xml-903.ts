import { open } from 'node:fs/promises';
import { isReturnRootName, localNameOf } from './schema-903.js';
import { XmlTextDecoder } from './xml-text-decoder.js';

const SNIFF_BYTES = 1024;
/** How far the prolog (declaration, comments, processing instructions, DOCTYPE) is read to find the root: 1 MB. */
const PROLOG_LIMIT = 1024 * 1024;

/**
 * Whether a file looks like an SSDA903 XML return, from its prolog only: its first element (after
 * the XML declaration, comments, processing instructions and a DOCTYPE, internal subset included)
 * is EXPSSDA903, with or without a namespace prefix. Lets input discovery route `.xml` files without
 * reading them whole. Nothing in a DOCTYPE is resolved or fetched: it is only skipped.
 */
export async function isXml903(absPath: string): Promise<boolean> {
  const name = await xmlRootName(absPath);
  return name !== null && isReturnRootName(localNameOf(name));
}

/** The name of a file's first element, read from at most the first MB; null if none starts there (not XML, or empty). */
export async function xmlRootName(absPath: string): Promise<string | null> {
  const handle = await open(absPath, 'r');
  try {
    // first KB, and more only while the prolog (a long comment, a DOCTYPE) has not ended
    for (let size = SNIFF_BYTES; ; size *= 8) {
      const buffer = Buffer.alloc(Math.min(size, PROLOG_LIMIT));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      const text = new XmlTextDecoder().decode(buffer.subarray(0, bytesRead)).text;
      const name = firstElementName(text);
      if (name !== null || bytesRead < buffer.length || buffer.length >= PROLOG_LIMIT) return name;
    }
  } finally {
    await handle.close();
  }
}

/** The name of the first element in `text`, or null if none starts within it. Exported for tests. */
export function firstElementName(text: string): string | null {
  let s = text.replace(/^\uFEFF/, '');
  for (;;) {
    s = s.trimStart();
    if (s.startsWith('<?')) s = skipPast(s, '?>');
    else if (s.startsWith('<!--')) s = skipPast(s, '-->');
    else if (s.startsWith('<!')) s = skipDoctype(s);
    else break;
    if (s === '') return null;
  }
  const m = s.match(/^<([A-Za-z_][\w.:-]*)/);
  return m ? m[1]! : null;
}

function skipPast(s: string, marker: string): string {
  const i = s.indexOf(marker);
  return i < 0 ? '' : s.slice(i + marker.length);
}

/** Past a `<!DOCTYPE …>`, including an internal subset `[ … ]` whose declarations hold `>` (quoted text and comments too). */
function skipDoctype(s: string): string {
  let depth = 0, quote: string | null = null;
  for (let i = 2; i < s.length; i++) {
    const c = s[i]!;
    if (quote) { if (c === quote) quote = null; continue; }
    if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (depth > 0 && s.startsWith('<!--', i)) { const j = s.indexOf('-->', i + 4); if (j < 0) return ''; i = j + 2; }
    else if (c === '>' && depth <= 0) return s.slice(i + 1);
  }
  return '';
}
