/**
 * The measure row lives on the ground floor (src/domain/measure-row.ts, issue 11 item 3), so that
 * benchmarks can speak of it without importing measures; re-exported here for the layers above.
 */
export type { BenchmarkValue, FigureBasis, GssSymbol, MeasureRow, MeasureUnit, SymbolReason } from '../domain/measure-row.js';
