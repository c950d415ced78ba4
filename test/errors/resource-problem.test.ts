import { describe, expect, it } from 'vitest';
import { resourceProblem } from '../../src/errors.js';

describe('resourceProblem', () => {
  it('a DuckDB out-of-memory error is a resource problem naming the limit, with its first line only', () => {
    const p = resourceProblem('Out of Memory Error: failed to allocate data of size 128.0 MiB (1.7 GiB/1.8 GiB used)\n\nPossible solutions:\n* Reducing the number of threads', '2GB');
    expect(p?.message).toBe('the data engine needed more memory than its limit (2GB): Out of Memory Error: failed to allocate data of size 128.0 MiB (1.7 GiB/1.8 GiB used)');
    expect(p?.remedy).toContain('CLA_ANALYSE_MEMORY_LIMIT=8GB');
  });
  it('a full disk is a resource problem pointing at TMPDIR', () => {
    const p = resourceProblem('IO Error: Could not write file "/tmp/x/spill/duckdb_temp_storage-0.tmp": No space left on device', '4GB');
    expect(p?.message).toMatch(/^the disk is full: IO Error/);
    expect(p?.remedy).toContain('TMPDIR');
  });
  it('anything else is not (it stays an internal error)', () => {
    expect(resourceProblem('Binder Error: column "x" not found', '4GB')).toBeNull();
    expect(resourceProblem("Cannot read properties of undefined (reading 'la')", '4GB')).toBeNull();
  });
});
