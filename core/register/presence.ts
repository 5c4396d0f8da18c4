import type { StoredEvent } from '../meeting/types';

/** One person's time in a meeting as its log tells it: joined and left, clipped to when the meeting ran. */
export type PersonPresence = {
  userId: string;
  name: string;
  guest: boolean;
  /** When they first joined and when they last left (null: still there at the end), server ms. */
  joinedAt: number;
  leftAt: number | null;
  /** Time in the meeting between its start and its end: whole minutes, and exact ms (present at all: > 0). */
  minutes: number;
  ms: number;
  /** Whole minutes after the start they first came in, and before the end they left for good. */
  lateMinutes: number;
  earlyMinutes: number;
};

export type MeetingPresence = { startedAt: number; endedAt: number; people: PersonPresence[] };

const MINUTE = 60_000;
const wholeMinutes = (ms: number) => Math.max(0, Math.floor(ms / MINUTE));

/**
 * The meeting starts when it leaves the lobby (the first step opened), not at its planned time nor when the
 * first person opened the room early; a meeting ended from the lobby ran from its first join. It ends at
 * `meetingEnded`. Null while it has not ended. A person's time is the sum of their stretches from joining to
 * leaving (or the end), each cut to the meeting's run: waiting in the lobby is not counted.
 */
export function presenceOf(events: readonly StoredEvent[]): MeetingPresence | null {
  const ended = events.find((e) => e.type === 'meetingEnded');
  if (!ended) return null;
  const start = events.find((e) => e.type === 'stageOpened' || e.type === 'phaseStarted');
  const firstJoin = events.find((e) => e.type === 'participantJoined');
  const startedAt = start?.at ?? firstJoin?.at ?? ended.at;
  const endedAt = Math.max(ended.at, startedAt);
  const people = new Map<string, PersonPresence & { since: number | null }>();
  const close = (userId: string, at: number) => {
    const p = people.get(userId);
    if (!p || p.since === null) return;
    p.ms += Math.max(0, Math.min(at, endedAt) - Math.max(p.since, startedAt));
    p.since = null;
    p.leftAt = at;
  };
  for (const e of events) {
    if (e.at > endedAt) break;
    if (e.type === 'participantJoined') {
      const { userId, name, guest } = e.participant;
      const known = people.get(userId);
      if (known) Object.assign(known, { since: e.at, leftAt: null });
      else
        people.set(userId, {
          userId,
          name,
          guest,
          joinedAt: e.at,
          leftAt: null,
          minutes: 0,
          ms: 0,
          lateMinutes: 0,
          earlyMinutes: 0,
          since: e.at,
        });
    }
    if (e.type === 'participantLeft' || e.type === 'guestRefused') close(e.userId, e.at);
  }
  for (const p of people.values()) if (p.since !== null) p.ms += endedAt - Math.max(p.since, startedAt);
  return {
    startedAt,
    endedAt,
    people: [...people.values()].map(({ since: _since, ...p }) => ({
      ...p,
      minutes: wholeMinutes(p.ms),
      lateMinutes: wholeMinutes(p.joinedAt - startedAt),
      earlyMinutes: p.leftAt === null ? 0 : wholeMinutes(endedAt - p.leftAt),
    })),
  };
}
