import { defineRule } from '../rule.js';

/** UPN placeholder. UN1–UN5 say why no UPN is recorded; the child cannot be linked to pupil records. */
export const upnPlaceholder = defineRule({
  id: 'upn-placeholder',
  severity: 'info',
  stage: 'cell',
  title: 'UPN placeholder',
  description: 'UN1–UN5 say why no UPN is recorded; the child cannot be linked to pupil records.',
  remedy: 'Record the UPN when it is known (UN4, UN5) so the child can be linked.',
  rejectsRow: false,
  tables: ['Header'],
});
