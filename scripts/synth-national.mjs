#!/usr/bin/env node
// Times a national-scale run (default 150 LAs, ~100,000 children in care, ~1,000,000 KS4 pupils per
// KS4 year) and prints elapsed time and peak memory. Usage: node scripts/synth-national.mjs <out> [las] [pupilsPerKs4Year] [from-to]
import { generateSyntheticData } from '../dist/synth/index.js';

const [out = '/tmp/synth-national', las = '150', pupils = '1000000', years = '2019-2024'] = process.argv.slice(2);
const [from, to] = years.split('-').map(Number);
let peakRss = 0;
const timer = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 200);
const summary = await generateSyntheticData({
  out, las: Number(las), years: { from, to }, seed: 1, childrenInCarePerLa: Math.round(100000 / Number(las)),
  pupilsPerKs4Year: Number(pupils), truthFile: `${out}-truth.csv`,
  onProgress: (m) => { peakRss = Math.max(peakRss, process.memoryUsage().rss); if (/\((1|50|100|150) of/.test(m)) console.error(m); },
});
clearInterval(timer);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
const { files, ...rest } = summary;
console.log(JSON.stringify({ ...rest, las: rest.las.length, fileCount: Object.keys(files).length, peakRssMb: Math.round(peakRss / 1e6) }, null, 2));
