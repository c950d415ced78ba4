/**
 * What a CSV file is before DuckDB reads it: empty, binary, its encoding, its delimiter and header.
 * DuckDB's own sniffer changes how it reads a bad file instead of rejecting it (stack notes §5), so
 * the dialect is decided here and DuckDB reads with auto-detection off.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';

export interface Sniffed {
  kind: 'empty' | 'binary' | 'text';
  /** UTF-16 (with a byte-order mark, or plainly so by its NUL bytes) is decoded like Windows-1252 is. */
  encoding: 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
  /** NUL bytes in the text (not UTF-16): they are removed on loading, each reported on its cell. */
  nul: boolean;
  bom: boolean;
  delimiter: ',' | ';' | '\t' | '|';
  header: string[];
  /** Byte length of the header line, including its line end (and BOM). */
  headerBytes: number;
  /** True when the file needs the slow, quote-aware line mapping. */
  hasQuotesOrBlankLines: boolean;
  /**
   * Line ends DuckDB cannot read: CRLF mixed with LF, or a lone CR (old Mac Excel). DuckDB's parser
   * stops with "state machine reached an invalid state" on them, so the loader normalises them.
   */
  mixedLineEnds: boolean;
}

const CHUNK = 16 * 1024 * 1024;
let scanBuffer: Buffer | null = null;

/** Reads the file in chunks: UTF-8 validity (across chunk edges), quotes and blank lines. */
function scanWhole(path: string | Buffer): { utf8: boolean; quotes: boolean; blank: boolean; nul: boolean; mixedLineEnds: boolean } {
  if (typeof path !== 'string') return scanBytes(path);
  const fd = openSync(path, 'r');
  try {
    // one buffer for every file (sniffing is synchronous): a fresh 16 MB buffer per file cost more than
    // reading the thousands of small 903 files of a national extract
    const buf = (scanBuffer ??= Buffer.allocUnsafe(CHUNK + 4));
    let carry = 0;
    let utf8 = true, quotes = false, blank = false, nul = false;
    let prevTail = '';
    let crlf = 0, lf = 0, loneCr = false;
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
      if (!loneCr) {
        // a CR split from its LF by the chunk edge counts as lone: that only costs a normalised copy
        for (let i = view.indexOf(13); i >= 0; i = view.indexOf(13, i + 1)) {
          if (view[i + 1] === 10) crlf++;
          else { loneCr = true; break; }
        }
        if (crlf > 0) for (let i = view.indexOf(10); i >= 0; i = view.indexOf(10, i + 1)) lf++;
      }
      buf.copy(buf, 0, end, len);
      carry = len - end;
      if (n === 0) break;
    }
    return { utf8, quotes, blank, nul, mixedLineEnds: loneCr || (crlf > 0 && lf > crlf) };
  } finally {
    closeSync(fd);
  }
}

/** scanWhole over bytes already in memory (a decoded copy): one chunk. */
function scanBytes(view: Buffer): { utf8: boolean; quotes: boolean; blank: boolean; nul: boolean; mixedLineEnds: boolean } {
  let crlf = 0, lf = 0, loneCr = false;
  for (let i = view.indexOf(13); i >= 0; i = view.indexOf(13, i + 1)) { if (view[i + 1] === 10) crlf++; else { loneCr = true; break; } }
  if (crlf > 0) for (let i = view.indexOf(10); i >= 0; i = view.indexOf(10, i + 1)) lf++;
  const blank = view.indexOf('\n\n') >= 0 || view.indexOf('\n\r\n') >= 0;
  return { utf8: isUtf8(view), quotes: view.indexOf(34) >= 0, blank, nul: view.indexOf(0) >= 0, mixedLineEnds: loneCr || (crlf > 0 && lf > crlf) };
}

/** UTF-16 by its byte-order mark, or (no mark) by NUL bytes in every other position of the first bytes. */
export function utf16Of(head: Buffer): 'utf-16le' | 'utf-16be' | null {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const n = Math.min(head.length, 512) & ~1;
  if (n < 8) return null;
  let evenNul = 0, oddNul = 0;
  for (let i = 0; i < n; i += 2) { if (head[i] === 0) evenNul++; if (head[i + 1] === 0) oddNul++; }
  if (oddNul > 0.8 * (n / 2) && evenNul === 0) return 'utf-16le';
  if (evenNul > 0.8 * (n / 2) && oddNul === 0) return 'utf-16be';
  return null;
}

