import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchmarkJsonSchema } from '../../src/benchmark/schema.js';

describe('benchmark JSON Schema', () => {
  it('the committed schemas/benchmark.schema.json is the one generated from the zod definition', () => {
    const committed = readFileSync(new URL('../../schemas/benchmark.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(benchmarkJsonSchema());
  });
  it('is a 2020-12 schema requiring the envelope fields', () => {
    const s = JSON.parse(benchmarkJsonSchema()) as { $schema: string; required: string[] };
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.required).toEqual(expect.arrayContaining(['schemaVersion', 'rows', 'las', 'validation']));
  });
});
