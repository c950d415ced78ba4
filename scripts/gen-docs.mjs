// Writes the generated reference pages (src/docs/generate.ts) into docs/. Run by `npm run docs`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedDocs } from '../dist/docs/generate.js';

const repo = join(import.meta.dirname, '..');
for (const [path, text] of Object.entries(generatedDocs())) {
  writeFileSync(join(repo, path), text);
  console.log(`wrote ${path}`);
}
