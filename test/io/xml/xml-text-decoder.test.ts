import { describe, expect, it } from 'vitest';
import { XmlTextDecoder, sniffEncoding } from '../../../src/io/xml/xml-text-decoder.js';

/** Decodes `bytes` fed one byte at a time (the worst chunking), joining text and issues. */
function decodeByteByByte(bytes: Buffer) {
  const d = new XmlTextDecoder();
  let text = '';
  const issues = [];
  for (const b of bytes) {
    const r = d.decode(Buffer.from([b]));
    text += r.text;
    issues.push(...r.issues);
  }
  const r = d.end();
  return { text: text + r.text, issues: [...issues, ...r.issues] };
}

describe('XmlTextDecoder', () => {
  it('reads the declared encoding and byte-order marks', () => {
    expect(sniffEncoding(Buffer.from('<?xml version="1.0" encoding="windows-1252"?><A/>'))).toEqual({ bomLength: 0, bytes: null, declared: 'windows-1252' });
    expect(sniffEncoding(Buffer.from('\uFEFF<A/>'))).toEqual({ bomLength: 3, bytes: 'UTF-8', declared: null });
    expect(sniffEncoding(Buffer.from('\uFEFF<?xml version="1.0" encoding="UTF-16"?>', 'utf16le'))).toEqual({ bomLength: 2, bytes: 'UTF-16LE', declared: 'UTF-16' });
  });

  it('UTF-8 split anywhere decodes the same, with no issue', () => {
    const text = '<?xml version="1.0"?><A>£ é € 𝄞</A>';
    expect(decodeByteByByte(Buffer.from(text, 'utf8'))).toEqual({ text, issues: [] });
  });

  it('stray windows-1252 bytes in UTF-8 are read as windows-1252, reported once at their offset', () => {
    const bytes = Buffer.concat([Buffer.from('<A>'), Buffer.from([0xa3, 0x80]), Buffer.from('</A><B>'), Buffer.from([0xa3]), Buffer.from('</B>')]);
    const d = new XmlTextDecoder();
    const r = d.decode(bytes);
    expect(r.text + d.end().text).toBe('<A>£€</A><B>£</B>');
    expect(r.issues).toEqual([{ kind: 'mismatch', declared: 'UTF-8 (the default)', actual: 'windows-1252', textOffset: 3 }]);
  });

  it('a truncated UTF-8 sequence at the end of the file is not lost', () => {
    const bytes = Buffer.concat([Buffer.from('<A>x'), Buffer.from([0xe2, 0x82])]);
    const r = decodeByteByByte(bytes);
    expect(r.text).toBe('<A>x\u00e2\u201a');
    expect(r.issues).toHaveLength(1);
  });

  it('declared windows-1252: € (0x80) decodes as €, not U+0080', () => {
    const bytes = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="cp1252"?><A>'), Buffer.from([0x80, 0xa3]), Buffer.from('</A>')]);
    expect(decodeByteByByte(bytes).text).toBe('<?xml version="1.0" encoding="cp1252"?><A>€£</A>');
  });
});
