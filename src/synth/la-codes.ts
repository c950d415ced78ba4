import { UsageError } from '../errors.js';
import { Random } from './random.js';

/**
 * Real DfE local authority numbers (the `LA num` column of the DfE "New Statistical Neighbour
 * Groupings, April 2021" file in shared/reference/dfe-benchmarks), copied here so the generator
 * never reads shared/ at run time. City of London (201) and the Isles of Scilly (420) are left out:
 * their looked-after and pupil numbers are too small to simulate like other authorities.
 */
export const DFE_LA_CODES: readonly string[] = [
  '202', '203', '204', '205', '206', '207', '208', '209', '210', '211', '212', '213', '301', '302', '303',
  '304', '305', '306', '307', '308', '309', '310', '311', '312', '313', '314', '315', '316', '317', '318',
  '319', '320', '330', '331', '332', '333', '334', '335', '336', '340', '341', '342', '343', '344', '350',
  '351', '352', '353', '354', '355', '356', '357', '358', '359', '370', '371', '372', '373', '380', '381',
  '382', '383', '384', '390', '391', '392', '393', '394', '800', '801', '802', '803', '805', '806', '807',
  '808', '810', '811', '812', '813', '815', '816', '821', '822', '823', '825', '826', '830', '831', '838',
  '839', '840', '841', '845', '846', '850', '851', '852', '855', '856', '857', '860', '861', '865', '866',
  '867', '868', '869', '870', '871', '872', '873', '874', '876', '877', '878', '879', '880', '881', '882',
  '883', '884', '885', '886', '887', '888', '889', '890', '891', '892', '893', '894', '895', '896', '908',
  '909', '916', '919', '921', '925', '926', '929', '931', '933', '935', '936', '937', '938', '940', '941',
  '835', '836', '837', '928',
];

/** The authority the demo and every run start with (Leicestershire). */
export const FIRST_LA = '855';

/**
 * The LA codes for a run: explicit codes as given (validated), or a count N: 855 first, then the
 * others in a fixed order shuffled by the seed (Fisher–Yates on a seeded stream).
 */
export function chooseLaCodes(las: number | readonly string[], seed: number): string[] {
  if (typeof las !== 'number') {
    for (const code of las) {
      if (!/^\d{3}$/.test(code)) throw new UsageError(`LA code "${code}" is not a 3-digit DfE LA number (e.g. 855)`);
    }
    if (new Set(las).size !== las.length) throw new UsageError('the list of LA codes has a duplicate');
    return [...las];
  }
  const others = DFE_LA_CODES.filter((c) => c !== FIRST_LA);
  if (!Number.isInteger(las) || las < 1 || las > others.length + 1) {
    throw new UsageError(`--las must be a whole number from 1 to ${others.length + 1}, or a list of 3-digit LA codes`);
  }
  const rng = new Random(seed, 0x1a);
  for (let i = others.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [others[i], others[j]] = [others[j]!, others[i]!];
  }
  return [FIRST_LA, ...others].slice(0, las);
}

/** Index of an LA code in the full list (stable across runs; used to lay out school URNs). */
export function laIndex(code: string): number {
  const i = DFE_LA_CODES.indexOf(code);
  return i >= 0 ? i : 200 + (Number(code) % 100);
}
