import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { InputError } from '../../errors.js';
import { appendAll, type Finding } from '../../domain/finding.js';
import type { ReadGroup } from './child-rows.js';
import { addChildFinding, addChildSyntaxError, newChildState, settleChild, type ChildState } from './child-state.js';
import {
  CHILD_SPEC, HEADER_SPEC, KNOWN_ELEMENT_NAMES, ROOT_SPEC, isReturnRootName, localNameOf, type ElementSpec,
} from './schema-903.js';
import { xmlFindings, type XmlPlace } from './xml-findings.js';
import type { XmlReadResult, XmlRow } from './xml-row.js';

/** One open element. Our own stack: it follows the document even where saxes' stack has lost its way. */
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
  /** Set when saxes popped this element for a close tag of another name: the line of that close tag. */
  closedUnmatchedAt: number | null;
}


const MAX_FILE_LEVEL_SYNTAX_FINDINGS = 50;
/** Fields hold no elements; they share this (never written: a field's children are skipped before counting). */
const NO_CHILDREN: Map<string, number> = new Map();
const UNCLOSED = 'this element has no closing tag before the element around it closes';
/** Saxes hands an unmatched close tag back as text; it was reported as a syntax error already. */
const STRAY_CLOSE_TAGS = /<\/[^>]*>/g;

/**
 * The SSDA903 XML return as a state machine over saxes events: text in, rows and findings out, no I/O
 * (readXmlReturn feeds it from a file). It holds one child at a time, so memory does not grow with the
 * file. A child is passed on only when its XML is whole; otherwise it is counted as reported, with a
 * finding, so that read = accepted + reported always holds.
 *
 * Two saxes behaviours shape it. Saxes reports a mismatched close tag only after the close event, so
 * close events are applied at the next event that is not an error (`flushPops`). And on a close tag
 * that matches no open element (a stray `</X>`) saxes pops every open element, root included; we put
 * them back on our stack and from then on close elements by name ourselves (`recoverFromStrayClose`),
 * so one stray tag costs one child, not every child after it.
 */
export class ReturnParser {
  private readonly sax = new SaxesParser({ xmlns: false, position: true });
  private readonly stack: Frame[] = [];
  private readonly findings: Finding[] = [];
  /** Close events not yet applied: saxes says whether one matched only in the error event that follows it. */
  private readonly pops: Frame[] = [];
  private current: ChildState | null = null;
  private startLine = 1;
  private childCount = 0;
  private accepted = 0;
  private reported = 0;
  private rowsReported = 0;
  private readonly reportedBy: Record<string, number> = {};
  private rootSeen = false;
  private wrongRoot: string | null = null;
  private ending = false;
  private sawContent = false;
  private fileLevelSyntax = 0;
  /** Saxes' stack no longer matches the document (after a stray close tag); ours does. */
  private desynced = false;
  private secondRootReported = false;

