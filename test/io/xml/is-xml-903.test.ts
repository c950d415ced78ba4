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

describe('the prolog before the root (issue 15: hostile inputs)', () => {
  it('a DOCTYPE with an internal subset whose declarations hold ">" is skipped, not resolved', async () => {
    const doctype = '<!DOCTYPE EXPSSDA903 [\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n  <!ELEMENT EXPSSDA903 ANY>\n  <!-- a comment with > inside -->\n]>';
    expect(firstElementName(`<?xml version="1.0"?>\n${doctype}\n<EXPSSDA903>`)).toBe('EXPSSDA903');
    expect(await isXml903(file('doctype.xml', `<?xml version="1.0"?>\n${doctype}\n<EXPSSDA903><CHILD/></EXPSSDA903>`))).toBe(true);
  });
  it('a comment longer than the first KB, and processing instructions, before the root', async () => {
    expect(await isXml903(file('long-comment.xml', `<?xml version="1.0"?>\n<!-- ${'x'.repeat(20_000)} -->\n<?xml-stylesheet href="a.xsl"?>\n<EXPSSDA903></EXPSSDA903>`))).toBe(true);
  });
  it('a prolog that never ends is not a return (read at most 1 MB)', async () => {
    expect(await isXml903(file('endless.xml', `<?xml version="1.0"?>\n<!-- ${'x'.repeat(1_100_000)}`))).toBe(false);
  });
});
