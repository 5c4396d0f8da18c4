import { expect } from '@playwright/test';
import type { MeetingView } from '../../core/meeting/types';
import { LiveClient } from '../../server/realtime/test-client';

/**
 * A participant who acts through the live protocol (docs/PROTOCOL.md) instead of a browser page: hello,
 * then `join`, then commands that must be acknowledged. Cheaper than a page, and a check that the
 * protocol as documented is enough to take part.
 */
export type Voice = {
  name: string;
  userId: string;
  /** Sends an engine command and fails the test unless it is acknowledged. */
  run(command: Record<string, unknown>): Promise<void>;
  /** The view this socket holds now: the snapshot with every later event folded in. */
  view(): MeetingView;
  close(): Promise<number>;
};

const folded = new WeakMap<LiveClient, { count: number; view: MeetingView }>();

/**
 * The meeting as this socket sees it now: its snapshot with every later event folded in, folded again only
 * when a message arrived since (tests poll this every 50–200 ms).
 */
export function viewOf(client: LiveClient): MeetingView {
  const known = folded.get(client);
  if (known?.count === client.messages.length) return known.view;
  const view = LiveClient.foldedView([client]).view as MeetingView;
  folded.set(client, { count: client.messages.length, view });
  return view;
}

/** The Cookie header of a signed-in account, from its saved browser state. */
export function cookieHeader(state: { cookies: { name: string; value: string }[] }): string {
  return state.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

/** Opens a socket to the meeting as `name` and, unless `watchOnly`, joins it as a participant. */
export async function voice(
  baseUrl: string,
  meetingId: string,
  name: string,
  cookie: string,
  watchOnly = false,
): Promise<Voice> {
  const client = await LiveClient.join(baseUrl, meetingId, cookie);
  const welcome = client.messages.find((m) => m.type === 'welcome') as { actorId: string };
  const view = () => viewOf(client);
  const run = async (command: Record<string, unknown>) => {
    const answer = await client.run(command);
    expect(answer, `${name}: ${JSON.stringify(command)}`).toMatchObject({ type: 'ack' });
  };
  if (!watchOnly) await run({ type: 'join' });
  return { name, userId: welcome.actorId, run, view, close: () => client.close() };
}
