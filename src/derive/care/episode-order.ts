import type { EpisodeRecord } from './types.js';

/** Key of a child: CHILD ids are unique only within one LA (inputs.md), so the key is (LA, CHILD). */
export function childKey(la: string, child: string): string {
  return `${la}\u0000${child}`;
}

/** Plain code-unit order (locale-independent, deterministic). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The one total order of episodes: DECOM, then DEC (open last), return year, file, line.
 * Rows of one child that tie on everything are the same physical row; any input order
 * therefore gives the same output order (duplicates and overlaps are kept, for validation).
 */
export function compareEpisodes(a: EpisodeRecord, b: EpisodeRecord): number {
  return compareText(a.decom, b.decom)
    || compareText(a.dec ?? '9999-99-99', b.dec ?? '9999-99-99')
    || a.returnYear - b.returnYear
    || compareText(a.file, b.file)
    || a.line - b.line;
}
