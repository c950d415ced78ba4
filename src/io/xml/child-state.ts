import type { Finding } from '../../validate/finding.js';
import { rowsOfChild, type ReadChild } from './child-rows.js';
import { xmlFindings, type XmlPlace } from './xml-findings.js';
import type { XmlRow } from './xml-row.js';

/** One `<CHILD>` while it is read: what it held, and what is wrong with it. */
export interface ChildState {
  read: ReadChild;
  path: string;
  line: number;
  /** Syntax errors inside this child; the first one becomes its finding, the rest are counted in it. */
  syntax: Array<{ at: XmlPlace; detail: string }>;
  findings: Finding[];
  hasError: boolean;
  finished: boolean;
}

export function newChildState(index: number, line: number): ChildState {
  return {
    read: { index, headerLine: null, headerFields: new Map(), groups: [] },
    path: `CHILD[${index}]`, line, syntax: [], findings: [], hasError: false, finished: false,
  };
}

export function addChildFinding(child: ChildState, f: Finding): void {
  child.findings.push(f);
  if (f.severity === 'error') child.hasError = true;
}

export function addChildSyntaxError(child: ChildState, at: XmlPlace, detail: string): void {
  child.syntax.push({ at, detail });
  child.hasError = true;
}

/**
 * Settles a finished child. Pure: its findings always; its rows only when nothing in it is an error
 * (a child that cannot be identified, with no HEADER or no CHILDID, is an error too).
 */
export function settleChild(child: ChildState, file: string): { findings: Finding[]; rows: XmlRow[] | null } {
  const read = child.read;
  if (!child.hasError) {
    if (read.headerLine === null) {
      addChildFinding(child, xmlFindings.missingElement({ file, line: child.line, path: child.path }, 'HEADER', 'CHILD'));
    } else if (!read.headerFields.has('CHILDID')) {
      addChildFinding(child, xmlFindings.missingElement({ file, line: read.headerLine, path: `${child.path}/HEADER` }, 'CHILDID', 'HEADER'));
    }
  }
  const findings: Finding[] = [];
  const first = child.syntax[0];
  if (first !== undefined) findings.push(xmlFindings.malformed(first.at, first.detail, true, child.syntax.length - 1));
  findings.push(...child.findings);
  return { findings, rows: child.hasError ? null : rowsOfChild(read) };
}
