import { defineRule } from '../rule.js';

/** UPN check letter wrong. The first character of a UPN is a check letter computed from the other twelve (DfE UPN guide); it does not match, so the UPN was mistyped. */
export const upnCheckLetter = defineRule({
  id: 'upn-check-letter',
  severity: 'error',
  stage: 'cell',
  title: 'UPN check letter wrong',
  description: 'The first character of a UPN is a check letter computed from the other twelve (DfE UPN guide); it does not match, so the UPN was mistyped.',
  remedy: "Correct the UPN from the school's records.",
  rejectsRow: true,
  tables: 'all',
});
