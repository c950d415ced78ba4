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
