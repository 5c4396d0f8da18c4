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

/** One socket of a person to the meeting as the live room noted it; closedAt null: the close was not noted. */
export type ConnectionSpan = { userId: string; openedAt: number; closedAt: number | null };

/** A drop followed by a new connection within this time counts as present throughout (REG-1). */
export const RECONNECT_GRACE_MS = 2 * 60_000;

const MINUTE = 60_000;
const wholeMinutes = (ms: number) => Math.max(0, Math.floor(ms / MINUTE));
type Span = [number, number];

/** The times a person was connected: their sockets merged, gaps up to the reconnect grace closed. */
function onlineSpans(connections: readonly ConnectionSpan[]): Span[] {
  const spans = connections
    .map((c): Span => [c.openedAt, c.closedAt ?? Number.POSITIVE_INFINITY])
    .sort((a, b) => a[0] - b[0]);
  const merged: Span[] = [];
  for (const [from, to] of spans) {
    const last = merged.at(-1);
    if (last && from <= last[1] + RECONNECT_GRACE_MS) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/** The parts of `spans` that fall inside `within`. */
function intersect(spans: Span[], within: Span[]): Span[] {
  const out: Span[] = [];
  for (const [a, b] of spans)
    for (const [c, d] of within)
      if (Math.min(b, d) > Math.max(a, c)) out.push([Math.max(a, c), Math.min(b, d)]);
  return out;
}

/**
 * The meeting starts when it leaves the lobby (the first step opened), not at its planned time nor when the
 * first person opened the room early; a meeting ended from the lobby ran from its first join. It ends at
 * `meetingEnded`. Null while it has not ended. A person's time is the sum of their stretches from joining to
 * leaving (or the end), each cut to the meeting's run: waiting in the lobby is not counted. Where the room
 * noted the person's connections, only the time they were connected counts: a dropped socket ends the
 * stretch at the drop, unless they were connected again within the reconnect grace.
 */
export function presenceOf(
  events: readonly StoredEvent[],
  connections: readonly ConnectionSpan[] = [],
): MeetingPresence | null {
  const ended = events.find((e) => e.type === 'meetingEnded');
  if (!ended) return null;
  const start = events.find((e) => e.type === 'stageOpened' || e.type === 'phaseStarted');
  const firstJoin = events.find((e) => e.type === 'participantJoined');
  const startedAt = start?.at ?? firstJoin?.at ?? ended.at;
  const endedAt = Math.max(ended.at, startedAt);
  type Person = Pick<PersonPresence, 'userId' | 'name' | 'guest' | 'joinedAt'> & {
    since: number | null;
    stretches: Span[];
  };
  const people = new Map<string, Person>();
  const close = (userId: string, at: number) => {
    const p = people.get(userId);
    if (!p || p.since === null) return;
    p.stretches.push([p.since, at]);
    p.since = null;
  };
  for (const e of events) {
    if (e.at > endedAt) break;
    if (e.type === 'participantJoined') {
      const { userId, name, guest } = e.participant;
      const known = people.get(userId);
      if (known) known.since ??= e.at;
      else people.set(userId, { userId, name, guest, joinedAt: e.at, since: e.at, stretches: [] });
    }
    if (e.type === 'participantLeft' || e.type === 'guestRefused') close(e.userId, e.at);
  }
  const run: Span[] = [[startedAt, endedAt]];
  return {
    startedAt,
    endedAt,
    people: [...people.values()].map(({ since, stretches, ...p }) => {
      const joined = [...stretches, ...(since === null ? [] : [[since, endedAt] as Span])];
      const mine = connections.filter((c) => c.userId === p.userId);
      // Meetings from before the room noted connections (and logs played without sockets) have none.
      const present = intersect(mine.length > 0 ? intersect(joined, onlineSpans(mine)) : joined, run);
      const ms = present.reduce((sum, [a, b]) => sum + (b - a), 0);
      const lastEnd = present.at(-1)?.[1] ?? joined.at(-1)?.[1] ?? endedAt;
      const leftAt = lastEnd >= endedAt ? null : lastEnd;
      return {
        ...p,
        leftAt,
        ms,
        minutes: wholeMinutes(ms),
        lateMinutes: wholeMinutes(p.joinedAt - startedAt),
        earlyMinutes: leftAt === null ? 0 : wholeMinutes(endedAt - leftAt),
      };
    }),
  };
}
