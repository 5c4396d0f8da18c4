import { parseCommand } from '../../core/meeting/commands';
import { decide, tick } from '../../core/meeting/decide';
import { endedViewFor } from '../../core/meeting/ended-view';
import { evolve } from '../../core/meeting/evolve';
import { initialState } from '../../core/meeting/state';
import type { MeetingEvent, MeetingState, StoredEvent } from '../../core/meeting/types';
import { projectEvent, viewFor, viewKey } from '../../core/meeting/visibility';
import type { MeetingEngine, Stored } from './engine';
import type { NewEvent } from './repo';

/** An event as the log stores it: its type in a column, the rest as the payload. */
function toNew(event: MeetingEvent, actorId: string | null, now: number): NewEvent {
  const { type, ...payload } = event;
  return { type, payload, actorId, at: new Date(now) };
}

const asStored = (event: Stored) => event as unknown as StoredEvent;
const asRoom = (event: StoredEvent) => event as unknown as Stored;

/** The meeting engine of core/meeting, bound to the room's narrow interface. */
export const coreEngine: MeetingEngine<MeetingState> = {
  parseCommand,
  initial: initialState,
  decide(state, command, actor, now) {
    const decided = decide(state, command as NonNullable<ReturnType<typeof parseCommand>>, actor, now);
    if (!decided.ok) return { rejection: decided.rejection };
    return { events: decided.events.map((e) => toNew(e, actor.userId, now)) };
  },
  fromRow: (row) => ({ type: row.type, seq: row.seq, at: row.at.getTime(), ...(row.payload as object) }),
  evolve: (state, event) => evolve(state, asStored(event)),
  viewFor,
  viewKey,
  project(before, after, event, userId) {
    const seen = projectEvent(before, after, asStored(event), userId);
    return seen === 'resync' || seen === null ? seen : asRoom(seen);
  },
  endedAt: (state) => state.endedAt,
  endedView: (state, log, userId, { level, ownerSeesAll }) =>
    endedViewFor(state, log as unknown as StoredEvent[], userId, level, ownerSeesAll),
  tick: (state, now) => tick(state, now).map((e) => toNew(e, null, now)),
  canAdmitGuests: (state, userId) => state.roles.chair === userId,
  isAdmittedGuest: (state, userId) => state.admittedGuests.includes(userId),
  waitingGuestRefused(state, command, actor) {
    const c = command as { type: string; userId?: string };
    if (c.type !== 'refuseGuest' || !c.userId || state.roles.chair !== actor.userId) return null;
    return state.admittedGuests.includes(c.userId) ? null : c.userId;
  },
  presenceRefusal(state, command, actor, online) {
    const c = command as { type: string };
    if (c.type !== 'takeChair' || state.roles.chair === actor.userId) return null;
    return online.includes(state.roles.chair) ? { code: 'chair_present' } : null;
  },
  freezesSetup: (command) => (command as { type: string }).type === 'takeChair',
  guestDecision(event) {
    if (event.type === 'guestAdmitted') return { userId: String(event.userId), admitted: true };
    if (event.type === 'guestRefused') return { userId: String(event.userId), admitted: false };
    return null;
  },
};
