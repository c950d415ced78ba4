/** `cla-analyse validate <folder>`: findings as data, row accounting, exit 1 on error-level findings. */
import { closeDb, openDb } from '../../io/duck.js';
import { validateFolder } from '../../store/validate-folder.js';
import type { FailOn } from '../../validate/finding.js';
import type { Io } from '../io.js';
import { failsAt, finishRun, printFindings } from '../summary.js';
import { VERSION } from '../version.js';

export interface ValidateOptions { folder: string; json: boolean; la?: string; year?: number; failOn: FailOn; maxFindings: number }

export async function validateCommand(io: Io, o: ValidateOptions): Promise<number> {
  const db = await openDb({ input: o.folder });
  try {
    io.stage('reading and checking the files');
    const v = await validateFolder(db, { folder: o.folder, la: o.la, year: o.year });
    io.endStage();
    const failing = failsAt(v.findings, o.failOn);
    if (o.json) {
      const byRule = new Map<string, number>();
      const kept = v.findings.filter((f) => { const n = (byRule.get(f.ruleId) ?? 0) + 1; byRule.set(f.ruleId, n); return n <= o.maxFindings; });
      const counts = Object.fromEntries([...byRule].sort());
      io.out(JSON.stringify({ tool: 'cla-analyse', version: VERSION, command: 'validate', ok: !failing, findingCounts: counts,
        findingsTruncated: kept.length < v.findings.length, findings: kept, files: v.files }, null, 2) + '\n');
    } else {
      printFindings(io, v.findings);
    }
    return finishRun(io, v.files, v.findings, o.failOn);
  } finally {
    closeDb(db);
  }
}
