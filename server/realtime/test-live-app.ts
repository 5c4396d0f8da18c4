import { afterAll, beforeAll } from 'vitest';
import { createTestApp, type TestApp } from '../test/app';
import type { DatabaseKind } from '../test/databases';
import { LiveClient } from './test-client';
import { seatedMeeting } from './test-meeting';

/**
 * Test fixture: the real app listening on loopback for a suite, and `join` for clients that are
 * terminated when the suite ends. Read `t` and `url` inside tests or hooks (they are set in beforeAll).
 */
export function useLiveApp(kind: DatabaseKind) {
  const open: LiveClient[] = [];
  const live = {
    t: undefined as unknown as TestApp,
    url: '',
    /** Connects, says hello and waits for the welcome. */
    async join(meetingId: string, cookie: string, lastSeq?: number): Promise<LiveClient> {
      const client = await LiveClient.join(live.url, meetingId, cookie, lastSeq);
      open.push(client);
      return client;
    },
    /** A meeting of `n` new members (the first chairs), each connected and joined. */
    async seat(n: number) {
      const { meetingId, people } = await seatedMeeting(live.t, n);
      const clients = await Promise.all(people.map((p) => live.join(meetingId, p.cookie)));
      for (const c of clients) {
        const answer = await c.run({ type: 'join' });
        if (answer.type !== 'ack') throw new Error(`join refused: ${JSON.stringify(answer)}`);
      }
      return { meetingId, people, clients };
    },
  };
  beforeAll(async () => {
    live.t = await createTestApp(kind);
    live.url = await live.t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    for (const c of open) c.socket.terminate();
    await live.t.close();
  });
  return live;
}
