import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../src/report/render-csv.js';
import { renderHtml } from '../../src/report/render-html.js';
import { renderJson } from '../../src/report/render-json.js';
import { renderMarkdown } from '../../src/report/render-md.js';
import { assertNoIdentifiers, findIdentifiers, identifierForms } from '../../src/report/privacy.js';
import { sampleDocument } from './sample-document.js';

const UPN = 'A123456789012';
const CHILD = 'CH000417';

describe('assertNoIdentifiers', () => {
  it('finds UPNs (any case), CHILD ids and dates of birth in both forms', () => {
    expect(findIdentifiers(`row ${UPN.toLowerCase()} end`, [UPN])).toEqual([{ kind: 'UPN', index: 4 }]);
    expect(findIdentifiers(`x,${CHILD},y`, [CHILD])).toEqual([{ kind: 'identifier', index: 2 }]);
    expect(findIdentifiers('born 03/11/2009.', ['2009-11-03'])).toEqual([{ kind: 'date of birth', index: 5 }]);
    expect(findIdentifiers('born 2009-11-03', ['03/11/2009'])).toEqual([{ kind: 'date of birth', index: 5 }]);
    expect(findIdentifiers('born 03-11-2009', ['2009-11-03'])).toHaveLength(1);
    expect(identifierForms('2009-11-03').forms).toEqual(['2009-11-03', '03/11/2009', '03-11-2009']);
  });

  it('matches whole tokens only', () => {
    expect(findIdentifiers('CH0004170 and XCH000417', [CHILD])).toEqual([]);
    expect(findIdentifiers('12009-11-03', ['2009-11-03'])).toEqual([]);
    expect(findIdentifiers('', [CHILD, ''])).toEqual([]);
  });

  it('throws naming the kind and position, never the identifier', () => {
    expect(() => assertNoIdentifiers(`ok ${UPN}`, [UPN])).toThrow(/UPN\) at character 3/);
    try {
      assertNoIdentifiers(`ok ${UPN}`, [UPN]);
    } catch (e) {
      expect((e as Error).message).not.toContain(UPN);
    }
    expect(() => assertNoIdentifiers('clean text', [UPN, CHILD, '2009-11-03'])).not.toThrow();
  });

  it('the sample outputs carry no identifier of the (synthetic) children', async () => {
    const ids = [UPN, CHILD, '2009-11-03', '01/09/2010'];
    const doc = sampleDocument();
    for (const text of [renderMarkdown(doc), renderCsv(doc), renderJson(doc), await renderHtml(doc)]) assertNoIdentifiers(text, ids);
    // and the helper does catch one if a renderer leaked it
    doc.sections[0]!.intro = `Child ${CHILD} was born 01/09/2010`;
    expect(() => assertNoIdentifiers(renderMarkdown(doc), ids)).toThrow(/identifier|date of birth/);
  });
});
