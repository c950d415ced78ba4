/** Which table a header is: the KS4_/KS2_/KS1_ prefix identifies a pupil file without its score columns. */
import { describe, expect, it } from 'vitest';
import { recogniseHeader } from '../../src/io/recognise.js';

const tableOf = (header: string[]) => recogniseHeader(header).table?.name ?? null;

describe('pupil files recognised by their prefix', () => {
  it('KS4_UPN, KS4_ACADYR, KS4_URN, KS4_LA (no score columns) is the KS4 pupil file', () => {
    const r = recogniseHeader(['KS4_UPN', 'KS4_ACADYR', 'KS4_URN', 'KS4_LA']);
    expect(r.table?.name).toBe('KS4Pupil');
    expect(r.mapping).toEqual(['UPN', 'ACADYR', 'URN', 'LA']);
    expect(r.ambiguous).toEqual([]);
    expect(r.missing).toContain('ATT8');
  });

  it('KS2_ and KS1_ prefixes identify their tables the same way', () => {
    expect(tableOf(['KS2_UPN', 'KS2_ACADYR', 'KS2_READSCORE'])).toBe('KS2Pupil');
    expect(tableOf(['ks1_upn', 'ks1_acadyr', 'ks1_read_outcome'])).toBe('KS1Pupil');
  });

  it('a prefixed results file is still the results table', () => {
    expect(tableOf(['KS4_UPN', 'KS4_ACADYR', 'KS4_SUBJECT', 'KS4_QUAL', 'KS4_EBACC', 'KS4_GRADE'])).toBe('KS4Results');
  });

  it('without a prefix, or without UPN and ACADYR, the signature is still needed', () => {
    expect(tableOf(['UPN', 'ACADYR', 'URN', 'LA'])).toBeNull();
    expect(tableOf(['KS4_UPN', 'KS4_URN', 'KS4_LA'])).toBeNull();
    expect(tableOf(['UPN', 'ACADYR', 'ATT8'])).toBe('KS4Pupil');
  });
});
