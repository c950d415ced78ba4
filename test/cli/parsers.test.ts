/** The one year parser and the shared option parsers (src/cli/parsers.ts, src/domain/years.ts). */
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from 'commander';
import { parseAcademicYear, parseAcademicYears, timePeriodOf } from '../../src/domain/years.js';
import { listOf, parseCount, parseLaList, parseReturnYear, parseThreshold, parseYear, parseYears } from '../../src/cli/parsers.js';
import { modelSpecOf } from '../../src/cli/commands/model.js';
import { UsageError } from '../../src/errors.js';

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

  it('counts (--max-findings): a whole number, else the option error commander turns into exit 2 (issue 15)', () => {
    expect(parseCount(' 100 ')).toBe(100);
    expect(parseCount('0')).toBe(0);
    for (const bad of ['abc', '1.5', '-1', '', '1e3', '10000000000']) expect(() => parseCount(bad), bad).toThrow(InvalidArgumentError);
  });

  it('model reference levels: an unknown level or factor is a usage error (exit 2) naming the choices (issue 15)', () => {
    const o = { outcome: 'att8', cluster: 'la', cohort: 'cla_12m' } as const;
    expect(modelSpecOf({ ...o, reference: { sex: 'F' } }).referenceLevels).toMatchObject({ sex: 'F' });
    const level = (() => { try { modelSpecOf({ ...o, reference: { sex: 'Q' } }); return null; } catch (e) { return e; } })();
    expect(level).toBeInstanceOf(UsageError);
    expect([(level as UsageError).message, (level as UsageError).remedy, (level as UsageError).exitCode]).toEqual(['--reference sex=Q: not a level of sex', 'choose one of M, F, U', 2]);
    expect(() => modelSpecOf({ ...o, reference: { colour: 'blue' } })).toThrow(/colour: not a categorical factor/);
    expect(() => modelSpecOf({ ...o, reference: { ks4_year: '2024' } })).toThrow(/not a level of ks4_year/);
  });
});
