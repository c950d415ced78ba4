/**
 * Which table a header belongs to: the table whose signature columns are all present, preferring
 * the one that explains most of the header. Names are matched case-insensitively after trimming;
 * a KS1_/KS2_/KS4_ prefix on pupil files is optional. A header whose columns carry a table's prefix
 * (`KS4_UPN, KS4_ACADYR, KS4_URN, KS4_LA`: a KS4 pupil file with no score columns) is that table
 * even without the rest of its signature: the prefix names the key stage, and UPN and ACADYR the
 * pupil and year (`prefixIdentifies`).
 */
import { ALL_TABLES, type TableSpec } from '../schemas/index.js';

export const CONTEXT_COLUMNS = ['LA', 'YEAR'] as const;

export interface Recognised {
  table: TableSpec | null;
  /** For each header position: the canonical column it feeds, or null (ignored). */
  mapping: (string | null)[];
  missing: string[];
  unknown: string[];
  /** Header positions of LA / YEAR context columns on 903 files. */
  context: { la: number | null; year: number | null };
  ambiguous: string[];
}

export function normaliseHeaderName(name: string): string {
  return name.replace(/^\uFEFF/, '').trim().toUpperCase().replace(/\s+/g, '_');
}

function canonicalFor(spec: TableSpec, name: string, renames: Record<string, string>): string | null {
  const renamed = renames[name] ?? renames[name.toUpperCase()];
  const n = renamed ? normaliseHeaderName(renamed) : name;
  if (n in spec.columns) return n;
  if (spec.prefix && n.startsWith(spec.prefix) && n.slice(spec.prefix.length) in spec.columns) return n.slice(spec.prefix.length);
  return null;
}

/**
 * Whether the header names the table by its prefix: some column is written with the prefix (KS4_UPN)
 * and the pupil and year columns are there. The full signature is then not needed; the tables that
 * share a prefix (KS4Pupil and KS4Results) are told apart by how much of the header each explains.
 */
function prefixIdentifies(spec: TableSpec, names: string[], present: Set<string>): boolean {
  return spec.prefix !== undefined && names.some((n) => n.startsWith(spec.prefix!)) && present.has('UPN') && present.has('ACADYR');
}

export function recogniseHeader(rawHeader: string[], renamesByTable: Record<string, Record<string, string>> = {}): Recognised {
  const header = rawHeader.map(normaliseHeaderName);
  // trailing empty header cells (Excel's trailing empty columns) are not columns
  let width = header.length;
  while (width > 0 && header[width - 1] === '') width--;
  const names = header.slice(0, width);
  const scored: { spec: TableSpec; hits: number }[] = [];
  for (const spec of ALL_TABLES) {
    const renames = renamesByTable[spec.name] ?? {};
    const present = new Set(names.map((n) => canonicalFor(spec, n, renames)).filter((x): x is string => x !== null));
    if (!spec.signature.every((c) => present.has(c)) && !prefixIdentifies(spec, names, present)) continue;
    scored.push({ spec, hits: present.size / Object.keys(spec.columns).length + present.size / Math.max(1, names.length) });
  }
  scored.sort((a, b) => b.hits - a.hits);
  const empty: Recognised = { table: null, mapping: header.map(() => null), missing: [], unknown: names.filter(Boolean), context: { la: null, year: null }, ambiguous: [] };
  if (scored.length === 0) return empty;
  const best = scored[0]!;
  const ambiguous = scored.filter((s) => s !== best && Math.abs(s.hits - best.hits) < 1e-9).map((s) => s.spec.name);
  const spec = best.spec;
  const renames = renamesByTable[spec.name] ?? {};
  const mapping: (string | null)[] = [];
  const seen = new Set<string>();
  const unknown: string[] = [];
  const context = { la: null as number | null, year: null as number | null };
  header.forEach((n, i) => {
    const c = n === '' ? null : canonicalFor(spec, n, renames);
    if (c && !seen.has(c)) { mapping.push(c); seen.add(c); return; }
    mapping.push(null);
    if (spec.family === '903' && n === 'LA' && context.la === null) context.la = i;
    else if (spec.family === '903' && n === 'YEAR' && context.year === null) context.year = i;
    else if (n !== '' && i < width) unknown.push(rawHeader[i]!.trim());
  });
  const missing = Object.keys(spec.columns).filter((c) => !seen.has(c));
  return { table: spec, mapping, missing, unknown, context, ambiguous: ambiguous.length ? [spec.name, ...ambiguous] : [] };
}
