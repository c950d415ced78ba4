/** The commands beyond validate and rules: synth, link, report, model, benchmark. */
import type { Command } from 'commander';
import type { Io } from '../io.js';

export interface Parsers { parseYear(v: string): number; parseLa(v: string): string }

export function registerMoreCommands(_program: Command, _io: Io, _setExit: (c: number) => void, _p: Parsers): void {}
