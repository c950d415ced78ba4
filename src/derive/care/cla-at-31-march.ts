import { march31 } from '../../domain/years.js';
import { lookedAfterOn } from './looked-after-on.js';
import type { CareHistory } from './types.js';

/**
 * CLA at 31 March Y (definitions.md §5): looked after on 31 March Y, i.e. still looked after at
 * the end of that day. An episode with DEC = 31 March ceased that day: with `[DECOM, DEC)` spans
 * it covers up to 30 March, so the child is NOT looked after at 31 March. This matches the DfE
 * count, which takes children whose episode is open at the end of the return (DEC blank).
 * A child who starts on 31 March (DECOM = 31 March) is looked after at 31 March.
 */
export function claAt31March(history: CareHistory, year: number): boolean {
  return lookedAfterOn(history, march31(year));
}
