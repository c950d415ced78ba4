/**
 * exceljs writes its zip with JSZip, which stamps every entry with the current time, so two writes
 * of the same workbook differ in bytes. This sets the DOS time and date of every entry (local file
 * header and central directory) to 1980-01-01 00:00, the zip epoch. Times are not covered by the
 * CRC, so the archive stays valid. Throws if the buffer is not a plain (non-zip64) zip archive.
 * Reference: PKWARE APPNOTE.TXT §4.3.7 (local header), §4.3.12 (central directory), §4.3.16 (EOCD).
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;

export function fixZipTimes(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (out.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('fixZipTimes: not a zip archive (no end of central directory)');
  const entries = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (out.readUInt32LE(p) !== CENTRAL) throw new Error(`fixZipTimes: bad central directory entry at ${p}`);
    out.writeUInt16LE(0, p + 12);
    out.writeUInt16LE(DOS_DATE_1980_01_01, p + 14);
    const nameLen = out.readUInt16LE(p + 28);
    const extraLen = out.readUInt16LE(p + 30);
    const commentLen = out.readUInt16LE(p + 32);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== LOCAL) throw new Error(`fixZipTimes: bad local header at ${local}`);
    out.writeUInt16LE(0, local + 10);
    out.writeUInt16LE(DOS_DATE_1980_01_01, local + 12);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}
