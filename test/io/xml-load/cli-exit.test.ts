/**
 * The built CLI on folders of XML returns: exit 0 when clean, 1 on error-level findings (a bad cell,
 * broken XML, an XML file that is not a return), 2 when a return's year cannot be known; stdout holds
 * the one result, stderr the accounting.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XML_INGEST, runCli } from './helpers.js';

const folder = (name: string) => join(XML_INGEST, name);

describe('cla-analyse on XML returns (built CLI)', () => {
  it('validate exits 0 on a clean return, with its per-file accounting on stderr (--verbose)', () => {
    const r = runCli(['validate', folder('clean'), '--json', '--verbose']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).ok).toBe(true);
    expect(r.stderr).toContain('903/855/2024/ssda903_2024.xml [SSDA903 XML return LA 855 2024]: 21 = 21 + 0');
  });

  it.each([
    ['bad-cell', 'code-invalid', '903/855/2024/ssda903_2024.xml:76:CHILD[2]/EPISODE[1]/PLACE'],
    ['broken', 'xml-malformed', '903/855/2024/ssda903_2024.xml:85:CHILD[2]/EPISODE[1]/REC'],
    ['not-a-return', 'file-unrecognised-table', '903/855/2024/other-collection.xml'],
  ])('validate exits 1 on %s (%s), naming the place', (name, ruleId, where) => {
    const r = runCli(['validate', folder(name)]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain(`${where} error [${ruleId}]`);
  });

  it('--fail-on turns a clean run with info findings into exit 1 only at info', () => {
    expect(runCli(['validate', folder('clean'), '--fail-on', 'warning']).code).toBe(0);
    expect(runCli(['validate', folder('clean'), '--fail-on', 'info']).code).toBe(1);
  });

  it('exits 2 when the return year is nowhere, with the remedy on stderr and nothing on stdout', () => {
    for (const command of ['validate', 'link']) {
      const r = runCli([command, folder('no-year')]);
      expect(r.code, command).toBe(2);
      expect(r.stdout, command).toBe('');
      expect(r.stderr, command).toMatch(/return\.xml: no return year/);
      expect(r.stderr, command).toMatch(/--year 2024/);
    }
    expect(runCli(['validate', folder('no-year'), '--la', '855', '--year', '2024']).code).toBe(0);
  });

  it('report runs on an XML return', () => {
    const r = runCli(['report', folder('clean'), '--la', '855', '--year', '2024', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
  });

  it('rules lists every xml-* rule', () => {
    const r = runCli(['rules', '--json']);
    expect(r.code).toBe(0);
    const rules = JSON.parse(r.stdout) as Array<{ id: string }>;
    expect(rules.map((x) => x.id).filter((id) => id.startsWith('xml-')).sort()).toEqual([
      'xml-duplicate-element', 'xml-element-order', 'xml-encoding', 'xml-malformed', 'xml-misplaced-element', 'xml-missing-element',
      'xml-too-many-findings', 'xml-truncated', 'xml-unexpected-text', 'xml-unknown-element', 'xml-wrong-root',
    ]);
  });
});
