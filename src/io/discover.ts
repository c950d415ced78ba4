/**
 * Finds the input files below a folder: every .csv and .xml, in a fixed (sorted) order.
 * Symbolic links are followed once (a link to a folder already being walked is a loop, reported and
 * not followed); a broken link is reported. A sub-folder holding the tool's own output manifest
 * (an `--out` folder inside the input) is skipped with a note, so outputs are never read back as input.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { InputError } from '../errors.js';
import { OUTPUT_MANIFEST } from './safe-path.js';

export interface InputFile { abs: string; rel: string; kind: 'csv' | 'xml'; size: number }

/** Something discovery skipped, said as a finding by ingest. */
export interface DiscoveryNote { rel: string; ruleId: 'folder-own-output' | 'path-skipped'; message: string }

export function discoverFiles(folder: string, notes: DiscoveryNote[] = []): InputFile[] {
  let st;
  try { st = statSync(folder); } catch { throw new InputError(`input folder not found: ${folder}`, folder, 'give the folder that holds the exported CSV or XML files'); }
  if (!st.isDirectory()) throw new InputError(`not a folder: ${folder}`, folder, 'give the folder that holds the exported files, not a single file');
  const out: InputFile[] = [];
  const relOf = (abs: string) => relative(folder, abs).split(sep).join('/');
  const walk = (dir: string, ancestors: Set<string>) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (dir !== folder && entries.some((e) => e.name === OUTPUT_MANIFEST)) {
      notes.push({ rel: relOf(dir), ruleId: 'folder-own-output', message: `this folder holds cla-analyse's own outputs (${OUTPUT_MANIFEST}); it is not read as input` });
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const abs = join(dir, e.name);
      let isDir = e.isDirectory(), isFile = e.isFile();
      if (e.isSymbolicLink()) {
        let target;
        try { target = statSync(abs); } catch {
          notes.push({ rel: relOf(abs), ruleId: 'path-skipped', message: 'a symbolic link to nothing (its target is missing); not read' });
          continue;
        }
        isDir = target.isDirectory(); isFile = target.isFile();
      }
      if (isDir) {
        let real: string;
        try { real = realpathSync(abs); } catch { real = abs; }
        if (ancestors.has(real)) {
          notes.push({ rel: relOf(abs), ruleId: 'path-skipped', message: 'a symbolic link back to a folder above it (a loop); not followed' });
          continue;
        }
        walk(abs, new Set([...ancestors, real]));
      } else if (isFile) {
        const lower = e.name.toLowerCase();
        const kind = lower.endsWith('.csv') ? 'csv' : lower.endsWith('.xml') ? 'xml' : null;
        if (kind) out.push({ abs, rel: relOf(abs), kind, size: statSync(abs).size });
      }
    }
  };
  let root: string;
  try { root = realpathSync(folder); } catch { root = folder; }
  walk(folder, new Set([root]));
  return out;
}
