/**
 * `--format json` documents validate against the JSON Schemas in schemas/ (issue 14 item 8), checked
 * with the small checker of test/helpers/json-schema-check.ts. The report's JSON is the demo golden
 * (reports/annual-report/cla-report-855-2023-24.json, which the golden test keeps equal to what `report --format json`
 * writes); the benchmark document is checked by test/cli/ci-example.test.ts, which runs the CI example
 * of docs/benchmark.md as written and validates its JSON against the schema `benchmark --schema`
 * prints, the same bytes as schemas/benchmark.schema.json (test/benchmark/schema.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJsonSchema } from '../helpers/json-schema-check.js';

const REPO = join(import.meta.dirname, '../..');
const load = (p: string) => JSON.parse(readFileSync(join(REPO, p), 'utf8')) as Record<string, unknown>;

describe('JSON output against schemas/', () => {
  const report = load('reports/annual-report/cla-report-855-2023-24.json') as unknown as Record<string, unknown>[];
  const reportSchema = load('schemas/report.schema.json');
  const rowSchema = load('schemas/measure-row.schema.json');

  it('the demo report JSON is valid against schemas/report.schema.json, each row against measure-row.schema.json', () => {
    expect(report.length).toBeGreaterThan(100);
    expect(checkJsonSchema(report, reportSchema)).toEqual([]);
    for (const row of report) expect(checkJsonSchema(row, rowSchema)).toEqual([]);
    expect(report.some((r) => r.symbol === 'c') && report.some((r) => Array.isArray(r.ci))).toBe(true);
  });

  it('the schemas reject what the tool never writes', () => {
    const row = report.find((r) => Array.isArray(r.ci))!;
    expect(checkJsonSchema({ ...row, unit: 'percentage' }, rowSchema)).not.toEqual([]);
    expect(checkJsonSchema({ ...row, symbol: 'u' }, rowSchema)).not.toEqual([]);
    expect(checkJsonSchema({ ...row, upn: 'A123' }, rowSchema)).not.toEqual([]);
    expect(checkJsonSchema({ ...row, value: '12.3' }, rowSchema)).not.toEqual([]);
    expect(checkJsonSchema([{ ...row, benchmarks: [{ scope: 'x' }] }], reportSchema)).not.toEqual([]);
  });
});
