/** The link stage marks children in care before their LA's earliest return (definitions.md §3), counted per LA. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDb, openDb } from '../../src/io/duck.js';
import { linkFolder } from '../../src/link/pipeline.js';

const FIXTURE = join(import.meta.dirname, '../../fixtures/real-world/care-before-earliest-return');

describe('care history before the earliest return (fixtures/real-world/care-before-earliest-return)', () => {
  it('LA 855, returns 2019/20 and 2020/21: 602 and 603 are left-censored, 601, 604 (short break first) and 605 are not', async () => {
    const db = await openDb({ threads: 1 });
    try {
      const { care } = await linkFolder(db, { folder: FIXTURE });
      expect([...care.coverage]).toEqual([['855', { earliestReturn: 2020, leftCensored: 2 }]]);
      const censored = [...care.histories.values()].filter((h) => h.periods[0]?.leftCensored).map((h) => h.child).sort();
      expect(censored).toEqual(['602', '603']);
    } finally {
      closeDb(db);
    }
  });
});
