// `node --import ./test/helpers/trace-imports.mjs dist/cli.js …` appends the URL of every module the
// run imports to the file named by CLA_TRACE_IMPORTS (used by the start-up test in test/cli/cli.test.ts)
import { register } from 'node:module';
register(new URL('./trace-imports-hooks.mjs', import.meta.url));
