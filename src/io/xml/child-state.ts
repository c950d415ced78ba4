import { appendAll, type Finding, type RuleId } from '../../domain/finding.js';
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

/** A settled child: its findings; its rows when it is used, else how many rows it held (as far as read) and why not. */
export interface SettledChild {
  findings: Finding[];
  rows: XmlRow[] | null;
  /** When not used: the rows it would have made from what was read, and the rule id of its first error. */
  reported: { rows: number; ruleId: RuleId } | null;
}

/**
 * Settles a finished child. Pure: its findings always; its rows only when nothing in it is an error
 * (a child that cannot be identified, with no HEADER or no CHILDID, is an error too). A child not used
 * still has its rows counted, so that ingest can account for every row read (rows read = accepted + rejected).
 */
export function settleChild(child: ChildState, file: string): SettledChild {
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
  appendAll(findings, child.findings);
  const rows = rowsOfChild(read);
  if (!child.hasError) return { findings, rows, reported: null };
  const firstError = findings.find((f) => f.severity === 'error');
  return { findings, rows: null, reported: { rows: rows.length, ruleId: firstError?.ruleId ?? 'xml-malformed' } };
}
