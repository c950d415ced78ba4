import { defineRule } from '../rule.js';

/** A UPN written with lower-case letters is read in upper case (UPNs are upper case), with this warning. */
export const upnLowerCase = defineRule({
  id: 'upn-lower-case', severity: 'warning', stage: 'cell', title: 'UPN in lower case',
  description: 'UPN letters are upper case; a UPN written in lower case is read as its upper-case form so it still links.',
  remedy: 'Export UPNs in upper case (DfE validators reject lower case).', rejectsRow: false, tables: 'all',
});
