/**
 * Privacy check for aggregate outputs (outputs.md, Privacy: never a UPN, CHILD id or date of birth).
 * The caller passes the identifiers of the children in the input; each is searched for as a whole
 * token (not inside a longer run of letters or digits), case-insensitively. A date of birth given
 * as `yyyy-mm-dd` or `dd/mm/yyyy` is searched for in both forms (and as `dd-mm-yyyy`).
 * The error names the kind and the position, never the identifier itself (it must not leak into logs).
 */
import { ERRORS } from './messages.js';

export interface IdentifierHit {
  kind: 'UPN' | 'date of birth' | 'identifier';
  index: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const UK = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const UPN = /^[A-Z]\d{11}[0-9A-Z]$/i;

/** The forms in which an identifier could appear in an output. */
export function identifierForms(id: string): { kind: IdentifierHit['kind']; forms: string[] } {
  const s = id.trim();
  const iso = s.match(ISO);
  const uk = s.match(UK);
  if (iso || uk) {
    const [y, m, d] = iso ? [iso[1]!, iso[2]!, iso[3]!] : [uk![3]!, uk![2]!, uk![1]!];
    return { kind: 'date of birth', forms: [`${y}-${m}-${d}`, `${d}/${m}/${y}`, `${d}-${m}-${y}`] };
  }
  return { kind: UPN.test(s) ? 'UPN' : 'identifier', forms: s ? [s] : [] };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every place an identifier occurs in `text` as a whole token, in order of position. */
export function findIdentifiers(text: string, identifiers: readonly string[]): IdentifierHit[] {
  const hits: IdentifierHit[] = [];
  for (const id of identifiers) {
    const { kind, forms } = identifierForms(id);
    for (const f of forms) {
      const re = new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(f)}(?![A-Za-z0-9])`, 'gi');
      for (const m of text.matchAll(re)) hits.push({ kind, index: m.index });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** Throws if any identifier occurs in `text`. */
export function assertNoIdentifiers(text: string, identifiers: readonly string[]): void {
  const hits = findIdentifiers(text, identifiers);
  if (hits.length > 0) throw new Error(ERRORS.identifierFound(hits[0]!.kind, hits[0]!.index, hits.length));
}
