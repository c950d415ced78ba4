/**
 * A fitted model written to JSON and read back, so a model fitted on many pupils (a region, a
 * national extract) can score a small LA's pupils (expected-observed.ts). Estimates are kept at
 * full precision so predictions are reproduced exactly; the file holds no pupil data.
 */
import { z } from 'zod';
import { InputError } from '../errors.js';
import { modelSpecSchema } from './model-spec.js';
import type { MultilevelResult } from './multilevel.js';
import type { OlsResult } from './ols.js';

export const savedModelFormat = 'cla-analyse-model';

const savedTermSchema = z.object({
  term: z.string(),
  factor: z.string().nullable(),
  level: z.string().nullable(),
  /** null when the term could not be estimated (reason says why). */
  estimate: z.number().finite().nullable(),
  reason: z.string().optional(),
});

export const savedModelSchema = z.object({
  format: z.literal(savedModelFormat),
  version: z.literal(1),
  estimator: z.enum(['ols', 'multilevel']),
  spec: modelSpecSchema,
  referenceLevels: z.record(z.string(), z.string()),
  pupils: z.number().int().nonnegative(),
  terms: z.array(savedTermSchema).min(1),
});
export type SavedModel = z.infer<typeof savedModelSchema>;

export function toSavedModel(result: OlsResult | MultilevelResult): SavedModel {
  return {
    format: savedModelFormat,
    version: 1,
    estimator: result.kind,
    spec: result.spec,
    referenceLevels: result.referenceLevels,
    pupils: result.pupils,
    terms: result.terms.map((t) =>
      t.estimable
        ? { term: t.term, factor: t.factor, level: t.level, estimate: t.estimate }
        : { term: t.term, factor: t.factor, level: t.level, estimate: null, reason: t.reason },
    ),
  };
}

/** The model as deterministic, pretty-printed JSON. */
export function saveModel(result: OlsResult | MultilevelResult | SavedModel): string {
  const saved = 'format' in result ? result : toSavedModel(result);
  return `${JSON.stringify(saved, null, 2)}\n`;
}

/** Parses and validates a saved model; an InputError lists every problem. */
export function loadModel(json: string, file?: string): SavedModel {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new InputError(`The saved model is not valid JSON: ${(error as Error).message}`, file, 'Give the file written by `cla-analyse model --save-model`.');
  }
  const checked = savedModelSchema.safeParse(parsed);
  if (!checked.success) {
    const problems = checked.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    throw new InputError(`The saved model is not a cla-analyse model: ${problems.join('; ')}`, file, 'Give the file written by `cla-analyse model --save-model`.');
  }
  if (checked.data.terms[0]?.term !== 'intercept' || checked.data.terms[0].estimate === null)
    throw new InputError('The saved model has no estimated intercept as its first term.', file, 'Give the file written by `cla-analyse model --save-model`.');
  return checked.data;
}
