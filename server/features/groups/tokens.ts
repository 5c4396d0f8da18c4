import { createHash, randomBytes } from 'node:crypto';

/** A random URL-safe secret (192 bits) for invite links and calendar feeds. */
export function newSecret(): string {
  return randomBytes(24).toString('base64url');
}

/** Secrets are stored only as their SHA-256, so a database leak does not hand out working links. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
