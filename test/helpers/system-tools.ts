/**
 * The system programs the browser and PDF tests need: Debian's Chromium (stack notes §8) and
 * poppler-utils (pdfinfo, pdftotext, pdftoppm). When one is missing and the test runs as root (CI's
 * container), it is installed with apt-get once; otherwise the caller skips with the reason returned.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';
const PACKAGES: Record<string, string> = { [CHROMIUM]: 'chromium', '/usr/bin/pdftotext': 'poppler-utils', '/usr/bin/pdfinfo': 'poppler-utils' };

/** null when every program is present (after installing them as root if needed), else why the test is skipped. */
export function ensureSystemTools(paths: string[]): string | null {
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length === 0) return null;
  const pkgs = [...new Set(missing.map((p) => PACKAGES[p] ?? p))];
  if (typeof process.getuid !== 'function' || process.getuid() !== 0)
    return `${missing.join(', ')} missing and this user is not root: run "apt-get update && apt-get install -y ${pkgs.join(' ')}" to run this test.`;
  execSync(`apt-get update && apt-get install -y ${pkgs.join(' ')}`, { stdio: 'ignore', timeout: 280_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const still = paths.filter((p) => !existsSync(p));
  return still.length ? `apt-get did not install ${still.join(', ')}.` : null;
}
