/** The factor row moved to the ground floor (src/domain/factor-row.ts) so derive need not import link; re-exported here for link's users. */
export * from '../domain/factor-row.js';
