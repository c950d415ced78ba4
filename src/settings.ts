/**
 * The settings of one run, resolved once (issue 11 item 2): the command line's flags over the
 * folder's `cla-analyse.json` over the documented defaults (the config schema's). report, benchmark,
 * model and link take their threshold, audience, placement-change definition, neighbour grouping,
 * benchmark files and Progress 8 tables from here and nowhere else, and every output records
 * `settingsRecord(...)` so a reader can tell how its figures were made.
 */
import { resolve } from 'node:path';
import type { Config } from './schemas/config.js';
import type { BenchmarkFile } from './benchmarks/bundled-files.js';
import { CARER_CHANGE, DEFAULT_PLACEMENT_CHANGE, type PlacementChangeOptions } from './derive/care/placement-changes.js';

export type Audience = 'public' | 'board';

/** What the command line can override (undefined: take the configuration's). */
export interface SettingFlags {
  suppress?: number;
  audience?: Audience;
}

export interface RunSettings {
  /** Small-number threshold (0 = off, internal use only). */
  suppressionThreshold: number;
  audience: Audience;
  /** The placement-change definition as configured ('default', 'carer' or an RNE list)… */
  placementChange: Config['placementChange'];
  /** …and as the derive functions take it. */
  placementChangeOptions: PlacementChangeOptions;
  statisticalNeighbours: 2021 | 2025;
  /** Benchmark files replacing bundled ones: bundled name → absolute path. */
  benchmarkFiles: Partial<Record<BenchmarkFile, string>>;
  /** Progress 8 estimate tables given for KS4 years: year → absolute paths of the pair. */
  p8Tables: Record<string, { splits: string; stdev: string }>;
  /** The same files as written in the configuration (relative to the folder), for the record. */
  configured: { benchmarkFiles: Partial<Record<BenchmarkFile, string>>; p8Tables: Record<string, { splits: string; stdev: string }> };
}

export function placementChangeOptionsOf(p: Config['placementChange']): PlacementChangeOptions {
  if (p === 'default') return DEFAULT_PLACEMENT_CHANGE;
  if (p === 'carer') return CARER_CHANGE;
  return { rne: p };
}

/** Flags over configuration (already defaulted by the config schema). Paths are relative to `folder`. */
export function resolveSettings(config: Config, flags: SettingFlags, folder: string): RunSettings {
  const abs = (p: string) => resolve(folder, p);
  return {
    suppressionThreshold: flags.suppress ?? config.suppression,
    audience: flags.audience ?? config.audience,
    placementChange: config.placementChange,
    placementChangeOptions: placementChangeOptionsOf(config.placementChange),
    statisticalNeighbours: config.statisticalNeighbours,
    benchmarkFiles: Object.fromEntries(Object.entries(config.benchmarkFiles).map(([f, p]) => [f, abs(p!)])),
    p8Tables: Object.fromEntries(Object.entries(config.p8Tables).map(([y, t]) => [y, { splits: abs(t.splits), stdev: abs(t.stdev) }])),
    configured: { benchmarkFiles: config.benchmarkFiles, p8Tables: config.p8Tables },
  };
}

/** The settings as recorded in every output: no absolute paths (they would differ by machine). */
export interface SettingsRecord {
  suppressionThreshold: number;
  audience: Audience;
  placementChange: Config['placementChange'];
  statisticalNeighbours: 2021 | 2025;
  benchmarkFiles: Partial<Record<BenchmarkFile, string>>;
  p8Tables: Record<string, { splits: string; stdev: string }>;
}

export function settingsRecord(s: RunSettings): SettingsRecord {
  return {
    suppressionThreshold: s.suppressionThreshold, audience: s.audience, placementChange: s.placementChange,
    statisticalNeighbours: s.statisticalNeighbours, benchmarkFiles: s.configured.benchmarkFiles, p8Tables: s.configured.p8Tables,
  };
}

/** One line for Markdown, CSV metadata and logs: "suppression threshold 5 · audience public · …". */
export function settingsLine(r: SettingsRecord): string {
  const pc = Array.isArray(r.placementChange) ? `RNE ${r.placementChange.join(', ')}` : r.placementChange === 'carer' ? 'carer (RNE P, B)' : 'default (RNE P, B, T, U)';
  const files = Object.keys(r.benchmarkFiles);
  const p8 = Object.keys(r.p8Tables);
  return [
    `suppression threshold ${r.suppressionThreshold === 0 ? '0 (internal: no suppression)' : r.suppressionThreshold}`,
    `audience ${r.audience}`,
    `placement change ${pc}`,
    `statistical neighbours ${r.statisticalNeighbours}`,
    `benchmark files ${files.length ? `bundled, except ${files.map((f) => `${f} from ${r.benchmarkFiles[f as BenchmarkFile]}`).join(', ')}` : 'bundled'}`,
    `Progress 8 tables ${p8.length ? `bundled, except ${p8.map((y) => `${y} from ${r.p8Tables[y]!.splits}`).join(', ')}` : 'bundled'}`,
  ].join(' · ');
}
