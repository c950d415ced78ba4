// Writes the generated reference pages (src/docs/generate.ts) into docs/ and the JSON Schemas into schemas/. Run by `npm run docs`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generatedDocs } from '../dist/docs/generate.js';

const repo = join(import.meta.dirname, '..');
for (const [path, text] of Object.entries(generatedDocs(repo))) {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
  console.log(`wrote ${path}`);
}
