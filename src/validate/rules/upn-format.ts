import { defineRule } from '../rule.js';

/** Not a UPN. A UPN is 13 characters: a check letter, 11 digits and a digit (permanent) or letter (temporary); or a placeholder UN1–UN5. */
export const upnFormat = defineRule({
  id: 'upn-format',
  severity: 'error',
  stage: 'cell',
  title: 'Not a UPN',
  description: 'A UPN is 13 characters: a check letter, 11 digits and a digit (permanent) or letter (temporary); or a placeholder UN1–UN5.',
  remedy: 'Correct the UPN, or use the UN code that says why it is not known.',
  rejectsRow: true,
  tables: 'all',
});
