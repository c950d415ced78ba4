/**
 * The KS2 prior attainment group of a pupil for Progress 8.
 *
 * DfE, "Secondary accountability measures" guide (Progress 8 technical guidance): a pupil's prior
 * attainment is the average of their KS2 reading and maths scaled scores (one of them if only one
 * exists), and pupils are grouped by it. Scaled scores are whole numbers, so the average is a whole
 * or half number, and the published ranges (`82.5 to 86`, `99.5 to 100`) are inclusive at both
 * ends and together cover every half point from the lowest to the highest score.
 *
 * Boundary rule (documented decision): a score belongs to the group with the largest lower bound
 * not above it, i.e. groups are [low_i, low_{i+1}); the last group ends at its published upper
 * bound inclusive. On whole and half scores this is exactly the published inclusive ranges; a
 * value in between (e.g. 82.25, which no real KS2 average can take) goes to the lower group.
 * Scores below the first range or above the last have no group.
 */
import type { P8EstimateTable, PriorAttainmentGroup } from './estimate-table.js';

export function priorAttainmentGroup(ks2AverageScaledScore: number, table: P8EstimateTable): PriorAttainmentGroup | null {
  if (!Number.isFinite(ks2AverageScaledScore)) return null;
  const groups = table.groups;
  const last = groups[groups.length - 1]!;
  if (ks2AverageScaledScore < groups[0]!.low || ks2AverageScaledScore > last.high) return null;
  let found = groups[0]!;
  for (const g of groups) if (g.low <= ks2AverageScaledScore) found = g;
  return found;
}
