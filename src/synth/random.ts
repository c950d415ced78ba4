/**
 * A small, fast, seeded pseudo-random generator (sfc32, Chris Doty-Humphrey's "small fast chaotic"
 * generator, as in PractRand). Same seed and stream key → same sequence on every platform, which is
 * what makes the synthetic files byte-identical between runs.
 *
 * Streams: `new Random(seed, la, kind, index)` hashes the key parts into the state, so every child or
 * pupil has its own independent sequence. Generating one pupil never shifts another pupil's draws,
 * which keeps files stable when options change elsewhere and lets a pupil be re-created on demand.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, ...stream: number[]) {
    let h = mixSeed(seed, ...stream);
    this.a = h;
    this.b = (h = splitmix32(h));
    this.c = (h = splitmix32(h));
    this.d = 1;
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** A 32-bit unsigned integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform on [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer on [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Standard normal (Box–Muller; one value per call so the draw count per call is fixed). */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Poisson count (Knuth's product method; fine for the small means used here). */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit && k < 1000) {
      k++;
      p *= this.next();
    }
    return k;
  }

  /** Exponential waiting time with the given mean. */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks a key by relative weight; the entries' order matters (kept fixed for determinism). */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of entries) total += w;
    let x = this.next() * total;
    for (const [value, w] of entries) {
      x -= w;
      if (x < 0) return value;
    }
    return entries[entries.length - 1]![0];
  }
}

function splitmix32(x: number): number {
  x = (x + 0x9e3779b9) | 0;
  let z = x;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** Hashes a seed and stream key parts into one 32-bit value (order-sensitive). */
export function mixSeed(seed: number, ...parts: number[]): number {
  let h = splitmix32((seed >>> 0) ^ 0x5bd1e995);
  for (const p of parts) h = splitmix32((h ^ Math.imul((p | 0) + 0x27d4eb2f, 0x165667b1)) >>> 0);
  return h >>> 0;
}
