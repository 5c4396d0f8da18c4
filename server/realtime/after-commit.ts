import { discussedCases } from '../../core/meeting/cases';
import type { Action } from '../../core/meeting/commands';
import type { EventOf, MeetingSetup, MeetingState, StoredEvent } from '../../core/meeting/types';
import { registerRolesOf } from '../../core/register/roles';
import type { Db } from '../db/client';
import * as actionsRepo from '../features/cases/actions.service';
import { casesOfMeeting, updateCaseRow } from '../features/cases/repo';
import { type AttendanceEntry, type MeetingRow, recordAttendance } from '../features/groups/access';
import { setMeetingStatus } from '../features/meetings/service';
import { markVersionUsed } from '../features/method-versions/repo';
import type { Stored } from './engine';

/** What the room hands over once this process has stored events: the new ones, the whole log, the state after. */
export type Committed = {
  meeting: MeetingRow;
  setup: MeetingSetup;
  events: readonly Stored[];
  log: readonly Stored[];
  state: unknown;
};

/** Work outside the log that follows from stored events; failures are logged by the room, never undo events. */
export type AfterCommit = (committed: Committed) => Promise<void>;

type Ctx = { db: Db; meeting: MeetingRow; setup: MeetingSetup; log: StoredEvent[]; state: MeetingState };
type Handlers = { [T in StoredEvent['type']]?: (ctx: Ctx, event: EventOf<T>) => Promise<void> };

const handlers: Handlers = {
  // The first join opens the meeting for the calendar and the group page; a rejoin changes nothing.
  async participantJoined(ctx, event) {
    if (ctx.log.find((e) => e.type === 'participantJoined') === event) await live(ctx);
  },
  // A group version run in a meeting is frozen: editing it later saves a new version.
  async methodChosen(ctx, event) {
    await live(ctx);
    if (event.versionId) await markVersionUsed(ctx.db, event.versionId);
  },
  decisionRecorded: (ctx, event) => storeActions(ctx, event.decision.actions),
  async meetingEnded(ctx) {
    await setMeetingStatus(ctx.db, ctx.meeting.id, 'ended');
    // The cases brought in ahead and chosen in the meeting have been discussed now (CASE-2).
    for (const caseId of discussedCases(ctx.state))
      await updateCaseRow(ctx.db, caseId, { status: 'discussed' });
    await recordAttendance(ctx.db, ctx.meeting.id, attendanceOf(ctx));
  },
};

async function live(ctx: Ctx): Promise<void> {
  await setMeetingStatus(ctx.db, ctx.meeting.id, 'live');
}

/**
 * The decided actions go to their owners' action lists (the case-giver unless someone else took one on),
 * so they show on the dashboard and at the next meeting's follow-up. A decision recorded again only adds
 * the actions whose text is new for that owner in this meeting.
 */
async function storeActions(ctx: Ctx, actions: Action[]): Promise<void> {
  const { caseGiver } = ctx.state.roles;
  const members = new Set(ctx.state.participants.filter((p) => !p.guest).map((p) => p.userId));
  const byOwner = new Map<string, string[]>();
  for (const action of actions) {
    const owner = action.ownerId ?? caseGiver;
    if (!owner || !members.has(owner)) continue;
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), action.text]);
  }
  for (const [userId, texts] of byOwner) {
    const known = new Set(
      (await actionsRepo.myActions(ctx.db, userId))
        .filter((a) => a.meetingId === ctx.meeting.id)
        .map((a) => a.text),
    );
    const fresh = [...new Set(texts)].filter((text) => !known.has(text));
    if (fresh.length === 0) continue;
    const caseId = userId === caseGiver ? await caseOf(ctx, userId) : null;
    await actionsRepo.addActions(
      ctx.db,
      { userId, groupId: ctx.meeting.groupId, meetingId: ctx.meeting.id, caseId },
      fresh,
    );
  }
}

/** The case-giver's case in the meeting's inventory, when there is exactly one to link to. */
async function caseOf(ctx: Ctx, userId: string): Promise<string | null> {
  const own = (await casesOfMeeting(ctx.db, ctx.meeting.id)).filter((c) => c.authorId === userId);
  return own.length === 1 ? own[0]!.id : null;
}

/** Everyone who joined at some point, with every register role they held during the meeting. */
function attendanceOf(ctx: Ctx): AttendanceEntry[] {
  const roles = registerRolesOf(ctx.setup, ctx.log);
  const present = new Set<string>();
  for (const event of ctx.log)
    if (event.type === 'participantJoined' && !event.participant.guest) present.add(event.participant.userId);
  return [...present].map((userId) => ({ userId, present: true, roles: roles.get(userId) ?? [] }));
}

/** The after-commit work of the core meeting engine: status, actions and attendance. */
export function coreAfterCommit(db: Db): AfterCommit {
  return async ({ meeting, setup, events, log, state }) => {
    const ctx: Ctx = {
      db,
      meeting,
      setup,
      log: log as unknown as StoredEvent[],
      state: state as MeetingState,
    };
    for (const event of ctx.log.slice(-events.length)) {
      const handle = handlers[event.type] as ((c: Ctx, e: StoredEvent) => Promise<void>) | undefined;
      if (handle) await handle(ctx, event);
    }
  };
}
