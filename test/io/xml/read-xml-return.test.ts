import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { xmlFieldPath } from '../../../src/io/xml/xml-field-path.js';
import { accounting, brief, countByTable, fixtureBytes, readBytes, readFixture } from './helpers.js';

describe('readXmlReturn on the valid fixture', () => {
  it('reads every child and makes each table row only where the child has that data', async () => {
    const r = await readFixture('valid.xml');
    expect(r.findings).toEqual([]);
    expect(accounting(r)).toEqual({ read: 4, accepted: 4, reported: 0 });
    expect(r.la).toBeNull();
    expect(r.year).toBeNull();
    expect(countByTable(r.rows)).toEqual({
      Header: 4, Episodes: 7, Missing: 2, Reviews: 2, OC2: 1, UASC: 1, OC3: 1, AD1: 1, PrevPerm: 1, PlacedAdoption: 1,
    });
    // UASC, OC3 only for the third child; AD1, PrevPerm, PlacedAdoption only for the fourth.
    expect(r.rows.filter((x) => x.table === 'UASC').map((x) => x.cells['CHILD'])).toEqual(['SYN003']);
    expect(r.rows.filter((x) => x.table === 'OC3').map((x) => x.cells['CHILD'])).toEqual(['SYN003']);
    expect(r.rows.filter((x) => x.table === 'AD1').map((x) => x.cells['CHILD'])).toEqual(['SYN004']);
  });

  it('maps CHILDID to CHILD and PL to PLACE, keeps CSV column order, repeats CHILD and DOB', async () => {
    const r = await readFixture('valid.xml');
    const ep = r.rows.find((x) => x.table === 'Episodes')!;
    expect(ep).toEqual({
      table: 'Episodes', line: 42, path: 'CHILD[1]/EPISODE[1]',
      cells: {
        CHILD: 'SYN001', DECOM: '01/04/2019', RNE: 'S', LS: 'C2', CIN: 'N1', PLACE: 'U4', PLACE_PROVIDER: 'PR1', DEC: '15/10/2019',
        REC: 'X1', REASON_PLACE_CHANGE: 'CARPL', HOME_POST: 'AB3 4EF', PL_POST: 'AB1 2CD', URN: 'SC123456',
      },
    });
    expect(Object.keys(ep.cells)).toEqual(['CHILD', 'DECOM', 'RNE', 'LS', 'CIN', 'PLACE', 'PLACE_PROVIDER', 'DEC', 'REC', 'REASON_PLACE_CHANGE', 'HOME_POST', 'PL_POST', 'URN']);
    const open = r.rows.filter((x) => x.table === 'Episodes')[1]!;
    expect(open.cells).toMatchObject({ DEC: '', REC: '', URN: '', HOME_POST: '' });
    expect(open).toMatchObject({ line: 56, path: 'CHILD[1]/EPISODE[2]' });

    const header = r.rows.find((x) => x.table === 'Header')!;
    expect(header).toEqual({
      table: 'Header', line: 5, path: 'CHILD[1]/HEADER',
      cells: { CHILD: 'SYN001', SEX: '1', DOB: '14/02/2008', ETHNIC: 'WBRI', UPN: 'A950000178301', MOTHER: '', MC_DOB: '' },
    });
    const missing = r.rows.filter((x) => x.table === 'Missing');
    expect(missing.map((m) => [m.line, m.path, m.cells])).toEqual([
      [12, 'CHILD[1]/HEADER/AMISSING[1]', { CHILD: 'SYN001', DOB: '14/02/2008', MISSING: 'M', MIS_START: '03/09/2019', MIS_END: '05/09/2019' }],
      [17, 'CHILD[1]/HEADER/AMISSING[2]', { CHILD: 'SYN001', DOB: '14/02/2008', MISSING: 'A', MIS_START: '12/01/2020', MIS_END: '' }],
    ]);
    expect(r.rows.find((x) => x.table === 'UASC')).toEqual({
      table: 'UASC', line: 104, path: 'CHILD[3]/HEADER', cells: { CHILD: 'SYN003', SEX: '1', DOB: '20/11/2001', DUC: '20/11/2019' },
    });
    expect(r.rows.find((x) => x.table === 'OC3')).toMatchObject({ line: 106, cells: { IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'S1' } });
    expect(r.rows.find((x) => x.table === 'OC2')).toMatchObject({ line: 29, path: 'CHILD[1]/HEADER/OC2', cells: { SDQ_SCORE: '14', INTERVENTION_OFFERED: '' } });
    expect(r.rows.find((x) => x.table === 'PrevPerm')).toMatchObject({ line: 136, cells: { PREV_PERM: 'Z1', LA_PERM: '', DATE_PERM: '' } });
  });

  it('gives the element path a cell finding should name', async () => {
    const r = await readFixture('valid.xml');
    const ep = r.rows.filter((x) => x.table === 'Episodes')[2]!;
    expect(xmlFieldPath(ep, 'DECOM')).toBe('CHILD[2]/EPISODE[1]/DECOM');
    expect(xmlFieldPath(ep, 'PLACE')).toBe('CHILD[2]/EPISODE[1]/PL');
    expect(xmlFieldPath(ep, 'CHILD')).toBe('CHILD[2]/HEADER/CHILDID');
  });
});

