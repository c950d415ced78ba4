/**
 * Unique Pupil Number checks (DfE "Unique Pupil Numbers (UPN): a guide for schools and local
 * authorities", check letter algorithm). A UPN is 13 characters: a check letter, then 12 characters.
 * Permanent: letter + 12 digits. Temporary: letter + 11 digits + a letter from the same alphabet.
 */
export const CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

export type UpnKind = 'permanent' | 'temporary' | 'placeholder' | 'blank' | 'malformed' | 'bad_check_letter';

export const UPN_PLACEHOLDERS: Record<string, string> = {
  UN1: 'child not yet of school age',
  UN2: 'never attended an English maintained school',
  UN3: 'educated outside England',
  UN4: 'newly looked after, UPN not yet known',
  UN5: 'sources of the UPN disagree',
};

/** The check letter the 12 characters after the first should carry, or null if they are not of UPN form. */
export function expectedCheckLetter(upn: string): string | null {
  if (upn.length !== 13) return null;
  let sum = 0;
  for (let i = 1; i < 13; i++) {
    const ch = upn[i]!;
    let value: number;
    if (ch >= '0' && ch <= '9') value = ch.charCodeAt(0) - 48;
    else if (i === 12) {
      value = CHECK_LETTERS.indexOf(ch);
      if (value < 0) return null;
    } else return null;
    sum += value * (i + 1);
  }
  return CHECK_LETTERS[sum % 23]!;
}

/** Classifies a UPN as written in a file (trimmed, upper-cased first). */
export function classifyUpn(raw: string | null | undefined): UpnKind {
  const upn = (raw ?? '').trim().toUpperCase();
  if (upn === '') return 'blank';
  if (upn in UPN_PLACEHOLDERS) return 'placeholder';
  if (!/^[A-Z][0-9]{11}[0-9A-Z]$/.test(upn)) return 'malformed';
  const expected = expectedCheckLetter(upn);
  if (expected === null) return 'malformed';
  if (upn[0] !== expected) return 'bad_check_letter';
  return /[0-9]$/.test(upn) ? 'permanent' : 'temporary';
}

/** Gives a 12-character body its check letter (used by the synthetic generator and tests). */
export function withCheckLetter(body12: string): string {
  const letter = expectedCheckLetter('A' + body12);
  if (letter === null) throw new Error('UPN body must be 11 digits then a digit or check-alphabet letter');
  return letter + body12;
}
