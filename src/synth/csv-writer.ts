import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

const FLUSH_AT_CHARS = 1 << 20;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * A CSV file written row by row through a 1 MB buffer, so a national run streams millions of rows
 * with bounded memory. Rows end with LF; a cell is quoted only when it holds a comma, quote or newline.
 * Synchronous writes keep the order of rows (and so the bytes) independent of I/O timing.
 */
export class CsvFileWriter {
  private readonly fd: number;
  private chunks: string[] = [];
  private pending = 0;
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

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private push(text: string): void {
    this.chunks.push(text);
    this.pending += text.length;
    if (this.pending >= FLUSH_AT_CHARS) this.flush();
  }

  private flush(): void {
    if (this.pending === 0) return;
    writeSync(this.fd, this.chunks.join(''));
    this.chunks = [];
    this.pending = 0;
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
