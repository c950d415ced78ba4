/**
 * What a CSV file is before DuckDB reads it: empty, binary, its encoding, its delimiter and header.
 * DuckDB's own sniffer changes how it reads a bad file instead of rejecting it (stack notes §5), so
 * the dialect is decided here and DuckDB reads with auto-detection off.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';

export interface Sniffed {
  kind: 'empty' | 'binary' | 'text';
  encoding: 'utf-8' | 'windows-1252';
  bom: boolean;
  delimiter: ',' | ';' | '\t' | '|';
  header: string[];
  /** Byte length of the header line, including its line end (and BOM). */
  headerBytes: number;
  /** True when the file needs the slow, quote-aware line mapping. */
  hasQuotesOrBlankLines: boolean;
}

const CHUNK = 16 * 1024 * 1024;

/** Reads the file in chunks: UTF-8 validity (across chunk edges), quotes and blank lines. */
function scanWhole(path: string): { utf8: boolean; quotes: boolean; blank: boolean; nul: boolean } {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(CHUNK + 4);
    let carry = 0;
    let utf8 = true, quotes = false, blank = false, nul = false;
    let prevTail = '';
    for (;;) {
      const n = readSync(fd, buf, carry, CHUNK, null);
      const len = carry + n;
      if (len === 0) break;
      // keep an incomplete UTF-8 sequence at the end for the next chunk
      let end = len;
      if (n > 0) {
        let k = len - 1, back = 0;
        while (k >= 0 && back < 3 && (buf[k]! & 0xc0) === 0x80) { k--; back++; }
        if (k >= 0 && buf[k]! >= 0xc0) {
          const need = buf[k]! >= 0xf0 ? 4 : buf[k]! >= 0xe0 ? 3 : 2;
          if (len - k < need) end = k;
        }
      }
      const view = buf.subarray(0, end);
      if (utf8 && !isUtf8(view)) utf8 = false;
      if (!quotes && view.indexOf(34) >= 0) quotes = true;
      if (!nul && view.indexOf(0) >= 0) nul = true;
      if (!blank) {
        const s = prevTail + view.subarray(0, Math.min(view.length, 3)).toString('latin1');
        if (/\n\r?\n/.test(s) || view.indexOf('\n\n') >= 0 || view.indexOf('\n\r\n') >= 0) blank = true;
        prevTail = view.subarray(Math.max(0, view.length - 2)).toString('latin1');
      }
      buf.copy(buf, 0, end, len);
      carry = len - end;
      if (n === 0) break;
    }
    return { utf8, quotes, blank, nul };
  } finally {
    closeSync(fd);
  }
}

function readHead(path: string, bytes: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Counts a character outside double quotes in one line. */
function countOutsideQuotes(line: string, ch: string): number {
  let n = 0, inQ = false;
  for (const c of line) {
    if (c === '"') inQ = !inQ;
    else if (c === ch && !inQ) n++;
  }
  return n;
}

export function sniffCsv(path: string): Sniffed {
  const head = readHead(path, 256 * 1024);
  const empty: Sniffed = { kind: 'empty', encoding: 'utf-8', bom: false, delimiter: ',', header: [], headerBytes: 0, hasQuotesOrBlankLines: false };
  if (head.length === 0 || head.toString('latin1').trim() === '') return empty;
  const isZip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  const isOle = head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
  const whole = scanWhole(path);
  if (isZip || isOle || whole.nul) return { ...empty, kind: 'binary' };
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  const encoding = whole.utf8 ? 'utf-8' : 'windows-1252';
  const text = encoding === 'utf-8' ? head.toString('utf8') : iconv.decode(head, 'windows-1252');
  const body = bom ? text.slice(1) : text;
  const nl = body.indexOf('\n');
  const firstLine = (nl < 0 ? body : body.slice(0, nl)).replace(/\r$/, '');
  const counts = ([',', ';', '\t', '|'] as const).map((d) => [d, countOutsideQuotes(firstLine, d)] as const);
  counts.sort((a, b) => b[1] - a[1]);
  const delimiter = counts[0]![1] > 0 ? counts[0]![0] : ',';
  let header: string[] = [];
  try {
    const rows = parse(firstLine, { delimiter, relax_quotes: true, relax_column_count: true }) as string[][];
    header = rows[0] ?? [];
  } catch {
    header = firstLine.split(delimiter);
  }
  const headerLineBytes = nl < 0 ? head.length : (encoding === 'utf-8' ? Buffer.byteLength(body.slice(0, nl + 1)) : nl + 1) + (bom ? 3 : 0);
  return { kind: 'text', encoding, bom, delimiter, header, headerBytes: headerLineBytes, hasQuotesOrBlankLines: whole.quotes || whole.blank };
}

/**
 * Physical line of every non-blank record start, quote-aware (a quoted field may span lines).
 * Line 1 is the header. Used only when a file has quotes or blank lines.
 */
export function recordStartLines(buf: Buffer): Int32Array {
  const out: number[] = [];
  let line = 1, inQ = false, atStart = true, startLine = 1, recordHasContent = false;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i]!;
    if (atStart) { startLine = line; atStart = false; recordHasContent = false; }
    if (b === 34) { inQ = !inQ; recordHasContent = true; }
    else if (b === 10) {
      line++;
      if (!inQ) {
        if (recordHasContent) out.push(startLine);
        atStart = true;
      }
    } else if (b !== 13) recordHasContent = true;
  }
  if (!atStart && recordHasContent) out.push(startLine);
  return Int32Array.from(out);
}
