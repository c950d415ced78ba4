import type { Finding, RuleId, Severity } from '../../domain/finding.js';

/**
 * Every message the XML reader gives, in one place. Findings point at file, line and element path;
 * they never quote element text (it may be an id, a UPN or a date of birth), only element names.
 */
export interface XmlPlace { file: string; line: number | null; path: string | null }

const finding = (ruleId: RuleId, severity: Severity, at: XmlPlace, message: string, remedy: string, value: string | null = null): Finding =>
  ({ ruleId, severity, table: null, file: at.file, line: at.line, column: at.path, value, message, remedy });

const REEXPORT = 'Export the return again from the case management system, or fix the file in a text editor at the line given.';

export const xmlFindings = {
  /** Broken XML syntax (saxes reported it); the child it sits in is not used. */
  malformed: (at: XmlPlace, detail: string, inChild: boolean, further: number) =>
    finding('xml-malformed', 'error', at,
      `The XML is not well formed here: ${detail}${further > 0 ? ` (and ${further} further problem${further === 1 ? '' : 's'} in the same child)` : ''}.` +
        (inChild ? ' This child is not used.' : ''),
      REEXPORT),

  /** A CHILD opened before the previous one was closed. */
  childNotClosed: (at: XmlPlace) =>
    finding('xml-malformed', 'error', at,
      'This CHILD has no closing </CHILD> before the next <CHILD> begins. This child is not used.',
      'Add the missing </CHILD>, or export the return again.'),

  /** The file ends inside an element. */
  truncated: (at: XmlPlace, inChild: boolean) =>
    finding('xml-truncated', 'error', at,
      inChild
        ? 'The file ends inside this element: it looks cut short. This child is not used, and any children after it are missing.'
        : 'The file ends before the closing </EXPSSDA903>: it looks cut short, so children after the last complete one may be missing.',
      'Copy or export the file again and check it is complete (it should end with </EXPSSDA903>).'),

  wrongRoot: (at: XmlPlace, rootName: string) =>
    finding('xml-wrong-root', 'error', at,
      `The root element is <${rootName}>, not <EXPSSDA903>. The CHILD elements inside it were read as an SSDA903 return.`,
      'Check this is the SSDA903 (children looked after) return; the DfE XML return starts with <EXPSSDA903>.', rootName),

  unknownElement: (at: XmlPlace, name: string) =>
    finding('xml-unknown-element', 'warning', at,
      `<${name}> is not an element of the SSDA903 return; it and its content were skipped.`,
      'If this element holds data you need, check the return year and schema; otherwise nothing needs doing.', name),

  misplacedElement: (at: XmlPlace, name: string, parent: string) =>
    finding('xml-misplaced-element', 'error', at,
      `<${name}> cannot sit directly inside <${parent}> in the SSDA903 schema; it was not read, so this child is not used.`,
      `Move <${name}> into the element it belongs to (for example DECOM inside an EPISODE), or export the return again.`, name),

  duplicateElement: (at: XmlPlace, name: string, parent: string) =>
    finding('xml-duplicate-element', 'error', at,
      `<${name}> appears more than once in this <${parent}>; the schema allows one, so this child is not used.`,
      `Keep one <${name}> in each <${parent}>.`, name),

  elementOrder: (at: XmlPlace, name: string, parent: string) =>
    finding('xml-element-order', 'warning', at,
      `<${name}> is out of the schema's order inside <${parent}>. It was read, but the DfE's validation will reject the file.`,
      'Export the return again from the case management system, which writes the elements in schema order.', name),

  unexpectedText: (at: XmlPlace, parent: string) =>
    finding('xml-unexpected-text', 'warning', at,
      `Text found directly inside <${parent}>, which holds only elements; it was ignored.`,
      'Remove the stray text, or check that an element tag around it was not lost.'),

  missingElement: (at: XmlPlace, name: string, parent: string) =>
    finding('xml-missing-element', 'error', at,
      `This <${parent}> has no <${name}>, so the child cannot be identified and is not used.`,
      `Add the <${name}> element (every CHILD needs a HEADER with a CHILDID).`, name),

  encodingMismatch: (at: XmlPlace, declared: string, actual: string) =>
    finding('xml-encoding', 'error', at,
      `The file declares encoding "${declared}" but its bytes are ${actual}; it was read as ${actual}. Check accented letters and symbols such as £.`,
      `Save the file again with the encoding it declares, or correct the declaration to encoding="${actual === 'UTF-8' ? 'UTF-8' : 'windows-1252'}".`,
      declared),

  unsupportedEncoding: (at: XmlPlace, declared: string) =>
    finding('xml-encoding', 'error', at,
      `The encoding "${declared}" is not supported; the file was read as UTF-8 (invalid bytes as windows-1252). Letters outside plain ASCII may be wrong.`,
      'Save the file as UTF-8 (or windows-1252) and set the XML declaration to match.', declared),

  tooManyFindings: (at: XmlPlace, omitted: number) =>
    finding('xml-too-many-findings', 'warning', at,
      `${omitted} further XML problems outside any child were not listed.`,
      'Fix the problems listed, then run again to see the rest.'),
};
