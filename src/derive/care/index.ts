/** Care histories (shared/spec/definitions.md): merge returns, periods, cohorts, placements, stability. */
export type * from './types.js';
export { childKey, compareEpisodes } from './episode-order.js';
export { mergeReturns, returnEndClosingDate, EPISODE_OPEN_MISSING_RULE } from './merge-returns.js';
export { buildCareHistory, buildCareHistories } from './care-history.js';
export { isRespite, hadShortBreaks } from './respite.js';
export { periodsOfCare } from './periods-of-care.js';
export { periodsStartedBy, periodsOfCareBy } from './periods-of-care-by.js';
export { coverageOf, spanContaining } from './coverage.js';
export { isLeftCensored, censoredPeriod, censoredIn, censoredContinuity, dataStartDay, returnsNeeded } from './censoring.js';
export { lookedAfterOn } from './looked-after-on.js';
export { claAt31March } from './cla-at-31-march.js';
export { cla12MonthsAt31March, OC2_KEEPS_PERIOD_ENDING_ON_31_MARCH } from './cla-12-months.js';
export { lookedAfterContinuouslySince } from './continuous-care.js';
export { daysInCareBefore } from './days-in-care.js';
export { ageAtEntry } from './age-at-entry.js';
export {
  placementChanges, placementChangesInPeriod, isSamePlacement, isTemporaryPlace, DEFAULT_PLACEMENT_CHANGE, CARER_CHANGE,
  type PlacementChangeOptions,
} from './placement-changes.js';
export { placementChangesAfter11 } from './placement-changes-after-11.js';
export { placementSpells, carerSpells, placementSpellsOverlapping, spellOn } from './placement-spells.js';
export { placementOn, placementGroupOn } from './placement-group-on.js';
export { threePlusPlacementsInYear } from './stability/three-plus-placements-in-year.js';
export { threePlusPlacementsIn2Years } from './stability/three-plus-placements-in-2-years.js';
export { longTermStability, ADOPTIVE_PLACEMENT_JOINS_PREVIOUS, twoAndAHalfYearsBefore31March } from './stability/long-term-stability.js';
export { careFactorsAt, type CareFactors } from './care-factors.js';
