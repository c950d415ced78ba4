import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderBytes, IN_MEMORY_SHARE, memoryBytes, workInMemory } from '../../src/io/duck.js';

const dir = mkdtempSync(join(tmpdir(), 'cla-inmem-'));
mkdirSync(join(dir, '903', '855', '2024'), { recursive: true });
writeFileSync(join(dir, '903', '855', '2024', 'header.csv'), 'x'.repeat(3000));
writeFileSync(join(dir, 'ks4.csv'), 'y'.repeat(1000));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('where the run works: memory or a database file', () => {
  it('reads memory settings as DuckDB does', () => {
    expect(memoryBytes('4GB')).toBe(4e9);
    expect(memoryBytes('512MB')).toBe(512e6);
    expect(memoryBytes('2GiB')).toBe(2 * 1024 ** 3);
    expect(memoryBytes('1.5 gb')).toBe(1.5e9);
    expect(memoryBytes('lots')).toBeNull();
  });
  it('counts the bytes of every file below the folder', () => {
    expect(folderBytes(dir)).toBe(4000);
    expect(folderBytes(join(dir, 'missing'))).toBe(0);
  });
  it('keeps small input in memory and larger input in a file', () => {
    const env = {};
    expect(workInMemory(dir, `${4000 / IN_MEMORY_SHARE}B`, env)).toBe(true);
    expect(workInMemory(dir, `${3999 / IN_MEMORY_SHARE}B`, env)).toBe(false);
    expect(workInMemory(undefined, '4GB', env)).toBe(false);
    expect(workInMemory(dir, 'unreadable', env)).toBe(false);
  });
  it('CLA_ANALYSE_IN_MEMORY=1 or 0 forces either way', () => {
    expect(workInMemory(dir, '1B', { CLA_ANALYSE_IN_MEMORY: '1' })).toBe(true);
    expect(workInMemory(dir, '4GB', { CLA_ANALYSE_IN_MEMORY: '0' })).toBe(false);
  });
});
