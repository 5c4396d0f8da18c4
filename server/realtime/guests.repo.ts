import { createHash, randomBytes, randomInt } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { meetingGuests, meetingJoinCodes, memberships, users } from '../db/schema/index';

/** Guests speak as `guest:<id>` so their ids can never collide with a user id. */
export const GUEST_PREFIX = 'guest:';
// No 0/O, 1/I/L: the code is read off a projector and typed on a phone.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const newCode = () =>
  Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

/** The meeting's join code, made on first request. */
export async function joinCodeFor(db: Db, meetingId: string): Promise<string> {
  const code = newCode();
  await db.insert(meetingJoinCodes).values({ meetingId, code }).onConflictDoNothing();
  const [row] = await db.select().from(meetingJoinCodes).where(eq(meetingJoinCodes.meetingId, meetingId));
  if (!row) throw new Error('join code not stored');
  return row.code;
}

/** The meeting a join code belongs to, or null. Codes are compared upper-case without spaces. */
export async function meetingOfCode(db: Db, code: string): Promise<string | null> {
  const normal = code.replace(/[\s-]/g, '').toUpperCase();
  const [row] = await db.select().from(meetingJoinCodes).where(eq(meetingJoinCodes.code, normal));
  return row?.meetingId ?? null;
}

/** A new join code for the meeting; the old one stops working at once. */
export async function rotateJoinCode(db: Db, meetingId: string): Promise<string> {
  const code = newCode();
  await db
    .insert(meetingJoinCodes)
    .values({ meetingId, code })
    .onConflictDoUpdate({ target: meetingJoinCodes.meetingId, set: { code, createdAt: new Date() } });
  return code;
}

/**
 * Whether a member of the group goes by this name (case and spacing ignored): a guest may not take it,
 * or they could pass for that member in the room.
 */
export async function isMemberName(db: Db, groupId: string, name: string): Promise<boolean> {
  const normal = (s: string) => s.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
  const rows = await db
    .select({ name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.groupId, groupId));
  return rows.some((r) => normal(r.name) === normal(name));
}

/** Registers a guest who accepted the confidentiality agreement; returns their secret token. */
export async function createGuest(db: Db, meetingId: string, displayName: string) {
  const id = randomBytes(12).toString('base64url');
  const token = randomBytes(32).toString('base64url');
  await db.insert(meetingGuests).values({
    id,
    meetingId,
    displayName,
    tokenHash: hash(token),
    acceptedConfidentialityAt: new Date(),
  });
  return { userId: `${GUEST_PREFIX}${id}`, token };
}

/** The guest a token stands for in this meeting, or null. */
export async function guestByToken(db: Db, meetingId: string, token: string) {
  const [row] = await db
    .select()
    .from(meetingGuests)
    .where(and(eq(meetingGuests.tokenHash, hash(token)), eq(meetingGuests.meetingId, meetingId)));
  return row ? { userId: `${GUEST_PREFIX}${row.id}`, name: row.displayName, status: row.status } : null;
}

/** Mirrors the chair's decision (the log is the truth) so a refused guest is turned away at connect. */
export async function setGuestStatus(db: Db, userId: string, admitted: boolean): Promise<void> {
  if (!userId.startsWith(GUEST_PREFIX)) return;
  await db
    .update(meetingGuests)
    .set({ status: admitted ? 'admitted' : 'refused' })
    .where(eq(meetingGuests.id, userId.slice(GUEST_PREFIX.length)));
}
