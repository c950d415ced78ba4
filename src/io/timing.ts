/** Stage timings on stderr when CLA_ANALYSE_TIMING is set (for profiling; never in normal output). */
export function stageTimer(): (label: string) => void {
  if (!process.env.CLA_ANALYSE_TIMING) return () => {};
  let t0 = Date.now();
  return (label) => {
    const now = Date.now();
    process.stderr.write(`[timing] ${label} ${now - t0} ms\n`);
    t0 = now;
  };
}

/** Time summed over many calls (e.g. per file), printed by `report` when CLA_ANALYSE_TIMING is set. */
export function sumTimer(): { add: (label: string, ms: number) => void; report: (prefix: string) => void } {
  const on = Boolean(process.env.CLA_ANALYSE_TIMING);
  const sums = new Map<string, { ms: number; n: number }>();
  return {
    add: (label, ms) => {
      if (!on) return;
      const s = sums.get(label) ?? { ms: 0, n: 0 };
      s.ms += ms; s.n += 1;
      sums.set(label, s);
    },
    report: (prefix) => {
      if (!on) return;
      for (const [label, s] of [...sums].sort((a, b) => b[1].ms - a[1].ms)) process.stderr.write(`[timing] ${prefix} ${label} ${Math.round(s.ms)} ms over ${s.n}\n`);
    },
  };
}
