import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_TABLES } from '../../src/schemas/index.js';
import { judgeCell } from '../../src/validate/cells.js';
import { withCheckLetter } from '../../src/domain/upn.js';

/** The cheap shortcut may only say "valid and unchanged" where the zod schema says exactly that. */
describe('fastIdentity agrees with the column schema', () => {
  const fields = ALL_TABLES.flatMap((t) => Object.entries(t.columns).filter(([, f]) => f.fastIdentity).map(([c, f]) => ({ name: `${t.name}.${c}`, f })));
  const validUpn = fc.stringMatching(/^[0-9]{12}$/).map((body) => withCheckLetter(body));
  const candidates = fc.oneof(fc.string(), fc.stringMatching(/^[A-Z0-9.E+ -]{0,14}$/), validUpn, validUpn.map((u) => u.toLowerCase()), validUpn.map((u) => `${u} `));

  it('has shortcuts to check', () => expect(fields.length).toBeGreaterThan(10));

  it('never accepts what the schema would change or flag', () => {
    fc.assert(fc.property(candidates, (raw) => {
      for (const { f } of fields) {
        if (!f.fastIdentity!(raw)) continue;
        const v = judgeCell(f, null, raw);
        expect(v.ruleId).toBeNull();
        expect(v.value).toBe(raw);
      }
    }), { seed: 20261123, numRuns: 2000 });
  });

  it('takes the shortcut for a normal permanent UPN and not for a wrong check letter', () => {
    const upn = withCheckLetter('801200005001');
    const field = ALL_TABLES.find((t) => t.name === 'KS4Pupil')!.columns.UPN!;
    expect(field.fastIdentity!(upn)).toBe(true);
    const wrong = (upn[0] === 'A' ? 'B' : 'A') + upn.slice(1);
    expect(field.fastIdentity!(wrong)).toBe(false);
    expect(judgeCell(field, null, wrong).ruleId).toBe('upn-check-letter');
  });
});

describe('sqlFastIdentity agrees with fastIdentity', () => {
  it('gives the same verdict in DuckDB as in TypeScript on valid, damaged and random values', async () => {
    const { openDb, closeDb } = await import('../../src/io/duck.js');
    const db = await openDb();
    try {
      const values = fc.sample(fc.oneof(fc.stringMatching(/^[0-9]{12}$/).map((b) => withCheckLetter(b)),
        fc.stringMatching(/^[A-Z][0-9]{12}$/), fc.stringMatching(/^[A-Za-z0-9_.E+-]{0,14}$/), fc.string()), { seed: 7, numRuns: 3000 });
      await db.con.run('CREATE TABLE v (s VARCHAR)');
      const app = await db.con.createAppender('v');
      for (const s of values) { app.appendVarchar(s); app.endRow(); }
      app.closeSync();
      const fields = ALL_TABLES.flatMap((t) => Object.values(t.columns)).filter((f) => f.sqlFastIdentity);
      const kinds = new Map(fields.map((f) => [f.kind, f]));
      expect(kinds.size).toBe(2);
      for (const f of kinds.values()) {
        const r = (await db.con.runAndReadAll(`SELECT s, coalesce(${f.sqlFastIdentity!('s')}, false) AS ok FROM v`)).getRowObjectsJS() as { s: string; ok: boolean }[];
        for (const row of r) expect([f.kind, row.s, row.ok]).toEqual([f.kind, row.s, f.fastIdentity!(row.s)]);
      }
    } finally {
      closeDb(db);
    }
  });
});