/**
 * The bytes DuckDB reads for a file that needs decoding: UTF-16 and Windows-1252 as UTF-8, and NUL
 * bytes removed (each one reported by nulCells). Plain UTF-8 files are returned unchanged.
 */
export function decodedBytes(bytes: Buffer, sniff: Pick<Sniffed, 'encoding' | 'nul'>, stripNul = true): Buffer {
  let out = bytes;
  if (sniff.encoding === 'utf-16le' || sniff.encoding === 'utf-16be') out = Buffer.from(iconv.decode(bytes, sniff.encoding).replace(/^\uFEFF/, ''), 'utf8');
  else if (sniff.encoding === 'windows-1252') out = Buffer.from(iconv.decode(bytes, 'windows-1252'), 'utf8');
  if (stripNul && out.indexOf(0) >= 0) {
    const clean = Buffer.allocUnsafe(out.length);
    let n = 0;
    for (let i = 0; i < out.length; i++) if (out[i] !== 0) clean[n++] = out[i]!;
    out = clean.subarray(0, n);
  }
  return out;
}

/** Where NUL bytes sit in a (UTF-8) file: per physical line, the 0-based cells holding one; trailing padding apart. */
export function nulCells(bytes: Buffer, delimiter: string): { cells: Array<{ line: number; cell: number; count: number }>; trailing: number } {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0 || bytes[end - 1] === 10 || bytes[end - 1] === 13)) end--;
  let trailing = 0;
  for (let i = end; i < bytes.length; i++) if (bytes[i] === 0) trailing++;
  const cells = new Map<string, { line: number; cell: number; count: number }>();
  const d = delimiter.charCodeAt(0);
  let line = 1, cell = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 10) { line++; cell = 0; } else if (b === d) cell++;
    else if (b === 0) {
      const k = `${line}:${cell}`;
      const c = cells.get(k) ?? { line, cell, count: 0 };
      c.count++;
      cells.set(k, c);
    }
  }
  return { cells: [...cells.values()], trailing };
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
  const empty: Sniffed = { kind: 'empty', encoding: 'utf-8', nul: false, bom: false, delimiter: ',', header: [], headerBytes: 0, hasQuotesOrBlankLines: false, mixedLineEnds: false };
  if (head.length === 0 || head.toString('latin1').trim() === '') return empty;
  const isZip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  const isOle = head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
  if (isZip || isOle) return { ...empty, kind: 'binary' };
  const utf16 = utf16Of(head);
  if (utf16) {
    // decoded in memory (a UTF-16 CSV is an Excel "Unicode text" save: small); the rest as for UTF-8
    const decoded = decodedBytes(readFileSync(path), { encoding: utf16, nul: false });
    const inner = sniffBytes(decoded.subarray(0, 256 * 1024), scanWhole(decoded));
    return inner.kind === 'text' ? { ...inner, encoding: utf16, bom: false, nul: false } : inner;
  }
  return sniffBytes(head, scanWhole(path));
}

function sniffBytes(head: Buffer, whole: ReturnType<typeof scanWhole>): Sniffed {
  const empty: Sniffed = { kind: 'empty', encoding: 'utf-8', nul: false, bom: false, delimiter: ',', header: [], headerBytes: 0, hasQuotesOrBlankLines: false, mixedLineEnds: false };
  if (head.length === 0 || head.toString('latin1').replace(/\0/g, '').trim() === '') return empty;
  // a file of mostly control bytes (NUL padding at the end aside) is binary, not text with a few NULs
  const unpadded = head.toString('latin1').replace(/\0+$/, '');
  let control = 0;
  for (let k = 0; k < unpadded.length; k++) { const c = unpadded.charCodeAt(k); if (c < 9 || (c > 13 && c < 32)) control++; }
  if (control > unpadded.length * 0.3) return { ...empty, kind: 'binary' };
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  const encoding = whole.utf8 ? 'utf-8' : 'windows-1252';
  const text = (encoding === 'utf-8' ? head.toString('utf8') : iconv.decode(head, 'windows-1252')).replace(/\0/g, '');
  const body = bom ? text.slice(1) : text;
  const nl = body.indexOf('\n');
  // the header ends at the first line end of any kind (a lone CR too: old Mac Excel)
  const firstLine = body.split(/\r\n|\r|\n/, 1)[0]!;
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
  return { kind: 'text', encoding, nul: whole.nul, bom, delimiter, header, headerBytes: headerLineBytes, hasQuotesOrBlankLines: whole.quotes || whole.blank || whole.mixedLineEnds, mixedLineEnds: whole.mixedLineEnds };
}

