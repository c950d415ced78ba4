import { createReadStream } from 'node:fs';
import { InputError } from '../../errors.js';
import { ReturnParser } from './return-parser.js';
import { xmlFindings } from './xml-findings.js';
import { XmlTextDecoder, type DecodeIssue } from './xml-text-decoder.js';
import type { XmlReadResult, XmlRow } from './xml-row.js';

/**
 * Reads an SSDA903 return in the DfE XML format, streaming: the file is read in 64 KB chunks and only
 * one child is held at a time, so a national return of several hundred MB reads in bounded memory.
 * Each row goes to `onRow` as soon as its child is complete and whole. Broken XML gives findings (see
 * xml-findings.ts); a file that is not a 903 return at all gives an InputError.
 *
 * @param absPath the file to read
 * @param relPath the path findings name (relative to the input folder)
 */
export async function readXmlReturn(absPath: string, relPath: string, onRow: (row: XmlRow) => void): Promise<XmlReadResult> {
  try {
    return await readXmlChunks(createReadStream(absPath, { highWaterMark: 64 * 1024 }) as AsyncIterable<Buffer>, relPath, onRow);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'EPERM') {
      throw new InputError(`${relPath} cannot be read (${code}).`, relPath, 'Check the file exists and can be read.');
    }
    throw e;
  }
}

/** The same over any sequence of byte chunks (tests feed buffers cut at chosen places). */
export async function readXmlChunks(
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>, relPath: string, onRow: (row: XmlRow) => void,
): Promise<XmlReadResult> {
  const parser = new ReturnParser(relPath, onRow);
  const decoder = new XmlTextDecoder();
  const feed = ({ text, issues }: { text: string; issues: DecodeIssue[] }): void => {
    for (const issue of issues) parser.addFinding(encodingFinding(relPath, issue, parser.line + newlinesBefore(text, issue.textOffset)));
    parser.write(text);
  };
  for await (const chunk of chunks) feed(decoder.decode(chunk));
  feed(decoder.end());
  return parser.end();
}

function newlinesBefore(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function encodingFinding(file: string, issue: DecodeIssue, line: number) {
  const at = { file, line, path: null };
  return issue.kind === 'unsupported' ? xmlFindings.unsupportedEncoding(at, issue.declared) : xmlFindings.encodingMismatch(at, issue.declared, issue.actual);
}
