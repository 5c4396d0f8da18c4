import { and, asc, eq } from 'drizzle-orm';
import type { MeetingSetup } from '../../core/meeting/types';
import { exampleCaseById } from '../../core/practice/example-cases';
import type { Db } from '../db/client';
import { groups, meetingEvents, memberships } from '../db/schema/index';
import { casesOfMeeting } from '../features/cases/repo';
import type { MeetingRow } from '../features/groups/access';
import { markVersionUsed } from '../features/method-versions/repo';
import { resolveMethod } from '../features/method-versions/resolve';
import { findPlan } from '../features/trajectories/repo';

/** A trajectory's plan for the facilitator, as the room's facilitator mode (LIFE-7). */
const MODE_OF_PLAN = {
  leads: 'leads',
  coLeads: 'leads',
  observes: 'background',
  absent: 'absent',
} as const satisfies Record<string, NonNullable<MeetingSetup['facilitatorMode']>>;

/** The setup row sits at seq 0, before the first event; loadEvents never returns it. */
const SETUP_SEQ = 0;
const SETUP_TYPE = '@setup';

/**
 * The meeting's setup, frozen into the log when the chair opens the room (LIVE-7), so a later edit of the
 * meeting (another chair in the rota) can never change what replaying the log gives.
 */
export async function frozenSetup(db: Db, meeting: MeetingRow): Promise<MeetingSetup> {
  const stored = await readSetup(db, meeting.id);
  if (stored) return stored;
  const { setup, versionId } = await setupFromMeeting(db, meeting);
  await db
    .insert(meetingEvents)
    .values({ meetingId: meeting.id, seq: SETUP_SEQ, type: SETUP_TYPE, payload: setup, at: new Date() })
    .onConflictDoNothing();
  // The planned group version is now in a meeting: editing it later saves a new version.
  if (versionId) await markVersionUsed(db, versionId);
  // Another process may have frozen it first; theirs wins.
  return (await readSetup(db, meeting.id)) ?? setup;
}

/**
 * The setup a room runs on: the frozen one, or — until the chair opens the room — the one the meeting plans
 * now, re-read at every connect so a change of chair or method before then is followed (LIVE-7).
 */
export async function currentSetup(
  db: Db,
  meeting: MeetingRow,
): Promise<{ setup: MeetingSetup; frozen: boolean }> {
  const stored = await readSetup(db, meeting.id);
  if (stored) return { setup: stored, frozen: true };
  return { setup: (await setupFromMeeting(db, meeting)).setup, frozen: false };
}

/** The setup frozen into the log at seq 0, or null when the chair never opened the room. */
export async function readSetup(db: Db, meetingId: string): Promise<MeetingSetup | null> {
  const [row] = await db
    .select({ payload: meetingEvents.payload })
    .from(meetingEvents)
    .where(and(eq(meetingEvents.meetingId, meetingId), eq(meetingEvents.seq, SETUP_SEQ)));
  return (row?.payload as MeetingSetup | undefined) ?? null;
}

/** A planned person who is still a member of the group, else nobody. */
function plannedMember(userId: string | null | undefined, members: { userId: string }[]): string | null {
  return userId && members.some((m) => m.userId === userId) ? userId : null;
}

/**
 * The planned method (a library method or the group's version), if it still exists; the chair from the
 * rota, else whoever planned the meeting, else the group's first admin.
 */
async function setupFromMeeting(db: Db, meeting: MeetingRow) {
  const members = await db
    .select({ userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.groupId, meeting.groupId))
    .orderBy(asc(memberships.joinedAt), asc(memberships.userId));
  const admin = members.find((m) => m.role === 'admin')?.userId;
  const chair = meeting.rota.chair ?? meeting.createdBy ?? admin ?? members[0]?.userId ?? '';
  const planned = await resolveMethod(db, meeting.groupId, {
    methodId: meeting.methodId,
    versionId: meeting.methodVersionId,
  });
  // Cases submitted for this meeting (not drafts, not yet discussed) are pitches from the start (CASE-1).
  const cases = (await casesOfMeeting(db, meeting.id))
    .filter((c) => c.status === 'submitted')
    .map((c) => ({ caseId: c.id, authorId: c.authorId, title: c.title, question: c.question }));
  const setup: MeetingSetup = {
    meetingId: meeting.id,
    groupId: meeting.groupId,
    method: planned?.method ?? null,
    chairUserId: chair,
    facilitatorUserIds: members.filter((m) => m.role === 'facilitator').map((m) => m.userId),
    autoAdvance: meeting.autoAdvance,
    // The rota's timekeeper and scribe are in the room when it opens (ROLE-7); never the chair twice over.
    timekeeperUserId: plannedMember(meeting.rota.timekeeper, members),
    scribeUserId: plannedMember(meeting.rota.scribe, members),
    cases,
  };
  if (meeting.practice) await addPracticeCase(db, setup, meeting.practice, members);
  // A meeting in a trajectory starts with the facilitator as its plan says; the chair may still change it.
  const plan = (await findPlan(db, meeting.id))?.facilitatorMode;
  if (plan) setup.facilitatorMode = MODE_OF_PLAN[plan];
  return { setup, versionId: planned?.versionId };
}

/**
 * A practice meeting (PRACTICE-3): the example case is brought in ahead as its case-giver's pitch, with its
 * title and question in the group's language, so nobody types it (CASE-1). The case-giver is the planned one
 * if still a member and not the chair (who is never case-giver, ROLE-1), else the first member who is not.
 */
async function addPracticeCase(
  db: Db,
  setup: MeetingSetup,
  practice: NonNullable<MeetingRow['practice']>,
  members: { userId: string }[],
) {
  const example = exampleCaseById(practice.caseId);
  if (!example) return;
  setup.practice = { caseId: example.id };
  const notChair = (id: string | null) => (id !== setup.chairUserId ? id : null);
  const caseGiver =
    notChair(plannedMember(practice.caseGiverId, members)) ??
    members.find((m) => m.userId !== setup.chairUserId)?.userId;
  if (!caseGiver) return;
  const [group] = await db
    .select({ language: groups.language })
    .from(groups)
    .where(eq(groups.id, setup.groupId));
  const lang = group?.language === 'en' ? 'en' : 'nl';
  setup.cases = [
    ...(setup.cases ?? []).filter((c) => c.authorId !== caseGiver),
    { caseId: example.id, authorId: caseGiver, title: example.title[lang], question: example.question[lang] },
  ];
}
