/** Findings moved to the ground floor (src/domain/finding.ts) so io need not import validate; re-exported here for validate's users. */
export * from '../domain/finding.js';
