/**
 * Turns a folder's SSDA903 CSV tables into DfE XML returns: one `ssda903_<year>.xml` per LA and return
 * year, written next to that return's CSVs with write903Xml, so that the same folder can be read either
 * way (the XML test of the whole pipeline, and `synth` for councils that submit XML).
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { InputError } from '../errors.js';
import { discoverFiles, type InputFile } from '../io/discover.js';
import { laFromPath, yearFromPath } from '../io/paths.js';
import { recogniseHeader } from '../io/recognise.js';
import { write903Xml } from '../io/xml/write-903-xml.js';

type Row = Record<string, string>;

/** The 903 CSV tables of one LA and return year, and where they were found. */
interface ReturnGroup { la: string; year: number; dir: string; files: string[]; tables: Record<string, Row[]> }

/**
 * Converts every LA's and year's 903 CSVs below `folder` into one XML return each.
 * LA and year come from each file's path (`903/<LA>/<YEAR>/<table>.csv`, as synth writes them); a 903
 * CSV whose path does not say both is an InputError, since its XML return could not say them either.
 *
 * @param opts.removeCsv delete the converted CSV files, leaving the XML returns in their place
 * @returns the absolute paths of the XML files written, sorted
 */
export async function convert903FolderToXml(folder: string, opts: { removeCsv: boolean }): Promise<string[]> {
  const groups = group903Csvs(discoverFiles(folder).filter((f) => f.kind === 'csv'));
  const written: string[] = [];
  for (const g of groups) {
    const out = join(g.dir, `ssda903_${g.year}.xml`);
    const rel = relative(folder, out).split(sep).join('/');
    if (laFromPath(rel) !== g.la || yearFromPath(rel) !== g.year) {
      throw new InputError(`${rel}: the XML return for LA ${g.la}, ${g.year} would not say its LA and year in its path`, rel,
        'keep each return\'s CSVs in a folder 903/<LA>/<YEAR>/ before converting');
    }
    await write903Xml(onePermanencePerChild(g.tables), out);
    written.push(out);
    if (opts.removeCsv) for (const f of g.files) rmSync(f);
  }
  return written.sort();
}

/**
 * The XSD has one PERMANENCE per child (HEADER/PERMANENCE, not repeating), but the CSV export has a
 * PrevPerm row per period of care starting in the year, so a child who started two has two. The XML
 * return keeps the latest (the last row: rows follow the episodes). PrevPerm feeds no measure.
 */
function onePermanencePerChild(tables: Record<string, Row[]>): Record<string, Row[]> {
  const rows = tables['PrevPerm'];
  if (rows === undefined) return tables;
  const lastOfChild = new Map<string, Row>();
  for (const r of rows) lastOfChild.set(r['CHILD'] ?? '', r);
  return { ...tables, PrevPerm: rows.filter((r) => lastOfChild.get(r['CHILD'] ?? '') === r) };
}

function group903Csvs(csvs: InputFile[]): ReturnGroup[] {
  const groups = new Map<string, ReturnGroup>();
  for (const f of csvs) {
    const csv = readCsvText(f.abs);
    if (csv === null) continue;
    const rec = recogniseHeader(csv.header);
    if (rec.table?.family !== '903' || rec.ambiguous.length > 0) continue;
    const la = laFromPath(f.rel);
    const year = yearFromPath(f.rel);
    if (la === null || year === null) {
      throw new InputError(`${f.rel}: the path does not say the LA and return year of this ${rec.table.name} file`, f.rel,
        'put the return\'s CSVs in a folder 903/<LA>/<YEAR>/ before converting');
    }
    const key = `${la}|${year}`;
    let g = groups.get(key);
    if (g === undefined) groups.set(key, (g = { la, year, dir: dirname(f.abs), files: [], tables: {} }));
    if (g.tables[rec.table.name] !== undefined) {
      throw new InputError(`${f.rel}: a second ${rec.table.name} file for LA ${la}, ${year}`, f.rel, 'keep one file per table, LA and year');
    }
    g.tables[rec.table.name] = rowsOf(csv, rec.mapping);
    g.files.push(f.abs);
  }
  return [...groups.values()].sort((a, b) => (a.la < b.la ? -1 : a.la > b.la ? 1 : a.year - b.year));
}

interface CsvText { text: string; delimiter: string; header: string[] }

/**
 * A CSV file's text (UTF-8, else Windows-1252), its delimiter (the commonest of , ; tab | in the first
 * line) and header; null for an empty file. Only the header is parsed here: most files of a synthetic
 * folder are pupil files, which are left alone.
 */
function readCsvText(path: string): CsvText | null {
  const bytes = readFileSync(path);
  const text = isUtf8(bytes) ? bytes.toString('utf8') : iconv.decode(bytes, 'windows-1252');
  const lineEnd = text.indexOf('\n');
  const firstLine = (lineEnd < 0 ? text : text.slice(0, lineEnd)).replace(/^\uFEFF/, '').replace(/\r$/, '');
  if (firstLine.trim() === '') return null;
  const delimiter = [',', ';', '\t', '|'].map((d) => ({ d, n: firstLine.split(d).length })).sort((a, b) => b.n - a.n)[0]!.d;
  const header = (parse(firstLine, { delimiter, relax_quotes: true }) as string[][])[0] ?? [];
  return { text, delimiter, header };
}

/** A CSV's data rows, keyed by canonical column name (columns the table does not know are dropped). */
function rowsOf(csv: CsvText, mapping: (string | null)[]): Row[] {
  const records = parse(csv.text, { bom: true, delimiter: csv.delimiter, relax_column_count: true, skip_empty_lines: true }) as string[][];
  return records.slice(1).map((cells) => {
    const row: Row = {};
    mapping.forEach((column, i) => { if (column !== null) row[column] = cells[i] ?? ''; });
    return row;
  });
}