/** Every line end as LF: CRLF and a lone CR (a line break in any editor) become LF. */
export function normaliseLineEnds(buf: Buffer): Buffer {
  if (buf.indexOf(13) < 0) return buf;
  const out = Buffer.allocUnsafe(buf.length);
  let n = 0;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i]!;
    if (b === 13) { out[n++] = 10; if (buf[i + 1] === 10) i++; } else out[n++] = b;
  }
  return out.subarray(0, n);
}

/** Where the records of a file start, and what an unterminated quote swallows. */
export interface RecordScan {
  /** Physical line of every non-blank record start; line 1 is the header. */
  starts: Int32Array;
  /** Line of the record whose quote is still open at the end of the file, or null. */
  unterminatedAt: number | null;
  /** Non-blank physical lines after that line: rows DuckDB reads as part of the open value. */
  linesSwallowed: number;
  /** Non-blank physical lines after line 1 that a quoted value in the header draws into it. */
  headerExtraLines: number;
}

/**
 * Physical line of every non-blank record start, quote-aware (a quoted field may span lines), read
 * as DuckDB reads with quote='"' escape='"': a quote opens a quoted value only at the start of a
 * field; elsewhere it is an ordinary character, and `""` inside a quoted value is one quote.
 * Used only when a file has quotes or blank lines.
 */
export function scanRecords(buf: Buffer, delimiter: string = ','): RecordScan {
  const delim = delimiter.charCodeAt(0);
  const out: number[] = [];
  let line = 1, inQ = false, atStart = true, fieldStart = true, startLine = 1, recordHasContent = false;
  let headerExtraLines = 0, lineHasContent = false;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i]!;
    if (atStart) { startLine = line; atStart = false; recordHasContent = false; fieldStart = true; }
    if (b === 10) {
      if (out.length === 0 && line > startLine && lineHasContent) headerExtraLines++;
      lineHasContent = false;
    } else if (b !== 13) lineHasContent = true;
    if (inQ) {
      if (b === 34) {
        if (buf[i + 1] === 34) i++;
        else inQ = false;
      } else if (b === 10) line++;
      continue;
    }
    if (b === 10) {
      line++;
      if (recordHasContent) out.push(startLine);
      atStart = true;
    } else if (b === 13) {
      // part of a CRLF line end
    } else if (b === 34 && fieldStart) {
      inQ = true; fieldStart = false; recordHasContent = true;
    } else if (b === delim) {
      fieldStart = true; recordHasContent = true;
    } else {
      fieldStart = false; recordHasContent = true;
    }
  }
  if (lineHasContent && out.length === 0 && line > startLine && !inQ) headerExtraLines++;
  if (!atStart && recordHasContent) out.push(startLine);
  let linesSwallowed = 0;
  if (inQ) {
    // non-blank physical lines after the open record's first line (bytes, not a string: files may be large)
    let l = 1, content = false;
    for (let i = 0; i < buf.length; i++) {
      const b = buf[i]!;
      if (b === 10) { if (content && l > startLine) linesSwallowed++; l++; content = false; } else if (b !== 13) content = true;
    }
    if (content && l > startLine) linesSwallowed++;
  }
  return { starts: Int32Array.from(out), unterminatedAt: inQ ? startLine : null, linesSwallowed, headerExtraLines: inQ && startLine === 1 ? 0 : headerExtraLines };
}

/**
 * The rows a file holds for the row accounting: its data records, plus the lines a broken quote
 * draws into the header or into one value (each is a row the user sees, lost with it).
 */
export function rowsOf(scan: RecordScan): number {
  if (scan.unterminatedAt === 1) return scan.linesSwallowed;
  return Math.max(0, scan.starts.length - 1) + scan.headerExtraLines + scan.linesSwallowed;
}

/** Physical line of every non-blank record start (see scanRecords). */
export function recordStartLines(buf: Buffer, delimiter: string = ','): Int32Array {
  return scanRecords(buf, delimiter).starts;
}
