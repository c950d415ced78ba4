/** The small JSON Schema checker the schema tests rely on: the keywords added for record-valued settings. */
import { describe, expect, it } from 'vitest';
import { checkJsonSchema } from '../helpers/json-schema-check.js';

describe('json-schema-check', () => {
  const years = { type: 'object', propertyNames: { type: 'string', pattern: '^\\d{4}/\\d{2}$' }, additionalProperties: { type: 'string', minLength: 1 } };
  it('propertyNames and pattern: every key is checked as a string', () => {
    expect(checkJsonSchema({ '2026/27': 'p8.csv' }, years)).toEqual([]);
    expect(checkJsonSchema({ '2026-27': 'p8.csv' }, years)).toEqual(['$[key "2026-27"]: "2026-27" does not match ^\\d{4}/\\d{2}$']);
    expect(checkJsonSchema({ '2026/27': '' }, years)).toEqual(['$.2026/27: shorter than 1']);
  });
  it('an unknown keyword is still a problem', () => {
    expect(checkJsonSchema({}, { type: 'object', patternProperties: {} })).toEqual(['$: schema keyword patternProperties is not supported by this checker']);
  });
});
