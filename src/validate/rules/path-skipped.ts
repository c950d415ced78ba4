import { defineRule } from '../rule.js';

/**
 * A path discovery could not follow: a symbolic link to nothing, or a link back to a folder above it
 * (a loop; links are otherwise followed once). Reported, never skipped silently.
 */
export const pathSkipped = defineRule({
  id: 'path-skipped', severity: 'warning', stage: 'file', title: 'Path not followed',
  description: 'Symbolic links are followed once; a link whose target is missing, or that leads back to a folder above it, is reported and not read.',
  remedy: 'Repair or remove the link, or copy the files it should point at into the folder.', rejectsRow: false, tables: 'all',
});
