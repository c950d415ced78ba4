// Writes one section of BENCHMARKS.md (replacing the section of the same title), so every figure there
// comes from the script that measured it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { spawnSync } from 'node:child_process';

/** The commit measured (figures belong to the code that produced them). */
function commit() {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : 'unknown';
}

export function machineLine(command) {
  return `Measured by \`${command}\` at commit ${commit()} on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average at the end ${loadavg()[0].toFixed(1)}.`;
}

export function writeSection(title, body, file = 'BENCHMARKS.md') {
  const text = `## ${title}\n\n${body.trimEnd()}\n`;
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\nEvery figure here is written by a script in scripts/; rerun it to refresh.\n';
  const marker = `## ${title}\n`;
  const start = previous.indexOf(marker);
  let next;
  if (start >= 0) {
    const end = previous.indexOf('\n## ', start + marker.length);
    next = previous.slice(0, start) + text + (end >= 0 ? previous.slice(end) : '');
  } else next = previous.trimEnd() + '\n\n' + text;
  writeFileSync(file, next);
}