  constructor(private readonly file: string, private readonly onRow: (row: XmlRow) => void) {
    this.sax.on('opentagstart', () => { this.startLine = this.sax.line; });
    this.sax.on('opentag', (tag) => { this.flushPops(); this.openTag(tag); });
    this.sax.on('closetag', () => this.closeTag());
    this.sax.on('text', (text) => { this.flushPops(); this.text(text); });
    this.sax.on('cdata', (text) => { this.flushPops(); this.text(text); });
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
    this.flushPops();
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
      addChildFinding(this.current, xmlFindings.truncated({ file: this.file, line: lastLine, path: innermost.path }, true));
      this.finish(this.current);
    } else if (this.stack.length > 0) {
      this.findings.push(xmlFindings.truncated({ file: this.file, line: lastLine, path: null }, false));
    }
    if (this.fileLevelSyntax > MAX_FILE_LEVEL_SYNTAX_FINDINGS) {
      this.findings.push(xmlFindings.tooManyFindings({ file: this.file, line: null, path: null }, this.fileLevelSyntax - MAX_FILE_LEVEL_SYNTAX_FINDINGS));
    }
    return {
      findings: this.findings, childrenRead: this.childCount, childrenAccepted: this.accepted, childrenReported: this.reported,
      rowsReported: this.rowsReported, rowsReportedBy: this.reportedBy, la: null, year: null,
    };
  }

  private place(line: number, path: string | null): XmlPlace { return { file: this.file, line, path }; }

  private openTag(tag: SaxesTagPlain): void {
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
      } else if (isReturnRootName(name)) {
        // a second return joined on after the first: its children are read too (the syntax finding says so)
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
      addChildFinding(this.current, xmlFindings.childNotClosed(this.place(this.current.line, this.current.path)));
      this.finish(this.current);
    }
    this.childCount += 1;
    const child = newChildState(this.childCount, line);
    this.current = child;
    this.push({ name: 'CHILD', spec: CHILD_SPEC, path: child.path, line, child, group: null, isChildElement: true });
  }

  private push(f: Pick<Frame, 'name' | 'spec' | 'path' | 'line' | 'child' | 'group'> & { isChildElement?: boolean }): void {
    // Built field by field, one shape for every frame: a spread here made each push several times slower.
    const frame: Frame = {
      name: f.name, spec: f.spec, path: f.path, line: f.line, text: '', seen: f.spec?.kind === 'group' ? new Map() : NO_CHILDREN,
      lastOrder: -1, child: f.child, group: f.group, isChildElement: f.isChildElement === true, reportedText: false, closedUnmatchedAt: null,
    };
    this.stack.push(frame);
  }

  private closeTag(): void {
    const frame = this.stack.pop();
    if (frame !== undefined) this.pops.push(frame);
  }

  /** Applies the close events seen so far; a mismatched one means its element had no closing tag. */
  private flushPops(): void {
    if (this.pops.length === 0) return;
    for (const frame of this.pops) {
      if (frame.closedUnmatchedAt !== null) this.syntaxAt(frame.child, this.place(frame.closedUnmatchedAt, frame.path || null), UNCLOSED);
      this.applyClose(frame);
    }
    this.pops.length = 0;
  }

  private applyClose(frame: Frame): void {
    const child = frame.child;
    if (child === null || child.finished) return;
    if (frame.spec?.kind === 'field') {
      if (frame.group !== null) frame.group.fields.set(frame.name, frame.text);
      else child.read.headerFields.set(frame.name, { value: frame.text, line: frame.line });
    }
    if (frame.isChildElement) this.finish(child);
  }

  /**
   * Saxes met `</name>` with no open element of that name and popped every open element. Those pops are
   * undone; then, if our stack has the element (saxes lost it in an earlier stray close), it is closed
   * here, the elements above it counted as unclosed; otherwise the close tag itself is the stray one.
   */
  private recoverFromStrayClose(qualifiedName: string): void {
    // saxes popped innermost first, so the latest pop is the outermost: push back from the latest
    while (this.pops.length > 0 && this.pops[this.pops.length - 1]!.closedUnmatchedAt !== null) {
      const frame = this.pops.pop()!;
      frame.closedUnmatchedAt = null;
      this.stack.push(frame);
    }
    this.flushPops();
    this.desynced = true;
    const name = localNameOf(qualifiedName);
    let at = this.stack.length - 1;
    while (at >= 0 && this.stack[at]!.name !== name) at--;
    if (at < 0) {
      const top = this.stack[this.stack.length - 1];
      this.syntaxAt(top?.child ?? null, this.place(this.sax.line, top?.path || null), `closing tag </${qualifiedName}> has no start tag`);
      return;
    }
    while (this.stack.length - 1 > at) {
      const unclosed = this.stack.pop()!;
      this.syntaxAt(unclosed.child, this.place(this.sax.line, unclosed.path || null), UNCLOSED);
      this.applyClose(unclosed);
    }
    this.applyClose(this.stack.pop()!);
  }

  private text(text: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined || top.spec === null) return;
    if (top.spec.kind === 'field') {
      top.text += text;
    } else if (!top.reportedText && /\S/.test(text.replace(STRAY_CLOSE_TAGS, ''))) {
      top.reportedText = true;
      this.report(top.child, xmlFindings.unexpectedText(this.place(this.sax.line, top.path || top.name), top.name));
    }
  }

  private syntaxError(err: Error): void {
    const detail = err.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '').replace(/\.$/, '');
    // At the end saxes lists each unclosed element; end() reports the truncation once, with its place.
    if (this.ending && /^(unclosed tag|unexpected end|document must contain a root)/.test(detail)) return;
    if (detail === 'unexpected close tag') {
      const last = this.pops[this.pops.length - 1];
      if (last !== undefined) last.closedUnmatchedAt = this.sax.line;
      return;
    }
    const stray = detail.match(/^unmatched closing tag: (.*)$/);
    if (stray) {
      this.recoverFromStrayClose(stray[1]!);
      return;
    }
    // After a stray close tag saxes says these of every later element and text; we still know where we are.
    if (detail === 'documents may contain only one root') {
      if (this.desynced || this.secondRootReported) return;
      this.secondRootReported = true;
      this.syntaxAt(null, this.place(this.sax.line, null), 'a second root element starts here (two returns joined into one file?); its children were read too');
      return;
    }
    if (detail === 'text data outside of root node') {
      if (!this.desynced) this.syntaxAt(null, this.place(this.sax.line, null), 'text outside the root element');
      return;
    }
    const top = this.stack[this.stack.length - 1];
    const closedChild = this.pops.some((p) => p.isChildElement && p.child === this.current);
    this.syntaxAt(closedChild ? null : this.current, this.place(this.sax.line, top?.path || null), detail);
  }

  /** A syntax error inside a child is held by it (the child is then not used); outside, it goes to the file. */
  private syntaxAt(child: ChildState | null, at: XmlPlace, detail: string): void {
    if (child !== null) {
      if (!child.finished) addChildSyntaxError(child, at, detail);
      return; // a child already reported: this is an echo of its problem
    }
    this.fileLevelSyntax += 1;
    if (this.fileLevelSyntax <= MAX_FILE_LEVEL_SYNTAX_FINDINGS) this.findings.push(xmlFindings.malformed(at, detail, false, 0));
  }

  /** A finding inside a child stays with it (an error stops the child being used); outside, it goes to the file. */
  private report(child: ChildState | null, f: Finding): void {
    if (child !== null && !child.finished) addChildFinding(child, f);
    else this.findings.push(f);
  }

  private finish(child: ChildState): void {
    if (child.finished) return;
    child.finished = true;
    if (this.current === child) this.current = null;
    const { findings, rows, reported } = settleChild(child, this.file);
    appendAll(this.findings, findings);
    if (rows === null) {
      this.reported += 1;
      if (reported !== null && reported.rows > 0) {
        this.rowsReported += reported.rows;
        this.reportedBy[reported.ruleId] = (this.reportedBy[reported.ruleId] ?? 0) + reported.rows;
      }
      return;
    }
    this.accepted += 1;
    for (const row of rows) this.onRow(row);
  }
}