describe('malformed fixtures: the exact finding and the children accounting', () => {
  it('an unclosed tag reports its child, at the line where the parent closes, naming the element', async () => {
    const r = await readFixture('unclosed-tag.xml');
    expect(brief(r)).toEqual([{ ruleId: 'xml-malformed', severity: 'error', line: 85, column: 'CHILD[2]/EPISODE[1]/REC' }]);
    expect(accounting(r)).toEqual({ read: 4, accepted: 3, reported: 1 });
    expect(r.rows.some((x) => x.cells['CHILD'] === 'SYN002')).toBe(false);
    expect(r.findings[0]!.file).toBe('xml/unclosed-tag.xml');
  });

  it('a truncated file reports the child it ends in', async () => {
    const r = await readFixture('truncated.xml');
    expect(brief(r)).toEqual([{ ruleId: 'xml-truncated', severity: 'error', line: 116, column: 'CHILD[3]/EPISODE[1]' }]);
    expect(accounting(r)).toEqual({ read: 3, accepted: 2, reported: 1 });
  });

  it('a wrong root is an error finding, and its children are still read', async () => {
    const r = await readFixture('wrong-root.xml');
    expect(brief(r)).toEqual([{ ruleId: 'xml-wrong-root', severity: 'error', line: 3, column: 'SSDA903Return' }]);
    expect(accounting(r)).toEqual({ read: 4, accepted: 4, reported: 0 });
  });

  it('an unknown element is a warning and is skipped; its child is used', async () => {
    const r = await readFixture('unknown-element.xml');
    expect(brief(r)).toEqual([{ ruleId: 'xml-unknown-element', severity: 'warning', line: 85, column: 'CHILD[2]/EPISODE[1]/FAVOURITE_COLOUR' }]);
    expect(accounting(r)).toEqual({ read: 4, accepted: 4, reported: 0 });
    expect(r.rows.filter((x) => x.table === 'Episodes').every((x) => !('FAVOURITE_COLOUR' in x.cells))).toBe(true);
  });

  it('DECOM directly under CHILD is a misplaced element; the child is reported', async () => {
    const r = await readFixture('decom-outside-episode.xml');
    expect(brief(r)).toEqual([{ ruleId: 'xml-misplaced-element', severity: 'error', line: 110, column: 'CHILD[3]/DECOM' }]);
    expect(accounting(r)).toEqual({ read: 4, accepted: 3, reported: 1 });
  });

  it('a windows-1252 file that says so decodes £ with no finding', async () => {
    const r = await readFixture('windows-1252.xml');
    expect(r.findings).toEqual([]);
    expect(accounting(r)).toEqual({ read: 4, accepted: 4, reported: 0 });
    expect(r.rows.find((x) => x.table === 'Episodes')!.cells['REASON_PLACE_CHANGE']).toBe('OTHER£');
  });

  it('windows-1252 declared over UTF-8 bytes: read as UTF-8, with a finding at the first non-ASCII line', async () => {
    const r = await readFixture('windows-1252-declared-utf8-bytes.xml');
    expect(brief(r)).toEqual([{ ruleId: 'xml-encoding', severity: 'error', line: 2, column: null }]);
    expect(r.rows.find((x) => x.table === 'Episodes')!.cells['REASON_PLACE_CHANGE']).toBe('OTHER£');
    expect(accounting(r)).toEqual({ read: 4, accepted: 4, reported: 0 });
  });

  it('UTF-8 declared over windows-1252 bytes: the bad bytes read as windows-1252, with a finding', async () => {
    const r = await readFixture('utf8-declared-1252-bytes.xml');
    expect(brief(r)).toEqual([{ ruleId: 'xml-encoding', severity: 'error', line: 2, column: null }]);
    expect(r.rows.find((x) => x.table === 'Episodes')!.cells['REASON_PLACE_CHANGE']).toBe('OTHER£');
  });

  it('an unsupported encoding is a finding; the ASCII content is still read', async () => {
    const r = await readFixture('unsupported-encoding.xml');
    expect(brief(r)).toEqual([{ ruleId: 'xml-encoding', severity: 'error', line: 1, column: null }]);
    expect(r.findings[0]!.value).toBe('EBCDIC-XYZ');
    expect(accounting(r)).toEqual({ read: 4, accepted: 4, reported: 0 });
  });

  it('UTF-16 with a byte-order mark reads like the UTF-8 original', async () => {
    const r = await readFixture('utf16.xml');
    const base = await readFixture('windows-1252.xml');
    expect(r.findings).toEqual([]);
    expect(r.rows).toEqual(base.rows);
  });

  it('an XML file that is not a 903 return is an InputError', async () => {
    await expect(readFixture('not-a-return.xml')).rejects.toBeInstanceOf(InputError);
  });
});

