/**
 * A command's code is loaded when the command runs, not when the program starts: `--version`,
 * `--help`, `rules` and `measures` then never load DuckDB, the report renderers or the model.
 * `lazy(() => import('./link.js'), 'linkCommand')` stands for linkCommand, called the same way.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a command's own parameter types are kept through Parameters<>
type Command = (...a: any[]) => unknown;

export function lazy<M extends { [P in K]: Command }, K extends keyof M>(load: () => Promise<M>, name: K): (...a: Parameters<M[K]>) => Promise<Awaited<ReturnType<M[K]>>> {
  return async (...args: Parameters<M[K]>): Promise<Awaited<ReturnType<M[K]>>> => {
    const result: unknown = await (await load())[name](...args);
    return result as Awaited<ReturnType<M[K]>>;
  };
}
