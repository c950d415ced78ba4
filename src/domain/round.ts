/**
 * Rounding half away from zero on the decimal the number stands for, not on its binary value:
 * −0.605 is stored as −0.60499999999999998…, and rounding that would give −0.6; read as the decimal
 * −0.605 (the shortest 15-significant-digit form) it gives −0.61, as the DfE rounds. The digits are
 * rounded as integers (BigInt), so no multiplication by 10^d can push a value across a half.
 * -0 becomes 0; non-finite values and values beyond 2^53 (no fraction left) are returned as they are.
 */
export function roundHalfAwayFromZero(x: number, decimals: number): number {
  if (!Number.isFinite(x) || Math.abs(x) >= 2 ** 53 || x === 0) return x === 0 ? 0 : x;
  const [mantissa, exponentText] = Math.abs(x).toExponential(14).split('e') as [string, string];
  const digits = BigInt(mantissa.replace('.', ''));           // 15 significant digits
  const shift = Number(exponentText) - 14 + decimals;         // |x| × 10^decimals = digits × 10^shift
  let scaled: bigint;
  if (shift >= 0) {
    scaled = digits * 10n ** BigInt(shift);
  } else {
    const divisor = 10n ** BigInt(-shift);
    scaled = digits / divisor;
    if (2n * (digits % divisor) >= divisor) scaled += 1n;
  }
  if (scaled === 0n) return 0;
  const magnitude = Number(`${scaled}e-${decimals}`);         // the nearest double to the rounded decimal
  return x < 0 ? -magnitude : magnitude;
}

/**
 * The decimal a sum of decimals stands for, without the binary noise of floating-point addition:
 * 450.09000000000003 → 450.09, 513.4999999999999 → 513.5. Twelve significant digits keep every
 * figure this tool produces (points totals of a national cohort are below 10^8 with 2 decimals);
 * whole numbers and non-finite values are returned as they are.
 */
export function withoutFloatNoise(x: number): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return x;
  return Number(x.toPrecision(12));
}

/** A JSON.stringify replacer that writes every number without float noise (see withoutFloatNoise). */
export function jsonNumberReplacer(_key: string, value: unknown): unknown {
  return typeof value === 'number' ? withoutFloatNoise(value) : value;
}
