/**
 * Layers that read one way (issue 11 item 3): every import between top-level folders of src/ (static,
 * `import type`, re-exports and dynamic `import()`, found by a small parser) must go in an allowed
 * direction. Today's violations are listed file by file below: a new one fails the test, and so does a
 * listed one that is gone (remove it from the list), so the list can only shrink.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

/** What each top-level part of src/ may import (besides itself). Ground floor first. */
const ALLOWED: Record<string, string[]> = {
  domain: ['errors'],
  errors: [],
  benchmarks: ['domain', 'errors'],
  schemas: ['domain', 'errors', 'benchmarks'],
  io: ['domain', 'errors', 'schemas'],
  validate: ['domain', 'errors', 'schemas', 'io'],
  store: ['domain', 'errors', 'schemas', 'io', 'validate'],
  // derivations are pure code over plain records: no data engine (io), no validation rules
  derive: ['domain', 'errors', 'schemas'],
  // the run's settings (src/settings.ts): resolved from the config with derive's placement-change options
  'settings.ts': ['domain', 'errors', 'schemas', 'benchmarks', 'derive'],
  link: ['domain', 'errors', 'schemas', 'io', 'validate', 'store', 'derive', 'settings.ts'],
  // measures read link's tables; the published benchmarks are attached by the pipeline, not by measures (issue 11 item 3)
  measures: ['domain', 'errors', 'schemas', 'io', 'validate', 'derive', 'link'],
  model: ['domain', 'errors', 'schemas', 'io', 'validate', 'derive', 'link', 'measures'],
  // the one run pipeline of report, benchmark and model (issue 11 item 2): link → measures → published figures → suppression
  pipeline: ['domain', 'errors', 'schemas', 'io', 'validate', 'store', 'derive', 'link', 'measures', 'benchmarks', 'report', 'settings.ts'],
  report: ['domain', 'errors', 'schemas', 'io', 'validate', 'derive', 'measures', 'benchmarks', 'model', 'settings.ts'],
  benchmark: ['domain', 'errors', 'schemas', 'io', 'validate', 'store', 'derive', 'link', 'measures', 'benchmarks', 'model', 'report', 'pipeline', 'settings.ts'],
  synth: ['domain', 'errors', 'schemas', 'io', 'validate', 'derive', 'link'],
  docs: ['domain', 'errors', 'schemas', 'validate', 'measures', 'benchmark', 'benchmarks'],
  cli: ['domain', 'errors', 'schemas', 'io', 'validate', 'store', 'derive', 'link', 'measures', 'benchmarks', 'model', 'report', 'pipeline', 'benchmark', 'synth', 'docs', 'settings.ts'],
  'cli.ts': ['cli', 'errors', 'domain', 'store'],
};

/** Today's violations (importing file -> imported file). Remove a line when its import goes; none are left. */
const KNOWN: string[] = [];

function files(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}
const rel = (p: string) => relative(SRC, p).split(sep).join('/');
const part = (r: string) => (r.includes('/') ? r.slice(0, r.indexOf('/')) : r === 'errors.ts' ? 'errors' : r);

/** Relative module specifiers of a source file: import/export … from '…', import '…', import('…'). */
export function importsOf(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: string[] = [];
  for (const m of code.matchAll(/\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?'(\.{1,2}\/[^']+)'|\bimport\(\s*'(\.{1,2}\/[^']+)'\s*\)/g)) out.push((m[1] ?? m[2])!);
  return out;
}

/** Why an import of `to` (a path under src/) from `from` breaks the layers, or null when it does not. */
function violation(from: string, to: string): string | null {
  const a = part(from), b = part(to);
  if (a === b) return null;
  if (!ALLOWED[a]) return `${from} -> ${to} (no layer for ${a})`;
  return ALLOWED[a]!.includes(b) ? null : `${from} -> ${to}`;
}

function violations(): string[] {
  const out: string[] = [];
  for (const f of files(SRC)) {
    const from = rel(f);
    for (const spec of importsOf(readFileSync(f, 'utf8'))) {
      const v = violation(from, rel(join(dirname(f), spec)).replace(/\.js$/, '.ts'));
      if (v) out.push(v);
    }
  }
  return [...new Set(out)].sort();
}

describe('import graph of src/', () => {
  it('the parser finds static, type, re-export and dynamic imports, not commented ones', () => {
    expect(importsOf(`import { a } from './a.js';\nimport type { B } from '../b/b.js';\nexport * from './c.js';\n// import { d } from './d.js';\nconst e = await import('./e.js');\nimport './f.js';`))
      .toEqual(['./a.js', '../b/b.js', './c.js', './e.js', './f.js']);
  });

  it('the imports removed by issue 11 would be violations again (io -> validate, validate -> store, derive -> validate or io)', () => {
    expect(violation('io/ingest.ts', 'validate/registry.ts')).not.toBeNull();
    expect(violation('io/xml-load.ts', 'validate/registry.ts')).not.toBeNull();
    expect(violation('validate/run.ts', 'store/store.ts')).not.toBeNull();
    expect(violation('derive/care/merge-returns.ts', 'validate/rules/episode-open-missing-from-later-return.ts')).not.toBeNull();
    expect(violation('derive/care/merge-returns.ts', 'io/duck.ts')).not.toBeNull();
    expect(violation('store/validate-folder.ts', 'validate/run.ts')).toBeNull();
    expect(violation('newpart/x.ts', 'domain/finding.ts')).toMatch(/no layer for newpart/);
  });

  it('every import between layers goes an allowed way, apart from the listed violations of today', () => {
    const found = violations();
    expect(found.filter((v) => !KNOWN.includes(v)), 'new imports against the layers').toEqual([]);
    expect(KNOWN.filter((v) => !found.includes(v)), 'violations that are gone: remove them from KNOWN').toEqual([]);
  });
});
