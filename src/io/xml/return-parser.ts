import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { InputError } from '../../errors.js';
import type { Finding } from '../../validate/finding.js';
import { rowsOfChild, type ReadChild, type ReadGroup } from './child-rows.js';
import {
  CHILD_SPEC, HEADER_SPEC, KNOWN_ELEMENT_NAMES, ROOT_SPEC, isReturnRootName, localNameOf, type ElementSpec,
} from './schema-903.js';
import { xmlFindings, type XmlPlace } from './xml-findings.js';
import type { XmlReadResult, XmlRow } from './xml-row.js';

/** One open element, mirroring saxes' own stack exactly (push on open, pop on close). */
interface Frame {
  name: string;
  /** null: an element we skip (unknown, misplaced, duplicate) together with everything inside it. */
  spec: ElementSpec | null;
  path: string;
  line: number;
  text: string;
  seen: Map<string, number>;
  lastOrder: number;
  child: ChildState | null;
  /** The row this frame's fields fill; null for HEADER fields, which go to the child. */
  group: ReadGroup | null;
  isChildElement: boolean;
  reportedText: boolean;
}

interface ChildState {
  read: ReadChild;
  path: string;
  line: number;
  /** Syntax errors saxes reported inside this child; the first becomes the finding. */
  malformed: XmlPlace[];
  malformedDetail: string;
  findings: Finding[];
  hasError: boolean;
  finished: boolean;
}

const MAX_FILE_LEVEL_SYNTAX_FINDINGS = 50;

/**
 * The SSDA903 XML return as a state machine over saxes events: text in, rows and findings out, no I/O
 * (readXmlReturn feeds it from a file). It holds one child at a time, so memory does not grow with the
 * file. A child is passed on only when its XML is whole; otherwise it is counted as reported, with a
 * finding, so that read = accepted + reported always holds.
 */
export class ReturnParser {
  private readonly sax = new SaxesParser({ xmlns: false, position: true });
  private readonly stack: Frame[] = [];
  private readonly findings: Finding[] = [];
  private current: ChildState | null = null;
  /** A child just closed: saxes reports a close-tag error only after the close event, so wait one event. */
  private pending: ChildState | null = null;
  private lastPopped: Frame | null = null;
  private startLine = 1;
  private childCount = 0;
  private accepted = 0;
  private reported = 0;
  private rootSeen = false;
  private wrongRoot: string | null = null;
  private ending = false;
  private sawContent = false;
  private fileLevelSyntax = 0;

  constructor(private readonly file: string, private readonly onRow: (row: XmlRow) => void) {
    this.sax.on('opentagstart', () => { this.startLine = this.sax.line; });
    this.sax.on('opentag', (tag) => this.openTag(tag));
    this.sax.on('closetag', (tag) => this.closeTag(tag));
    this.sax.on('text', (text) => this.text(text));
    this.sax.on('cdata', (text) => this.text(text));
    this.sax.on('error', (err) => this.syntaxError(err));
  }

  /** The line saxes will read next: where the next written text starts. */
  get line(): number { return this.sax.line; }

  write(text: string): void {
    if (!this.sawContent) {
      const firstSignificant = text.search(/\S/);
      if (firstSignificant >= 0) {
        this.sawContent = true;
        if (text[firstSignificant] !== '<') {
          throw new InputError(`${this.file} is not an XML file (it does not start with "<").`, this.file,
            'Give the SSDA903 return as the DfE XML file, or as the CSV tables.');
        }
      }
    }
    this.sax.write(text);
  }

  /** A file-level finding from outside the XML syntax (the decoder's encoding findings). */
  addFinding(f: Finding): void { this.findings.push(f); }

