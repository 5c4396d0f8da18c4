import type { FastifyRequest } from 'fastify';
import { CLOSE_CODES, type CloseCode } from '../../core/protocol';
import type { Db } from '../db/client';
import type { Auth } from '../features/account/auth';
import { currentSession } from '../features/account/session';
import { type MeetingRow, meetingAccess } from '../features/groups/access';
import type { Identity } from './connection';
import { guestByToken } from './guests.repo';
import { findMeeting } from './repo';

/** The guest's secret rides in this httpOnly cookie, scoped to the meeting's path. */
export const GUEST_COOKIE = 'kring_guest';

export type Admission = { identity: Identity; meeting: MeetingRow } | { close: CloseCode };

/**
 * Who may open a meeting's socket: a member of its group who accepted the current ground rules, or a
 * guest with a token for this meeting who was not refused. Non-members learn only "not found".
 */
export async function authenticate(
  deps: { db: Db; auth: Auth },
  request: FastifyRequest,
  meetingId: string,
): Promise<Admission> {
  const session = await currentSession(deps.auth, request);
  const user = session?.user;
  if (session && user) {
    const access = await meetingAccess(deps.db, user.id, meetingId);
    if (access) {
      if (!access.acceptedCurrentRules) return { close: CLOSE_CODES.forbidden };
      const { sessionId } = session;
      const identity: Identity = {
        kind: 'member',
        userId: user.id,
        name: user.name,
        groupRole: access.role,
        sessionId,
      };
      return { identity, meeting: access.meeting };
    }
  }
  const token = guestToken(request.headers.cookie);
  if (token) {
    const guest = await guestByToken(deps.db, meetingId, token);
    const meeting = guest ? await findMeeting(deps.db, meetingId) : null;
    if (guest && meeting) {
      if (guest.status === 'refused') return { close: CLOSE_CODES.forbidden };
      return { identity: { kind: 'guest', userId: guest.userId, name: guest.name }, meeting };
    }
  }
  return { close: user ? CLOSE_CODES.notFound : CLOSE_CODES.unauthenticated };
}

function guestToken(cookie: string | undefined): string | null {
  const match = cookie?.match(new RegExp(`(?:^|;\\s*)${GUEST_COOKIE}=([A-Za-z0-9_-]+)`));
  return match?.[1] ?? null;
}
