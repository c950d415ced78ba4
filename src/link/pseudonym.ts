/**
 * Keyed pseudonyms for pupil-level exports (outputs.md, Privacy): HMAC-SHA256 of the id under a
 * secret key, 16 hex characters. The same key gives the same pseudonym (so exports of several years
 * join); without the key nobody can go back to the id. No key, no export.
 */
import { createHmac } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { UsageError } from '../errors.js';

export const KEY_VARIABLE = 'CLA_ANALYSE_KEY';

export function pseudonym(key: string, kind: 'upn' | 'child', id: string): string {
  return createHmac('sha256', key).update(`${kind}:${id}`).digest('hex').slice(0, 16);
}

/** The key from --key-file or the environment; refuses to go on without one (pupil-level data). */
export function resolveKey(keyFile: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  let key: string | undefined;
  if (keyFile) {
    if (!existsSync(keyFile)) throw new UsageError(`key file not found: ${keyFile}`, 'give a file holding the secret pseudonymisation key');
    if (statSync(keyFile).isDirectory()) throw new UsageError(`--key-file ${keyFile} is a folder`, 'give the file holding the secret pseudonymisation key, not its folder');
    key = readFileSync(keyFile, 'utf8').trim();
  } else key = env[KEY_VARIABLE]?.trim();
  if (!key) throw new UsageError('pupil-level export needs a pseudonymisation key, and none was given',
    `set ${KEY_VARIABLE} to a secret of at least 16 characters, or pass --key-file <file>; keep the same key to join exports`);
  if (key.length < 16) throw new UsageError('the pseudonymisation key is shorter than 16 characters', 'use a longer secret (e.g. 32 random characters)');
  return key;
}
