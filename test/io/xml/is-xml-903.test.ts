import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstElementName, isXml903 } from '../../../src/io/xml/is-xml-903.js';
import { fixture } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'sniff903-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe('isXml903', () => {
  it.each([
    ['valid.xml', true], ['windows-1252.xml', true], ['utf16.xml', true], ['truncated.xml', true],
    ['wrong-root.xml', false], ['not-a-return.xml', false],
  ])('%s → %s', async (name, expected) => {
    expect(await isXml903(fixture(name))).toBe(expected);
  });

  it('tolerates a BOM, comments, a DOCTYPE and a namespace prefix; rejects CSV, empty and binary files', async () => {
    expect(await isXml903(file('a.xml', '\uFEFF<?xml version="1.0"?>\n<!-- c -->\n<!DOCTYPE x>\n<ns:EXPSSDA903 xmlns:ns="u">'))).toBe(true);
    expect(await isXml903(file('b.xml', 'CHILD,DECOM\n'))).toBe(false);
    expect(await isXml903(file('c.xml', ''))).toBe(false);
    expect(await isXml903(file('d.xml', Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0xff])))).toBe(false);
  });

  it('finds the first element name after the prolog', () => {
    expect(firstElementName('<?xml version="1.0"?><!--x--><?pi y?><A b="1">')).toBe('A');
    expect(firstElementName('<!-- never closed')).toBeNull();
  });
});
