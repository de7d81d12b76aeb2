import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { InstallationKey } from '../../src/config/config.js';

/**
 * Seals one Slack installation (it holds the bot token) with AES-256-GCM before it reaches
 * Redis. The stored text is `pivot-enc:v1:<key id>:<iv>:<tag>:<ciphertext>` (base64url parts):
 * the key id beside the ciphertext lets a new key be put first in PIVOT_INSTALLATION_KEYS
 * while records sealed with an older one still open. The Redis key is the additional
 * authenticated data, so a record copied under another workspace's key does not open.
 */

const PREFIX = 'pivot-enc:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class InstallationCryptoError extends Error {
  override readonly name = 'InstallationCryptoError';
}

export function isSealed(stored: string): boolean {
  return stored.startsWith(PREFIX);
}

/** The key id a sealed record names, or undefined when it is not sealed. */
export function keyIdOf(stored: string): string | undefined {
  return isSealed(stored) ? stored.slice(PREFIX.length).split(':')[0] : undefined;
}

/** Seals with the first key of the ring: the current one. */
export function seal(keys: readonly InstallationKey[], plaintext: string, aad: string): string {
  const current = keys[0];
  if (!current) throw new InstallationCryptoError('No installation key is configured (PIVOT_INSTALLATION_KEYS).');
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', current.key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return `${PREFIX}${current.id}:${iv.toString('base64url')}:${cipher.getAuthTag().toString('base64url')}:${body.toString('base64url')}`;
}

/** Opens a sealed record; any change to it, its key id or the Redis key it sits under is refused. */
export function open(keys: readonly InstallationKey[], stored: string, aad: string): string {
  if (!isSealed(stored)) throw new InstallationCryptoError('The record is not sealed.');
  const parts = stored.slice(PREFIX.length).split(':');
  const [id, iv, tag, body] = parts;
  if (parts.length !== 4 || !id || !iv || !tag || body === undefined) throw new InstallationCryptoError('The sealed record is malformed.');
  const key = keys.find((k) => k.id === id);
  if (!key) throw new InstallationCryptoError(`The record is sealed with key id "${id}", which PIVOT_INSTALLATION_KEYS does not hold: add that key back (after the current one).`);
  const ivBytes = Buffer.from(iv, 'base64url');
  const tagBytes = Buffer.from(tag, 'base64url');
  if (ivBytes.length !== IV_BYTES || tagBytes.length !== TAG_BYTES) throw new InstallationCryptoError('The sealed record is malformed.');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.key, ivBytes, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(tagBytes);
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    // GCM says only "unable to authenticate": a changed record and a wrong key look the same.
    throw new InstallationCryptoError(`The record does not authenticate with key id "${id}": it was altered, or that id now names a different key.`);
  }
}
