import { isAscii, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/**
 * Bytes → text for an XML return, chunk by chunk, trusting the bytes over the declaration when they
 * disagree. Real exports are declared one way and saved another (Excel and older case systems save
 * windows-1252; some tools then stamp `encoding="UTF-8"`). So:
 * - a byte-order mark, or UTF-16's `<\0?\0` pattern, decides first;
 * - declared UTF-8 (or nothing): bytes that are not valid UTF-8 are read as windows-1252, where a lone
 *   0xA3 is £, and reported;
 * - declared windows-1252 / ISO-8859-1 (read as windows-1252, as browsers do): if the first non-ASCII
 *   bytes are valid multi-byte UTF-8, the file is really UTF-8: it is read so and reported;
 * - declared anything else: reported, and read as UTF-8 with the windows-1252 fallback.
 * Node 20's TextDecoder('windows-1252') is wrong for 0x80–0x9F (notes/stack-on-node20.md), so iconv-lite.
 */

export type ActualEncoding = 'UTF-8' | 'windows-1252' | 'UTF-16LE' | 'UTF-16BE';

export type DecodeIssue =
  | { kind: 'mismatch'; declared: string; actual: ActualEncoding; textOffset: number }
  | { kind: 'unsupported'; declared: string; textOffset: number };

export interface DecodedChunk { text: string; issues: DecodeIssue[] }

interface Sniffed { bomLength: number; bytes: ActualEncoding | null; declared: string | null }

/** Reads the BOM, the UTF-16 pattern and the declared encoding from the first bytes of a file. */
export function sniffEncoding(head: Buffer): Sniffed {
  let bomLength = 0;
  let bytes: ActualEncoding | null = null;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) [bomLength, bytes] = [3, 'UTF-8'];
  else if (head[0] === 0xff && head[1] === 0xfe) [bomLength, bytes] = [2, 'UTF-16LE'];
  else if (head[0] === 0xfe && head[1] === 0xff) [bomLength, bytes] = [2, 'UTF-16BE'];
  else if (head[0] === 0x3c && head[1] === 0x00 && head[2] === 0x3f && head[3] === 0x00) bytes = 'UTF-16LE';
  else if (head[0] === 0x00 && head[1] === 0x3c && head[2] === 0x00 && head[3] === 0x3f) bytes = 'UTF-16BE';
  const prefix = head.subarray(bomLength, bomLength + 400);
  const asText = bytes === 'UTF-16LE' || bytes === 'UTF-16BE'
    ? iconv.decode(prefix, bytes === 'UTF-16LE' ? 'utf-16le' : 'utf-16be')
    : prefix.toString('latin1');
  const m = asText.match(/^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([^"']*)["']/);
  return { bomLength, bytes, declared: m ? m[1]! : null };
}

type Family = 'utf-8' | 'single-byte' | 'utf-16' | 'unsupported';
function familyOf(declared: string | null): Family {
  if (declared === null) return 'utf-8';
  const d = declared.trim().toLowerCase().replace(/_/g, '-');
  if (['utf-8', 'utf8', 'us-ascii', 'ascii'].includes(d)) return 'utf-8';
  if (['windows-1252', 'cp1252', 'iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1', 'iso-ir-100'].includes(d)) return 'single-byte';
  if (['utf-16', 'utf-16le', 'utf-16be', 'utf16'].includes(d)) return 'utf-16';
  return 'unsupported';
}

const CP1252: readonly string[] = Array.from({ length: 256 }, (_, b) => iconv.decode(Buffer.from([b]), 'windows-1252'));

/** Length of a UTF-8 sequence begun by `lead`, 0 when `lead` cannot begin one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** How many bytes at the end of `data` start a UTF-8 sequence that the next chunk completes. */
function incompleteTail(data: Buffer): number {
  for (let k = 1; k <= 3 && k <= data.length; k++) {
    const b = data[data.length - k]!;
    if (b >= 0x80 && b <= 0xbf) continue;
    return sequenceLength(b) > k ? k : 0;
  }
  return 0;
}

function validSequenceAt(data: Buffer, i: number): number {
  const n = sequenceLength(data[i]!);
  if (n <= 1 || i + n > data.length) return n === 1 ? 1 : 0;
  const second = data[i + 1]!;
  const lead = data[i]!;
  const [lo, hi] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
  if (second < lo || second > hi) return 0;
  for (let j = 2; j < n; j++) if ((data[i + j]! & 0xc0) !== 0x80) return 0;
  return n;
}

/** UTF-8 where valid, windows-1252 for each byte that is not; `firstBad` is the text offset of the first such byte. */
function decodeUtf8Tolerant(data: Buffer): { text: string; firstBad: number | null } {
  if (isUtf8(data)) return { text: data.toString('utf8'), firstBad: null };
  let text = '';
  let runStart = 0;
  let firstBad: number | null = null;
  for (let i = 0; i < data.length;) {
    const n = validSequenceAt(data, i);
    if (n > 0) { i += n; continue; }
    text += data.toString('utf8', runStart, i);
    firstBad ??= text.length;
    text += CP1252[data[i]!]!;
    i += 1;
    runStart = i;
  }
  text += data.toString('utf8', runStart);
  return { text, firstBad };
}

/** A streaming decoder for one file; give it the chunks in order, then call `end()`. */
export class XmlTextDecoder {
  private mode: 'utf-8' | 'windows-1252' | 'single-byte-undecided' | 'utf-16' = 'utf-8';
  private utf16: ReturnType<typeof iconv.getDecoder> | null = null;
  private carry: Buffer = Buffer.alloc(0);
  private started = false;
  private reportedBadUtf8 = false;
  private declared: string | null = null;

  decode(chunk: Buffer): DecodedChunk {
    const issues: DecodeIssue[] = [];
    if (!this.started) {
      this.started = true;
      chunk = this.start(chunk, issues);
    }
    return { text: this.decodeBody(chunk, issues, false), issues };
  }

  end(): DecodedChunk {
    const issues: DecodeIssue[] = [];
    return { text: this.decodeBody(Buffer.alloc(0), issues, true), issues };
  }

  private start(chunk: Buffer, issues: DecodeIssue[]): Buffer {
    const sniffed = sniffEncoding(chunk);
    this.declared = sniffed.declared;
    const family = familyOf(sniffed.declared);
    const body = chunk.subarray(sniffed.bomLength);
    if (sniffed.bytes === 'UTF-16LE' || sniffed.bytes === 'UTF-16BE') {
      this.mode = 'utf-16';
      this.utf16 = iconv.getDecoder(sniffed.bytes === 'UTF-16LE' ? 'utf-16le' : 'utf-16be');
      if (sniffed.declared !== null && family !== 'utf-16') issues.push({ kind: 'mismatch', declared: sniffed.declared, actual: sniffed.bytes, textOffset: 0 });
    } else if (sniffed.bytes === 'UTF-8') {
      if (sniffed.declared !== null && family !== 'utf-8') issues.push({ kind: 'mismatch', declared: sniffed.declared, actual: 'UTF-8', textOffset: 0 });
    } else if (family === 'single-byte') {
      this.mode = 'single-byte-undecided';
    } else if (family === 'utf-16') {
      issues.push({ kind: 'mismatch', declared: sniffed.declared!, actual: 'UTF-8', textOffset: 0 });
      this.reportedBadUtf8 = true;
    } else if (family === 'unsupported') {
      issues.push({ kind: 'unsupported', declared: sniffed.declared!, textOffset: 0 });
      this.reportedBadUtf8 = true;
    }
    return body;
  }

  private decodeBody(chunk: Buffer, issues: DecodeIssue[], final: boolean): string {
    if (this.mode === 'utf-16') return final ? this.utf16!.end() ?? '' : this.utf16!.write(chunk);
    if (this.mode === 'windows-1252') return iconv.decode(chunk, 'windows-1252');
    const data = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const tail = final ? 0 : incompleteTail(data);
    const body = data.subarray(0, data.length - tail);
    this.carry = Buffer.from(data.subarray(data.length - tail));
    if (this.mode === 'single-byte-undecided') {
      if (isAscii(body) && !final) return body.toString('latin1');
      if (isUtf8(body) && !isAscii(body)) {
        this.mode = 'utf-8';
        this.reportedBadUtf8 = true;
        const text = body.toString('utf8');
        issues.push({ kind: 'mismatch', declared: this.declared!, actual: 'UTF-8', textOffset: text.search(/[^\x00-\x7f]/) });
        return text;
      }
      this.mode = 'windows-1252';
      this.carry = Buffer.alloc(0);
      return iconv.decode(data, 'windows-1252');
    }
    const { text, firstBad } = decodeUtf8Tolerant(body);
    if (firstBad !== null && !this.reportedBadUtf8) {
      this.reportedBadUtf8 = true;
      issues.push({ kind: 'mismatch', declared: this.declared ?? 'UTF-8 (the default)', actual: 'windows-1252', textOffset: firstBad });
    }
    return text;
  }
}