describe('other broken input', () => {
  const wrap = (children: string) => `<?xml version="1.0"?>\n<EXPSSDA903>\n${children}</EXPSSDA903>\n`;
  const child = (id: string, inner = '') =>
    `<CHILD><HEADER><CHILDID>${id}</CHILDID><UPN/><SEX>1</SEX><DOB>01/01/2010</DOB><ETHNIC>WBRI</ETHNIC><UASC>0</UASC>${inner}</HEADER></CHILD>\n`;

  it('a missing file is an InputError naming the relative path', async () => {
    const read = readFixture('no-such-file.xml');
    await expect(read).rejects.toBeInstanceOf(InputError);
    await expect(read).rejects.toThrow('xml/no-such-file.xml cannot be read (ENOENT).');
  });

  it('empty, whitespace-only and non-XML files are InputErrors', async () => {
    await expect(readBytes('')).rejects.toBeInstanceOf(InputError);
    await expect(readBytes('\n  \n')).rejects.toBeInstanceOf(InputError);
    await expect(readBytes('CHILD,DECOM\n1,01/01/2020\n')).rejects.toBeInstanceOf(InputError);
    await expect(readBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]))).rejects.toBeInstanceOf(InputError);
  });

  it('a CHILD left open before the next CHILD: that child is reported, the next is read', async () => {
    const xml = wrap(child('A').replace('</CHILD>', '') + child('B') + child('C'));
    const r = await readBytes(xml);
    expect(accounting(r)).toEqual({ read: 3, accepted: 2, reported: 1 });
    expect(brief(r)[0]).toEqual({ ruleId: 'xml-malformed', severity: 'error', line: 3, column: 'CHILD[1]' });
    expect(r.rows.filter((x) => x.table === 'Header').map((x) => x.cells['CHILD'])).toEqual(['B', 'C']);
  });

  it('a namespace prefix on every element is tolerated', async () => {
    const xml = `<ns:EXPSSDA903 xmlns:ns="urn:x"><ns:CHILD><ns:HEADER><ns:CHILDID>A</ns:CHILDID></ns:HEADER></ns:CHILD></ns:EXPSSDA903>`;
    const r = await readBytes(xml);
    expect(r.findings).toEqual([]);
    expect(r.rows.map((x) => x.cells['CHILD'])).toEqual(['A']);
  });

  it('a duplicated single element reports the child; an out-of-order one is a warning', async () => {
    const dup = await readBytes(wrap(child('A', '<OC2/><OC2/>')));
    expect(brief(dup)).toEqual([{ ruleId: 'xml-duplicate-element', severity: 'error', line: 3, column: 'CHILD[1]/HEADER/OC2' }]);
    expect(accounting(dup)).toEqual({ read: 1, accepted: 0, reported: 1 });
    const order = await readBytes(wrap('<CHILD><HEADER><UPN/><CHILDID>A</CHILDID></HEADER></CHILD>\n'));
    expect(brief(order)).toEqual([{ ruleId: 'xml-element-order', severity: 'warning', line: 3, column: 'CHILD[1]/HEADER/CHILDID' }]);
    expect(accounting(order)).toEqual({ read: 1, accepted: 1, reported: 0 });
  });

  it('a CHILD with no HEADER or no CHILDID cannot be identified and is reported', async () => {
    const r = await readBytes(wrap('<CHILD><EPISODE><DECOM>01/01/2020</DECOM></EPISODE></CHILD>\n<CHILD><HEADER><SEX>1</SEX></HEADER></CHILD>\n'));
    expect(brief(r)).toEqual([
      { ruleId: 'xml-missing-element', severity: 'error', line: 3, column: 'CHILD[1]' },
      { ruleId: 'xml-missing-element', severity: 'error', line: 4, column: 'CHILD[2]/HEADER' },
    ]);
    expect(accounting(r)).toEqual({ read: 2, accepted: 0, reported: 2 });
  });

  it('a value is read the same whatever the chunk boundaries (a £ split across chunks)', async () => {
    const bytes = Buffer.from(wrap(child('A').replace('<UPN/>', '<UPN>£x</UPN>')), 'utf8');
    const whole = await readBytes(bytes);
    for (const size of [1, 2, 3, 7]) {
      const cut = await readBytes(bytes, size);
      expect(cut.rows).toEqual(whole.rows);
      expect(cut.findings).toEqual([]);
    }
    expect(whole.rows[0]!.cells['UPN']).toBe('£x');
  });

  it('text directly inside an element that holds only elements is a warning; the child is used', async () => {
    const r = await readBytes(wrap('<CHILD><HEADER><CHILDID>A</CHILDID></HEADER>stray</CHILD>\n'));
    expect(brief(r)).toEqual([{ ruleId: 'xml-unexpected-text', severity: 'warning', line: 3, column: 'CHILD[1]' }]);
    expect(accounting(r)).toEqual({ read: 1, accepted: 1, reported: 0 });
  });

  it('entities and CDATA are decoded in values', async () => {
    const r = await readBytes(wrap(child('A&amp;B').replace('<UPN/>', '<UPN><![CDATA[x<y]]></UPN>')));
    expect(r.rows[0]!.cells).toMatchObject({ CHILD: 'A&B', UPN: 'x<y' });
  });

  describe('recovery: one broken place costs one child', () => {
    const valid = fixtureBytes('valid.xml').toString('utf8');

    it('a stray close tag: only its child is reported, with one finding; later children are read', async () => {
      const r = await readBytes(valid.replace('<RNE>S</RNE>', '<RNE>S</RNE></FOO>'));
      expect(brief(r)).toEqual([{ ruleId: 'xml-malformed', severity: 'error', line: 44, column: 'CHILD[1]/EPISODE[1]' }]);
      expect(r.findings[0]!.message).toContain('</FOO>');
      expect(accounting(r)).toEqual({ read: 4, accepted: 3, reported: 1 });
      expect(r.rows.filter((x) => x.table === 'Episodes').length).toBe(5);
    });

    it('the last child without </CHILD>: reported at the root close tag', async () => {
      const r = await readBytes(valid.replace(/  <\/CHILD>\n<\/EXPSSDA903>/, '</EXPSSDA903>'));
      expect(brief(r)).toEqual([{ ruleId: 'xml-malformed', severity: 'error', line: 163, column: 'CHILD[4]' }]);
      expect(accounting(r)).toEqual({ read: 4, accepted: 3, reported: 1 });
    });

    it('two returns joined in one file: one finding, every child read', async () => {
      const r = await readBytes(valid + valid.replace(/^<\?xml[^>]*>\n/, ''));
      expect(brief(r)).toEqual([{ ruleId: 'xml-malformed', severity: 'error', line: 166, column: null }]);
      expect(accounting(r)).toEqual({ read: 8, accepted: 8, reported: 0 });
    });

    it('a file cut between children: no child lost, a file-level truncation finding', async () => {
      const r = await readBytes(valid.slice(0, valid.indexOf('  <CHILD>', valid.indexOf('</CHILD>'))));
      expect(brief(r)).toEqual([{ ruleId: 'xml-truncated', severity: 'error', line: 67, column: null }]);
      expect(accounting(r)).toEqual({ read: 1, accepted: 1, reported: 0 });
    });
  });
});
