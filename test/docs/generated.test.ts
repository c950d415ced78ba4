/**
 * The reference pages are generated from the code (src/docs/generate.ts): a committed page that
 * differs from what the code says fails here (run `npm run docs` and review the diff). Every
 * repository path that a rule's remedy, the README or a generated page points a user to must exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedDocs, ruleSites } from '../../src/docs/generate.js';
import { RULES } from '../../src/validate/registry.js';

const REPO = join(import.meta.dirname, '../..');
const docs = generatedDocs(REPO);

describe('generated reference pages', () => {
  it.each(Object.keys(docs))('%s is what the code says (npm run docs)', (path) => {
    expect(existsSync(join(REPO, path)), `${path} is missing: run npm run docs`).toBe(true);
    expect(readFileSync(join(REPO, path), 'utf8')).toBe(docs[path]);
  });

  it('every rule, measure, setting and input table is on its page', () => {
    for (const r of RULES) expect(docs['docs/rules.md']).toContain(`\`${r.id}\``);
    // each rule links its example folder (fixtures/invalid/<rule-id>), and the link resolves from docs/
    for (const r of RULES) expect(docs['docs/rules.md']).toContain(`](../fixtures/invalid/${r.id}/)`);
    for (const m of docs['docs/rules.md']!.matchAll(/\]\((\.\.\/fixtures\/[^)]+)\)/g)) expect(existsSync(join(REPO, 'docs', m[1]!)), m[1]).toBe(true);
    expect(docs['docs/configuration.md']).toMatch(/`suppression` \| integer 0–100 \| `5`/);
    expect(docs['docs/inputs.md']).toMatch(/### Episodes:/);
    expect(docs['docs/measures.md']).toMatch(/### `ks4_att8`/);
  });

  it('every rule says where it is raised (a rule id no source file raises is dead), and schemas/ holds every input table', () => {
    const sites = ruleSites(REPO);
    expect(RULES.filter((r) => (sites.get(r.id) ?? []).length === 0).map((r) => r.id)).toEqual([]);
    expect(Object.keys(docs).filter((p) => p.startsWith('schemas/table.')).length).toBe(19); // 11 SSDA903, 7 pupil, LocalFigures
    expect(JSON.parse(docs['schemas/config.schema.json']!).properties.suppression).toMatchObject({ type: 'integer', default: 5 });
  });

  it('the docs a user is pointed to exist in the repository (remedies, README, generated pages)', () => {
    const texts = [...RULES.map((r) => r.remedy), readFileSync(join(REPO, 'README.md'), 'utf8'), ...Object.values(docs)];
    const paths = new Set(texts.flatMap((t) => [...t.matchAll(/\b((?:docs|schemas)\/[\w./-]+\.(?:md|json)|data\/[\w./-]+\/README\.md)\b/g)].map((m) => m[1]!)));
    expect(paths.size).toBeGreaterThan(3);
    for (const p of paths) expect(existsSync(join(REPO, p)), p).toBe(true);
    expect(texts.join('\n')).not.toMatch(/\.\.\/shared|shared\/spec/);
  });
});
