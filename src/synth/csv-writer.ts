import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

const BUFFER_BYTES = 256 * 1024;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * A CSV file written row by row through a 256 KB byte buffer, so a national run streams millions of
 * rows with bounded memory: each line is encoded into the buffer at once and its string dies young
 * (holding lines as strings until a flush made the garbage collector the main cost). Rows end with LF;
 * a cell is quoted only when it holds a comma, quote or newline. Synchronous writes keep the bytes
 * independent of I/O timing.
 */
export class CsvFileWriter {
  private readonly fd: number;
  private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  rows = 0;

  constructor(readonly path: string, header: readonly string[]) {
    mkdirSync(dirname(path), { recursive: true });
    this.fd = openSync(path, 'w');
    this.push(header.join(',') + '\n');
  }

  row(cells: readonly (string | number)[]): void {
    let line = '';
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      const text = typeof cell === 'number' ? String(cell) : NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
      line += i === 0 ? text : ',' + text;
    }
    this.push(line + '\n');
    this.rows++;
  }

  /** A row already joined (cells known to need no quoting: generated codes, numbers, dates, UPNs). */
  line(joined: string): void {
    this.push(joined + '\n');
    this.rows++;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private push(text: string): void {
    const bytes = Buffer.byteLength(text);
    if (this.used + bytes > BUFFER_BYTES) this.flush();
    if (bytes > BUFFER_BYTES) {
      writeSync(this.fd, text);
      return;
    }
    this.used += this.buffer.write(text, this.used);
  }

  private flush(): void {
    let offset = 0;
    while (offset < this.used) offset += writeSync(this.fd, this.buffer, offset, this.used - offset);
    this.used = 0;
  }
}

/** Opens writers on demand by path and closes them; keeps each file's row count. */
export class CsvWriterPool {
  private readonly writers = new Map<string, CsvFileWriter>();
  private readonly counts = new Map<string, number>();

  get(path: string, header: readonly string[]): CsvFileWriter {
    let w = this.writers.get(path);
    if (!w) {
      if (this.counts.has(path)) throw new Error(`internal: ${path} was already closed`);
      w = new CsvFileWriter(path, header);
      this.writers.set(path, w);
    }
    return w;
  }

  /** Closes one writer (903 files are closed as soon as their LA and year are done). */
  close(path: string): void {
    const w = this.writers.get(path);
    if (!w) return;
    w.close();
    this.counts.set(path, w.rows);
    this.writers.delete(path);
  }

  /** Closes every open writer and returns the data-row count of every file written. */
  closeAll(): Map<string, number> {
    for (const path of [...this.writers.keys()]) this.close(path);
    return new Map(this.counts);
  }
}
