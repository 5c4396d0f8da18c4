import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { PasswordHashing } from '../features/account/auth';

const derive = promisify(scrypt) as (
  password: string,
  salt: string,
  length: number,
  options: object,
) => Promise<Buffer>;
// A sixteenth of the server's work factor: ~6 ms instead of ~0.19 s of CPU per sign-up or sign-in.
const COST = { N: 1024, r: 16, p: 1 };

/**
 * scrypt at a low cost, for the server tests' apps. Those tests sign up some 700 people; at the real cost
 * that was a third of their CPU time. account.test.ts keeps the real hashing, so that path is tested too.
 */
export const quickPassword: PasswordHashing = {
  async hash(password) {
    const salt = randomBytes(16).toString('hex');
    return `${salt}:${(await derive(password.normalize('NFKC'), salt, 64, COST)).toString('hex')}`;
  },
  async verify({ hash, password }) {
    const [salt, key] = hash.split(':');
    if (!salt || !key) return false;
    const derived = await derive(password.normalize('NFKC'), salt, 64, COST);
    const stored = Buffer.from(key, 'hex');
    return stored.length === derived.length && timingSafeEqual(derived, stored);
  },
};
