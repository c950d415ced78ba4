export { parseP8EstimateTable, type P8EstimateTable, type PriorAttainmentGroup } from './estimate-table.js';
export { bundledP8Table, loadP8EstimateTable, p8TablesOfConfig, p8TablesWith, useP8Tables, type P8TableLookup } from './load-estimates.js';
export { priorAttainmentGroup } from './prior-attainment-group.js';
export { pupilP8, type PupilP8 } from './pupil-p8.js';
export { meanP8WithCi, p8HalfWidth, type MeanP8 } from './mean-p8.js';
export { p8Band, type P8Band } from './p8-band.js';
