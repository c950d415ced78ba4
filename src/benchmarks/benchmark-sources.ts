/** Source metadata of the bundled files (data/benchmarks/sources.json, written by the build script). */
export interface BenchmarkSource {
  source_file: string;
  publication: string;
  licence: string;
  filter?: string;
}
export type BenchmarkSources = Record<string, BenchmarkSource>;

export function parseBenchmarkSources(json: string): BenchmarkSources {
  const parsed = JSON.parse(json) as { files?: BenchmarkSources };
  return parsed.files ?? {};
}
