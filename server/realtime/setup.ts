import { and, asc, eq } from 'drizzle-orm';
import type { MeetingSetup } from '../../core/meeting/types';
import type { Db } from '../db/client';
import { meetingEvents, memberships } from '../db/schema/index';
import type { MeetingRow } from '../features/groups/access';

/** The setup row sits at seq 0, before the first event; loadEvents never returns it. */
const SETUP_SEQ = 0;
const SETUP_TYPE = '@setup';

/**
 * The meeting's setup, frozen into the log the first time its room opens, so a later edit of the
 * meeting (another chair in the rota) can never change what replaying the log gives.
 */
export async function frozenSetup(db: Db, meeting: MeetingRow): Promise<MeetingSetup> {
  const stored = await readSetup(db, meeting.id);
  if (stored) return stored;
  const setup = await setupFromMeeting(db, meeting);
  await db
    .insert(meetingEvents)
    .values({ meetingId: meeting.id, seq: SETUP_SEQ, type: SETUP_TYPE, payload: setup, at: new Date() })
    .onConflictDoNothing();
  // Another process may have frozen it first; theirs wins.
  return (await readSetup(db, meeting.id)) ?? setup;
}

async function readSetup(db: Db, meetingId: string): Promise<MeetingSetup | null> {
  const [row] = await db
    .select({ payload: meetingEvents.payload })
    .from(meetingEvents)
    .where(and(eq(meetingEvents.meetingId, meetingId), eq(meetingEvents.seq, SETUP_SEQ)));
  return (row?.payload as MeetingSetup | undefined) ?? null;
}

/** Chair from the rota, else whoever planned the meeting, else the group's first admin. */
async function setupFromMeeting(db: Db, meeting: MeetingRow): Promise<MeetingSetup> {
  const members = await db
    .select({ userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.groupId, meeting.groupId))
    .orderBy(asc(memberships.joinedAt), asc(memberships.userId));
  const admin = members.find((m) => m.role === 'admin')?.userId;
  const chair = meeting.rota.chair ?? meeting.createdBy ?? admin ?? members[0]?.userId ?? '';
  return {
    meetingId: meeting.id,
    groupId: meeting.groupId,
    method: null,
    chairUserId: chair,
    facilitatorUserIds: members.filter((m) => m.role === 'facilitator').map((m) => m.userId),
    autoAdvance: meeting.autoAdvance,
  };
}
