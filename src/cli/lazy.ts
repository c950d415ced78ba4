/**
 * A command's code is loaded when the command runs, not when the program starts: `--version`,
 * `--help`, `rules` and `measures` then never load DuckDB, the report renderers or the model.
 * `lazy(() => import('./link.js'), 'linkCommand')` stands for linkCommand, called the same way.
 */
export function lazy<M, K extends keyof M>(load: () => Promise<M>, name: K): M[K] extends (...a: infer A) => infer R ? (...a: A) => Promise<Awaited<R>> : never {
  const f = async (...args: unknown[]) => ((await load())[name] as (...a: unknown[]) => unknown)(...args);
  return f as never;
}
