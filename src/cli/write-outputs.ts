/**
 * The one write-outputs loop of every command: each output is rendered, then written atomically
 * inside `--out` (src/io/safe-path.ts: a unique temporary file, then a rename, refused outside the
 * folder), with progress while it renders, a "wrote" note (hidden by --quiet) and, at the end, the
 * folder's output manifest.
 */
import { join } from 'node:path';
import { prepareOutDir, writeInside, writeOutputManifest } from '../io/safe-path.js';
import type { Io } from './io.js';

export interface OutputFile {
  /** Path inside the output folder, from validated parts only (safe-path's slug()). */
  name: string;
  render(): string | Buffer | Promise<string | Buffer>;
}

export async function writeOutputs(io: Io, out: string, files: OutputFile[], opts: { announce?: boolean; settings?: Record<string, unknown> } = {}): Promise<string[]> {
  prepareOutDir(out);
  const written: string[] = [];
  io.stage(`writing ${files.length} file${files.length === 1 ? '' : 's'}`);
  for (const [i, f] of files.entries()) {
    io.progress(`${f.name} (${i + 1} of ${files.length})`);
    const t0 = Date.now();
    const path = writeInside(out, f.name, await f.render());
    written.push(path);
    if (opts.announce !== false) io.info(`wrote ${join(out, f.name)}${process.env.CLA_ANALYSE_TIMING ? ` (${Date.now() - t0} ms)` : ''}\n`);
  }
  writeOutputManifest(out, written, 'cla-analyse', opts.settings);
  io.endStage();
  return written;
}
