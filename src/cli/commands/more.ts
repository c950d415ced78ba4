/** The commands beyond validate and rules: synth, link, report, model, benchmark. */
import { Option, type Command } from 'commander';
import type { Io } from '../io.js';
import { linkCommand } from './link.js';

export interface Parsers { parseYear(v: string): number; parseLa(v: string): string }

export function registerMoreCommands(program: Command, io: Io, setExit: (c: number) => void, p: Parsers): void {
  program.command('link').argument('<folder>', 'folder holding the exported files')
    .description('link 903 children to pupil records on UPN; summary by LA and year; optionally export the pseudonymised factor table')
    .option('--json', 'the summary as one JSON document on stdout')
    .addOption(new Option('--export <format>', 'write the factor table').choices(['csv', 'parquet', 'duckdb']))
    .option('--out <dir>', 'folder for --export', '.')
    .option('--key-file <file>', 'file holding the pseudonymisation key (instead of CLA_ANALYSE_KEY)')
    .option('--la <la>', 'LA of 903 files whose path does not say it', p.parseLa)
    .option('--year <year>', 'return year of 903 files whose path does not say it', p.parseYear)
    .action(async (folder: string, o) => setExit(await linkCommand(io, { folder, json: !!o.json, export: o.export, out: o.out, keyFile: o.keyFile, la: o.la, year: o.year })));
}
