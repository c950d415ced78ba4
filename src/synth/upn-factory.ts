import { withCheckLetter } from '../domain/upn.js';
import { CHECK_LETTERS } from '../domain/upn.js';
import type { Random } from './random.js';

/**
 * Synthetic UPNs with correct check letters (DfE UPN guide; src/domain/upn.ts). The 12-character body
 * is the issuing LA number, a 2-digit year, a serial of 6 digits and a final digit (or a letter for a
 * temporary UPN), so UPNs of different LAs, cohorts and kinds never collide.
 * `kindDigit` separates streams: 1 children in care, 2 KS4 pupils, 3 KS2 pupils, 4 KS1 pupils, 5 former UPNs.
 */
export function makeUpn(la: string, year: number, kindDigit: number, serial: number, temporary = false, rng?: Random): string {
  const yy = String(year % 100).padStart(2, '0');
  const serialText = String(serial % 100000).padStart(5, '0');
  const body11 = `${la}${yy}${kindDigit}${serialText}`;
  const last = temporary ? CHECK_LETTERS[rng ? rng.int(0, 22) : serial % 23]! : String(Math.floor(serial / 100000) % 10);
  return withCheckLetter(body11 + last);
}
