import { open } from 'node:fs/promises';
import { isReturnRootName, localNameOf } from './schema-903.js';
import { XmlTextDecoder } from './xml-text-decoder.js';

const SNIFF_BYTES = 1024;

/**
 * Whether a file looks like an SSDA903 XML return, from its first KB only: its first element (after
 * the XML declaration, comments, processing instructions and a DOCTYPE) is EXPSSDA903, with or without
 * a namespace prefix. Lets input discovery route `.xml` files without reading them whole.
 */
export async function isXml903(absPath: string): Promise<boolean> {
  const name = await xmlRootName(absPath);
  return name !== null && isReturnRootName(localNameOf(name));
}

/** The name of a file's first element, from its first KB only; null if none starts there (not XML, or empty). */
export async function xmlRootName(absPath: string): Promise<string | null> {
  const handle = await open(absPath, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    const text = new XmlTextDecoder().decode(buffer.subarray(0, bytesRead)).text;
    return firstElementName(text);
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
    else if (s.startsWith('<!')) s = skipPast(s, '>');
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
