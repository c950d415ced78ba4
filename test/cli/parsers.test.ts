/** The one year parser and the shared option parsers (src/cli/parsers.ts, src/domain/years.ts). */
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from 'commander';
import { parseAcademicYear, parseAcademicYears, timePeriodOf } from '../../src/domain/years.js';
import { listOf, parseLaList, parseReturnYear, parseThreshold, parseYear, parseYears } from '../../src/cli/parsers.js';

describe('years as people write them', () => {
  it.each([
    ['2023/24', '2023/24'], ['2023-24', '2023/24'], ['202324', '2023/24'], ['23/24', '2023/24'], ['23-24', '2023/24'],
    ['2024', '2023/24'], ['2023/2024', '2023/24'], [' 2019/20 ', '2019/20'], ['99/00', null], ['1999/00', '1999/00'],
    ['2023/25', null], ['202325', null], ['24/23', null], ['2023', '2022/23'], ['abc', null], ['20234', null], ['', null],
  ])('%s is %s', (raw, want) => {
    expect(parseAcademicYear(raw)).toBe(want);
  });

  it('lists and ranges give sorted academic years without repeats', () => {
    expect(parseYears('2022-2024')).toEqual(['2021/22', '2022/23', '2023/24']);
    expect(parseYears('2021/22..2023/24')).toEqual(['2021/22', '2022/23', '2023/24']);
    expect(parseYears('2022..2024')).toEqual(['2021/22', '2022/23', '2023/24']);
    expect(parseYears('23/24,2022-23,202324')).toEqual(['2022/23', '2023/24']);
    expect(parseYears('2024')).toEqual(['2023/24']);
  });

  it('refuses backwards ranges, junk and the ambiguous 2023-2024 with both readings', () => {
    expect(parseAcademicYears('2024-2022')).toEqual({ error: '2024-2022' });
    expect(parseAcademicYears('2023/24..2021/22')).toEqual({ error: '2023/24..2021/22' });
    expect(() => parseYears('2023-2024')).toThrow(/2023\/24 for that one academic year, or 2023\.\.2024/);
    expect(() => parseYears('2023/24,x')).toThrow(InvalidArgumentError);
    expect(() => parseYears(',')).toThrow(InvalidArgumentError);
  });

  it('one year: refuses lists; a return year is the year of the 31 March', () => {
    expect(parseYear('23/24')).toBe('2023/24');
    expect(() => parseYear('2022-2024')).toThrow(/one academic year: 2023\/24, 2023-24, 202324, 23\/24 or 2024/);
    expect(parseReturnYear('2019/20')).toBe(2020);
    expect(parseReturnYear('2020')).toBe(2020);
    expect(timePeriodOf('2023/24')).toBe('202324');
  });
});

describe('other shared parsers', () => {
  it('LA lists, thresholds and choice lists', () => {
    expect(parseLaList('855, 856,855')).toEqual(['855', '856']);
    expect(() => parseLaList('855,85')).toThrow(/3-digit/);
    expect(parseThreshold('0')).toBe(0);
    expect(() => parseThreshold('1.5')).toThrow(/whole number/);
    expect(listOf(['a', 'b'] as const, 'formats')('a,b,a')).toEqual(['a', 'b']);
    expect(() => listOf(['a', 'b'] as const, 'formats')('a,c')).toThrow(/formats must be from: a, b/);
  });
});
