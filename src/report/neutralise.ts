/**
 * Spreadsheet formula neutralisation (outputs.md, Privacy; OWASP "CSV injection"): a TEXT cell that
 * begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so Excel,
 * LibreOffice or Sheets show it as text instead of running it. Numbers are never passed here: a
 * number such as -0.35 is written as a number and stays one.
 */
const DANGEROUS_START = /^[=+\-@\t\r]/;

export function neutraliseText(s: string): string {
  return DANGEROUS_START.test(s) ? `'${s}` : s;
}

export function isDangerousText(s: string): boolean {
  return DANGEROUS_START.test(s);
}
