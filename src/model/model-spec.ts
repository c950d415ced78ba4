/**
 * What to fit: outcome, factors, reference levels and clustering (shared/spec/model.md).
 */
import { z } from 'zod';

export const outcomeSchema = z.enum(['att8', 'p8']);
export type Outcome = z.infer<typeof outcomeSchema>;

/** Cluster pupils by school (school_urn) or by LA (responsible LA, else the school's LA). */
export const clusterBySchema = z.enum(['school', 'la']);
export type ClusterBy = z.infer<typeof clusterBySchema>;

export const modelSpecSchema = z.object({
  outcome: outcomeSchema,
  /** Factor names from factorRegistry (src/model/factors.ts), in the order their terms appear. */
  factors: z.array(z.string()).min(1),
  /** Reference level per categorical factor; unset factors use the factor's default. */
  referenceLevels: z.record(z.string(), z.string()),
  clusterBy: clusterBySchema,
});
export type ModelSpec = z.infer<typeof modelSpecSchema>;

export const outcomeWords: Record<Outcome, string> = { att8: 'Attainment 8 points', p8: 'Progress 8 points' };

/**
 * The preset `rees` (after Sebba et al. 2015, the Rees Centre): the factors of model.md, with
 * days in care in years, reference levels mainstream school, male, no SEN, and the earliest KS4 year.
 */
export function reesPreset(outcome: Outcome = 'att8', clusterBy: ClusterBy = 'school'): ModelSpec {
  return {
    outcome,
    factors: [
      'placement_changes_after_11',
      'school_change_y10_y11',
      'unauthorised_absence_pct',
      'suspension_days',
      'not_foster_y11',
      'school_type_y11',
      'days_in_care_years',
      'ks2_emss',
      'sex',
      'sen_y11',
      'ks4_year',
    ],
    referenceLevels: { school_type_y11: 'mainstream', sex: 'M', sen_y11: 'none' },
    clusterBy,
  };
}
