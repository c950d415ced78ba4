import { defineRule } from '../rule.js';

/** A sub-folder holding cla-analyse-output.json is the tool's own output (an --out inside the input): not read back. */
export const folderOwnOutput = defineRule({
  id: 'folder-own-output', severity: 'info', stage: 'file', title: "The tool's own output folder",
  description: 'A folder holding cla-analyse-output.json holds outputs written by cla-analyse (--out); its files are reports, not inputs, so it is skipped.',
  remedy: 'Nothing to do; to avoid the note, write --out outside the input folder.', rejectsRow: false, tables: 'all',
});
