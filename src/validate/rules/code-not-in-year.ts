import { defineRule } from '../rule.js';

/** Code not valid in this return year. The code exists but not in this return year (retired: H5, P2, Z1 from 2026; new: K3 from 2025, Z11–Z14 from 2026). */
export const codeNotInYear = defineRule({
  id: 'code-not-in-year',
  severity: 'error',
  stage: 'cell',
  title: 'Code not valid in this return year',
  description: 'The code exists but not in this return year (retired: H5, P2, Z1 from 2026; new: K3 from 2025, Z11–Z14 from 2026).',
  remedy: 'Record the placement with the code of the return year (e.g. Z11–Z14 instead of Z1 from 2026, K3 instead of H5).',
  rejectsRow: true,
  tables: 'all',
});
