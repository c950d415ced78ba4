/**
 * Local authorities: name and region (data/benchmarks/la_info.csv, from the DfE files' LA rows, the
 * latest year each LA appears) and the DfE statistical neighbour groupings (10 nearest LAs per LA;
 * April 2021 groupings and the 2025 model; data/benchmarks/statistical_neighbours.csv).
 * Inner and Outer London LAs have the region London (E12000007).
 */
import { parse } from 'csv-parse/sync';

export interface LaInfo {
  name: string;
  /** The ONS code of the LA (new_la_code): E06… unitary, E08… metropolitan, E09… London borough, E10… county. */
  newLaCode: string | null;
  regionCode: string;
  regionName: string;
}
export type NeighbourGrouping = 2021 | 2025;

export interface LaDirectory {
  info(la: string): LaInfo | null;
  neighbours(la: string, grouping: NeighbourGrouping): string[];
  codes(): string[];
}

export function parseLaDirectory(laInfoCsv: string | Buffer, neighboursCsv: string | Buffer): LaDirectory {
  const infos = new Map<string, LaInfo>();
  for (const r of parse(laInfoCsv, { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[]) {
    infos.set(r.la!, { name: r.la_name!, newLaCode: /^E(06|07|08|09|10)\d{6}$/.test(r.new_la_code ?? '') ? r.new_la_code! : null, regionCode: r.region_code!, regionName: r.region_name! });
  }
  const groups = new Map<string, { rank: number; neighbour: string }[]>();
  for (const r of parse(neighboursCsv, { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[]) {
    const key = `${r.grouping}|${r.la}`;
    const list = groups.get(key) ?? [];
    list.push({ rank: Number(r.rank), neighbour: r.neighbour! });
    groups.set(key, list);
  }
  const codes = [...infos.keys()].sort();
  return {
    info: (la) => infos.get(la) ?? null,
    neighbours: (la, grouping) =>
      [...(groups.get(`${grouping}|${la}`) ?? [])].sort((a, b) => a.rank - b.rank).map((n) => n.neighbour),
    codes: () => [...codes],
  };
}