  end(): XmlReadResult {
    if (!this.sawContent) throw new InputError(`${this.file} is empty.`, this.file, 'Check the file was exported completely.');
    const lastLine = this.sax.line;
    this.ending = true;
    this.sax.close();
    this.settlePending();
    if (!this.rootSeen) {
      throw new InputError(`${this.file} holds no XML element, so it is not an SSDA903 return.`, this.file,
        'Give the SSDA903 return as the DfE XML file, or as the CSV tables.');
    }
    if (this.wrongRoot !== null && this.childCount === 0) {
      throw new InputError(`${this.file} is an XML file with root <${this.wrongRoot}> and no CHILD elements: it is not an SSDA903 return.`,
        this.file, 'Give the SSDA903 return (root element EXPSSDA903), or leave this file out of the input folder.');
    }
    if (this.current !== null) {
      const innermost = this.stack[this.stack.length - 1]!;
      this.childFinding(this.current, xmlFindings.truncated({ file: this.file, line: lastLine, path: innermost.path }, true));
      this.finish(this.current);
    } else if (this.stack.length > 0) {
      this.findings.push(xmlFindings.truncated({ file: this.file, line: lastLine, path: null }, false));
    }
    if (this.fileLevelSyntax > MAX_FILE_LEVEL_SYNTAX_FINDINGS) {
      this.findings.push(xmlFindings.tooManyFindings({ file: this.file, line: null, path: null }, this.fileLevelSyntax - MAX_FILE_LEVEL_SYNTAX_FINDINGS));
    }
    return {
      findings: this.findings, childrenRead: this.childCount, childrenAccepted: this.accepted, childrenReported: this.reported,
      la: null, year: null,
    };
  }

  private place(line: number, path: string | null): XmlPlace { return { file: this.file, line, path }; }

  private openTag(tag: SaxesTagPlain): void {
    this.settlePending();
    const name = localNameOf(tag.name);
    const line = this.startLine;
    const top = this.stack[this.stack.length - 1];

    // A CHILD is counted wherever it turns up once the root is open (nested in a child left unclosed, or
    // inside an unknown wrapper), so that no child is lost without being counted.
    if (name === 'CHILD' && this.rootSeen) {
      this.startChild(line);
      return;
    }
    if (top === undefined) {
      if (!this.rootSeen) {
        this.rootSeen = true;
        if (!isReturnRootName(name)) {
          this.wrongRoot = name;
          this.findings.push(xmlFindings.wrongRoot(this.place(line, name), name));
        }
        this.push({ name, spec: ROOT_SPEC, path: '', line, child: null, group: null });
      } else {
        this.report(null, xmlFindings.unknownElement(this.place(line, name), name));
        this.push({ name, spec: null, path: name, line, child: null, group: null });
      }
      return;
    }
    const child = top.child;
    if (top.spec === null) {
      this.push({ name, spec: null, path: `${top.path}/${name}`, line, child, group: null });
      return;
    }
    const placeHere = (path: string): XmlPlace => this.place(line, path);
    const skippedPath = top.path === '' ? name : `${top.path}/${name}`;
    if (top.spec.kind === 'field') {
      this.report(child, xmlFindings.misplacedElement(placeHere(skippedPath), name, top.name));
      this.push({ name, spec: null, path: skippedPath, line, child, group: null });
      return;
    }
    const order = top.spec.children.findIndex((c) => c.name === name);
    if (order < 0) {
      const f = KNOWN_ELEMENT_NAMES.has(name)
        ? xmlFindings.misplacedElement(placeHere(skippedPath), name, top.name)
        : xmlFindings.unknownElement(placeHere(skippedPath), name);
      this.report(child, f);
      this.push({ name, spec: null, path: skippedPath, line, child, group: null });
      return;
    }
    const spec = top.spec.children[order]!;
    const repeats = spec.kind === 'group' && spec.repeats;
    const count = (top.seen.get(name) ?? 0) + 1;
    top.seen.set(name, count);
    const path = repeats ? `${top.path}/${name}[${count}]` : skippedPath;
    if (count > 1 && !repeats) {
      this.report(child, xmlFindings.duplicateElement(placeHere(path), name, top.name));
      this.push({ name, spec: null, path, line, child, group: null });
      return;
    }
    if (order < top.lastOrder) this.report(child, xmlFindings.elementOrder(placeHere(path), name, top.name));
    top.lastOrder = Math.max(top.lastOrder, order);

    let group = top.group;
    if (child !== null && spec.kind === 'group') {
      if (spec === HEADER_SPEC) child.read.headerLine = line;
      else if (spec.table !== null) {
        group = { table: spec.table, line, path, fields: new Map() };
        child.read.groups.push(group);
      }
    }
    this.push({ name, spec, path, line, child, group });
  }

