import { defineRule } from '../rule.js';

/** Temporary UPN. A temporary UPN (ending in a letter) is replaced by a permanent one later; linkage may miss this child. */
export const upnTemporary = defineRule({
  id: 'upn-temporary',
  severity: 'info',
  stage: 'cell',
  title: 'Temporary UPN',
  description: 'A temporary UPN (ending in a letter) is replaced by a permanent one later; linkage may miss this child.',
  remedy: 'Update the UPN when the permanent one is known.',
  rejectsRow: false,
  tables: 'all',
});
