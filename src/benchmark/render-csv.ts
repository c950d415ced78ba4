/**
 * The benchmark as one tidy CSV: a line per measure, year, cohort and LA with its value, the
 * benchmark figures, the gap to neighbours and both ranks with their quartiles. Same conventions as
 * the report CSV (src/report/render-csv.ts): RFC 4180 with CRLF, a figure not shown holds its GSS
 * symbol (c, x, z; `x` also where no rank exists), text cells neutralised against formulas. Pure.
 */
import { neutraliseText } from '../report/neutralise.js';
import type { BenchmarkOutput, RankOut } from './schema.js';

const SCOPES = ['england_cla_12m', 'region_cla_12m', 'sn_cla_12m_2021', 'sn_cla_12m_2025', 'la_published'] as const;

const HEADER = ['id', 'year', 'la', 'la_name', 'cohort', 'unit', 'numerator', 'denominator', 'value', 'ci_lower', 'ci_upper', 'direction',
  'rank_in_run', 'ranked_in_run', 'quartile_in_run', 'rank_among_published', 'ranked_among_published', 'quartile_among_published',
  'gap_to_neighbours', ...SCOPES];

function field(v: string | number | null, missing: string): string {
  if (v === null) return missing;
  if (typeof v === 'number') return String(v);
  const s = neutraliseText(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const rankCells = (r: RankOut | null): (number | null)[] => (r ? [r.rank, r.of, r.quartile] : [null, null, null]);

export function renderBenchmarkCsv(output: BenchmarkOutput): string {
  const names = new Map(output.las.map((l) => [l.la, l.name]));
  const lines = [HEADER.join(',')];
  for (const r of output.rows) {
    const missing = r.symbol ?? 'x';
    const cells: string[] = [
      field(r.id, 'x'), field(r.year, 'x'), field(r.la, 'x'), field(names.get(r.la) ?? null, 'x'), field(r.cohort, 'x'), field(r.unit, 'x'),
      field(r.numerator, missing), field(r.denominator, missing), field(r.value, missing),
      field(r.ci?.[0] ?? null, r.symbol ?? 'z'), field(r.ci?.[1] ?? null, r.symbol ?? 'z'), field(r.direction, 'x'),
      ...rankCells(r.rankInRun).map((v) => field(v, missing)), ...rankCells(r.rankAmongPublished).map((v) => field(v, 'x')),
      field(r.gapToNeighbours, missing),
      ...SCOPES.map((s) => { const b = r.benchmarks.find((x) => x.scope === s); return field(b?.value ?? null, b?.symbol ?? 'x'); }),
    ];
    lines.push(cells.join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
