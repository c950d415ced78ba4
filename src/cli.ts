#!/usr/bin/env -S node --max-old-space-size=8192
/**
 * Entry point: parses the command line, runs one command, and maps errors to exit codes. This is the
 * only place that exits: 0 success, 1 error-level findings, 2 usage/config/unreadable input, 3 a bug,
 * 4 out of memory or disk.
 */
import { Command, CommanderError, Option } from 'commander';
import { CliError, ConfigError, EnvironmentError, UsageError, classifyError } from './errors.js';
import { makeIo, type Io } from './cli/io.js';
import { VERSION } from './cli/version.js';
import { lazy } from './cli/lazy.js';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { registerMoreCommands } from './cli/commands/more.js';
import { failOnOption, parseCount, parseLa, parseReturnYear } from './cli/parsers.js';
import { YEAR_FORMS_HELP } from './domain/years.js';

// commands are loaded when they run (src/cli/lazy.ts): --version and --help load none of them
const validateCommand = lazy(() => import('./cli/commands/validate.js'), 'validateCommand');
const rulesCommand = lazy(() => import('./cli/commands/rules.js'), 'rulesCommand');

function storeRootOf(g: { store?: string | false }): string {
  if (typeof g.store === 'string') return resolve(g.store);
  if (process.env.CLA_ANALYSE_STORE) return resolve(process.env.CLA_ANALYSE_STORE);
  const cache = process.env.XDG_CACHE_HOME && isAbsolute(process.env.XDG_CACHE_HOME) ? process.env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(cache, 'cla-analyse');
}

async function storeCommand(io: Io, what: 'list' | 'clear', root: string, json: boolean): Promise<number> {
  const { clearStore, listStore } = await import('./store/store.js');
  if (what === 'clear') { const n = clearStore(root); io.out(`removed ${n} folder(s) from the store ${root}\n`); return 0; }
  const entries = listStore(root);
  if (json) { io.out(JSON.stringify({ store: root, entries }, null, 2) + '\n'); return 0; }
  io.out(`store: ${root}\n`);
  if (!entries.length) io.out('  (empty)\n');
  for (const e of entries) io.out(`  ${e.folder}  ${e.files} files  ${(e.bytes / 1048576).toFixed(1)} MB  ${e.createdAt}${e.usable ? '' : '  (damaged: rebuilt on next use)'}\n`);
  return 0;
}

process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); });

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('cla-analyse')
    .description('Links SSDA903 returns with pupil files, validates them, and reports DfE education measures for children looked after.')
    .version(VERSION)
    .option('--no-color', 'no colour in messages')
    .option('--debug', 'show stack traces of internal errors')
    .option('-q, --quiet', 'print only errors on stderr (no progress, no summary, no "wrote" lines)')
    .option('-v, --verbose', 'row accounting per file and each stage\'s time on stderr')
    .option('--store <path>', 'folder of the validated store (default CLA_ANALYSE_STORE, else ~/.cache/cla-analyse): later commands over unchanged files reuse it')
    .option('--no-store', 'read and validate the files on every run; keep nothing in the store')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });

  program.command('validate').argument('<folder>', 'folder holding the exported CSV/XML files')
    .description('check every input file and report findings with file, line, column, rule and remedy')
    .option('--json', 'findings as one JSON document on stdout')
    // report, link and benchmark take --format: a user who types it here gets what they meant
    .addOption(new Option('--format <format>', 'json (the same as --json) or text (the default)').choices(['json', 'text']))
    .option('--la <la>', 'LA of 903 files whose path does not say it', parseLa)
    .option('--year <year>', `return year of 903 files whose path does not say it: ${YEAR_FORMS_HELP}`, parseReturnYear)
    .addOption(failOnOption())
    .addOption(new Option('--max-findings <n>', 'at most this many findings per rule in --json').argParser(parseCount).default(1000, '1000'))
    .action(async (folder: string, o) => setExit(await validateCommand(io, { folder, json: !!o.json || o.format === 'json', la: o.la, year: o.year, failOn: o.failOn, maxFindings: o.maxFindings })));

  program.command('rules').description('list every validation rule').option('--json', 'as JSON')
    .action(async (o) => setExit(await rulesCommand(io, { json: !!o.json })));

  registerMoreCommands(program, io, setExit);

  const store = program.command('store').description('the validated store (parsed tables and findings kept for later commands; it holds personal data)');
  store.command('list').description('every folder kept in the store, with its size').option('--json', 'as JSON')
    .action(async (o) => setExit(await storeCommand(io, 'list', storeRootOf(program.opts()), !!o.json)));
  store.command('clear').description('remove everything kept in the store')
    .action(async () => setExit(await storeCommand(io, 'clear', storeRootOf(program.opts()), false)));

  // the commands that read a folder use the store unless --no-store (or CLA_ANALYSE_NO_STORE=1)
  program.hook('preAction', async (_program, action) => {
    if (!['validate', 'link', 'report', 'model', 'benchmark'].includes(action.name())) return;
    const { checkStorePlace, useStore } = await import('./store/store.js');
    const g = program.opts();
    if (g.store === false || process.env.CLA_ANALYSE_NO_STORE === '1') { useStore(null); return; }
    const root = storeRootOf(g);
    const out = action.opts().out as string | undefined;
    if (out) checkStorePlace(root, { out });
    useStore(root);
  });
  return program;
}

async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  const io = makeIo({ noColor: argv.includes('--no-color'), quiet: argv.includes('--quiet') || argv.includes('-q'), verbose: argv.includes('--verbose') || argv.includes('-v') });
  let code = 0;
  const program = buildProgram(io, (c) => { code = c; });
  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (e instanceof ConfigError) {
      io.err(`${io.color.red('configuration error')}: ${e.message}\n${e.issues.map((i) => `  ${i}\n`).join('')}${e.remedy ? `remedy: ${e.remedy}\n` : ''}`);
      return 2;
    }
    if (e instanceof CliError) {
      io.err(`${io.color.red(e instanceof UsageError ? 'usage error' : e instanceof EnvironmentError ? 'file-system error' : 'input error')}: ${e.message}\n${e.remedy ? `remedy: ${e.remedy}\n` : ''}`);
      return e.exitCode;
    }
    const known = classifyError(e);
    if (known) {
      io.err(`${io.color.red(known.kind)}: ${known.message}\nremedy: ${known.remedy}\n`);
      if (debug) io.err(`${(e as Error).stack}\n`);
      return known.exitCode;
    }
    io.err(`internal error in cla-analyse ${VERSION} (a bug: please report it with the command you ran): ${(e as Error).message}\n`);
    if (debug) io.err(`${(e as Error).stack}\n`);
    return 3;
  }
}

main(process.argv).then((code) => { process.exitCode = code; });
