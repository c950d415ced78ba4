/** `cla-analyse synth`: a seeded synthetic data set (903 returns and pupil files), LA to national size. */
import { generateSyntheticData } from '../../synth/index.js';
import { convert903FolderToXml } from '../../synth/to-xml.js';
import type { Io } from '../io.js';

export interface SynthCliOptions { format903?: 'csv' | 'xml'; las: number | string[]; years: { from: number; to: number }; seed: number; out: string; truth?: string; childrenPerLa?: number; pupilsPerYear?: number; json: boolean }

export async function synthCommand(io: Io, o: SynthCliOptions): Promise<number> {
  const s = await generateSyntheticData({ out: o.out, las: o.las, years: o.years, seed: o.seed, truthFile: o.truth,
    childrenInCarePerLa: o.childrenPerLa, pupilsPerKs4Year: o.pupilsPerYear, onProgress: (m) => io.progress(m) });
  io.progress('');
  if (o.format903 === 'xml') {
    const written = await convert903FolderToXml(o.out, { removeCsv: true });
    io.info(`wrote ${written.length} SSDA903 XML returns (the 903 CSV files were replaced)\n`);
  }
  const { files: _files, ...summary } = s;
  if (o.json) io.out(JSON.stringify(s, null, 2) + '\n');
  else io.info(`wrote ${Object.keys(s.files).length} files to ${o.out}: ${s.rows903} 903 rows, ${s.rowsPupil} pupil rows, ${s.childrenInData} children in care, ${s.ks4Pupils} KS4 pupil rows (${(s.elapsedMs / 1000).toFixed(1)} s)\n`);
  void summary;
  return 0;
}
