/** Finds the input files below a folder: every .csv and .xml, in a fixed (sorted) order. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { InputError } from '../errors.js';

export interface InputFile { abs: string; rel: string; kind: 'csv' | 'xml'; size: number }

export function discoverFiles(folder: string): InputFile[] {
  let st;
  try { st = statSync(folder); } catch { throw new InputError(`input folder not found: ${folder}`, folder, 'give the folder that holds the exported CSV or XML files'); }
  if (!st.isDirectory()) throw new InputError(`not a folder: ${folder}`, folder, 'give the folder that holds the exported files, not a single file');
  const out: InputFile[] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const abs = join(dir, e.name);
      if (e.isDirectory()) walk(abs);
      else if (e.isFile()) {
        const lower = e.name.toLowerCase();
        const kind = lower.endsWith('.csv') ? 'csv' : lower.endsWith('.xml') ? 'xml' : null;
        if (kind) out.push({ abs, rel: relative(folder, abs).split(sep).join('/'), kind, size: statSync(abs).size });
      }
    }
  };
  walk(folder);
  return out;
}
