import { describe, expect, it } from 'vitest';
import { mergeReturns } from '../../../src/derive/care/merge-returns.js';
import { returnEndFinding } from '../../../src/validate/rules/episode-open-missing-from-later-return.js';
import { ep } from './helpers.js';

describe('mergeReturns', () => {
  it('keeps the latest return’s copy of an episode repeated across two returns', () => {
    const y2023 = ep('2022-06-01', null, { returnYear: 2023, file: '2023.csv', line: 5 });
    const y2024 = ep('2022-06-01', '2023-09-10', { returnYear: 2024, file: '2024.csv', line: 7 });
    const { episodes, closedAtReturnEnd } = mergeReturns([y2024, y2023], new Map([['855', 2024]]));
    expect(episodes).toHaveLength(1);
    expect(episodes[0]).toMatchObject({ dec: '2023-09-10', returnYear: 2024, file: '2024.csv', line: 7, closedBy: 'record' });
    expect(closedAtReturnEnd).toEqual([]);
  });

  it('closes an open episode missing from the next return at the next episode’s DECOM', () => {
    const open = ep('2022-06-01', null, { returnYear: 2023 });
    const later = ep('2023-05-20', null, { returnYear: 2024, rne: 'P' });
    const { episodes, closedAtReturnEnd } = mergeReturns([later, open], new Map([['855', 2024]]));
    expect(episodes.map((e) => [e.decom, e.dec, e.closedBy])).toEqual([
      ['2022-06-01', '2023-05-20', 'next_episode'],
      ['2023-05-20', null, 'record'],
    ]);
    expect(closedAtReturnEnd).toEqual([]);
  });

  it('closes it at the end of 31 March of its return year, with a warning, when no episode follows', () => {
    const open = ep('2022-06-01', null, { returnYear: 2023, file: 'r2023.csv', line: 12 });
    const { episodes, closedAtReturnEnd } = mergeReturns([open], new Map([['855', 2024]]));
    expect(episodes[0]).toMatchObject({ dec: '2023-04-01', closedBy: 'return_end' });
    expect(closedAtReturnEnd).toEqual([episodes[0]]);
    // link reports it (derive raises no findings): the rule's own finding for the episode
    const finding = returnEndFinding(closedAtReturnEnd[0]!);
    expect(finding).toMatchObject({
      ruleId: 'episode-open-missing-from-later-return', severity: 'warning', file: 'r2023.csv', line: 12, table: 'Episodes', column: 'DEC',
    });
    expect(finding.message).toContain('31 March 2023');
    expect(finding.message).not.toContain('C1');
  });

  it('leaves an open episode of the LA’s last return open', () => {
    const { episodes, closedAtReturnEnd } = mergeReturns([ep('2022-06-01', null, { returnYear: 2024 })], new Map([['855', 2024]]));
    expect(episodes[0]).toMatchObject({ dec: null, endDay: null, closedBy: 'record' });
    expect(closedAtReturnEnd).toEqual([]);
  });

  it('takes the LA’s last return from the episodes when the map has none for it', () => {
    const open = ep('2022-06-01', null, { returnYear: 2023, la: '201' });
    const other = ep('2023-06-01', '2023-07-01', { returnYear: 2024, la: '201', child: 'C9' });
    const { episodes, closedAtReturnEnd } = mergeReturns([open, other], new Map());
    expect(episodes.find((e) => e.child === 'C1')).toMatchObject({ dec: '2023-04-01', closedBy: 'return_end' });
    expect(closedAtReturnEnd.map((e) => e.child)).toEqual(['C1']);
  });

  it('keys children by (LA, CHILD) and keeps duplicates of one return for validation', () => {
    const a = ep('2023-01-01', '2023-02-01', { la: '855', line: 2 });
    const b = ep('2023-01-01', '2023-02-01', { la: '855', line: 3 });
    const c = ep('2023-01-01', '2023-03-01', { la: '201', line: 4 });
    const { episodes } = mergeReturns([c, b, a], new Map());
    expect(episodes.map((e) => [e.la, e.line])).toEqual([['201', 4], ['855', 2], ['855', 3]]);
  });

  it('sorts each child’s episodes by DECOM with day numbers', () => {
    const { episodes } = mergeReturns([ep('2023-03-01', null, { rne: 'P' }), ep('1970-01-02', '2023-03-01', { rec: 'X1' })], new Map());
    expect(episodes.map((e) => [e.decom, e.startDay, e.endDay])).toEqual([['1970-01-02', 1, 19417], ['2023-03-01', 19417, null]]);
  });
});