  private startChild(line: number): void {
    if (this.current !== null) {
      this.childFinding(this.current, xmlFindings.childNotClosed(this.place(this.current.line, this.current.path)));
      this.finish(this.current);
    }
    this.childCount += 1;
    const path = `CHILD[${this.childCount}]`;
    const child: ChildState = {
      read: { index: this.childCount, headerLine: null, headerFields: new Map(), groups: [] },
      path, line, malformed: [], malformedDetail: '', findings: [], hasError: false, finished: false,
    };
    this.current = child;
    this.push({ name: 'CHILD', spec: CHILD_SPEC, path, line, child, group: null, isChildElement: true });
  }

  private push(f: Pick<Frame, 'name' | 'spec' | 'path' | 'line' | 'child' | 'group'> & { isChildElement?: boolean }): void {
    this.stack.push({ ...f, text: '', seen: new Map(), lastOrder: -1, isChildElement: f.isChildElement ?? false, reportedText: false });
  }

  private closeTag(_tag: SaxesTagPlain): void {
    this.settlePending();
    const frame = this.stack.pop();
    if (frame === undefined) return;
    this.lastPopped = frame;
    const child = frame.child;
    if (frame.spec?.kind === 'field' && child !== null && !child.finished) {
      if (frame.group !== null) frame.group.fields.set(frame.name, frame.text);
      else child.read.headerFields.set(frame.name, { value: frame.text, line: frame.line });
    }
    if (frame.isChildElement && child === this.current) {
      this.current = null;
      this.pending = child;
    }
  }

  private text(text: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined || top.spec === null) return;
    if (top.spec.kind === 'field') {
      top.text += text;
    } else if (!top.reportedText && /\S/.test(text)) {
      top.reportedText = true;
      this.report(top.child, xmlFindings.unexpectedText(this.place(this.sax.line, top.path || top.name), top.name));
    }
  }

  private syntaxError(err: Error): void {
    const detail = err.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '').replace(/\.$/, '');
    // At the end saxes lists each unclosed element; end() reports the truncation once, with its place.
    if (this.ending && /^(unclosed tag|unexpected end|document must contain a root)/.test(detail)) return;
    const aboutCloseTag = /^(unexpected close tag|unmatched closing tag)/.test(detail);
    if (aboutCloseTag && this.lastPopped?.child?.finished && this.pending === null) return; // an echo of a child already reported
    const target = aboutCloseTag && this.pending !== null ? this.pending : this.current;
    const top = this.stack[this.stack.length - 1];
    const path = aboutCloseTag && this.lastPopped !== null ? this.lastPopped.path : (top?.path ?? null);
    const at = this.place(this.sax.line, path === '' ? null : path);
    if (target !== null) {
      if (target.malformed.length === 0) target.malformedDetail = detail;
      target.malformed.push(at);
      target.hasError = true;
      return;
    }
    this.fileLevelSyntax += 1;
    if (this.fileLevelSyntax <= MAX_FILE_LEVEL_SYNTAX_FINDINGS) this.findings.push(xmlFindings.malformed(at, detail, false, 0));
  }

  /** A finding inside a child stays with it (an error stops the child being used); outside, it goes to the file. */
  private report(child: ChildState | null, f: Finding): void {
    if (child !== null && !child.finished) this.childFinding(child, f);
    else this.findings.push(f);
  }

  private childFinding(child: ChildState, f: Finding): void {
    child.findings.push(f);
    if (f.severity === 'error') child.hasError = true;
  }

  private settlePending(): void {
    if (this.pending !== null) {
      const child = this.pending;
      this.pending = null;
      this.finish(child);
    }
  }

  private finish(child: ChildState): void {
    if (child.finished) return;
    child.finished = true;
    if (this.current === child) this.current = null;
    const read = child.read;
    if (!child.hasError) {
      if (read.headerLine === null) this.childFinding(child, xmlFindings.missingElement(this.place(child.line, child.path), 'HEADER', 'CHILD'));
      else if (!read.headerFields.has('CHILDID')) {
        this.childFinding(child, xmlFindings.missingElement(this.place(read.headerLine, `${child.path}/HEADER`), 'CHILDID', 'HEADER'));
      }
    }
    if (child.malformed.length > 0) {
      this.findings.push(xmlFindings.malformed(child.malformed[0]!, child.malformedDetail, true, child.malformed.length - 1));
    }
    this.findings.push(...child.findings);
    if (child.hasError) {
      this.reported += 1;
      return;
    }
    this.accepted += 1;
    for (const row of rowsOfChild(read)) this.onRow(row);
  }
}
