import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { CLOSE_CODES } from '../../core/protocol';
import { type Database, openDatabase } from '../db/client';
import { createAuth } from '../features/account/auth';
import { buildApp } from '../http/app';
import { createMailer } from '../mail/mailer';
import { createTestApp, signUp, type TestApp } from '../test/app';
import { ACCESS_CHANNEL } from './registry';
import { loadEvents } from './repo';
import { seedGroupMeeting } from './seed';
import { LiveClient } from './test-client';

// Two server processes on one PostgreSQL database: the second app has its own connection pool,
// its own LISTEN connection and its own rooms, exactly as a second process would.
describe('several servers on one PostgreSQL database [postgres]', () => {
  let first: TestApp;
  let secondDb: Database;
  let second: FastifyInstance;
  let deaf: FastifyInstance;
  const urls: string[] = [];
  const clients: LiveClient[] = [];

  async function serve(database: Database): Promise<FastifyInstance> {
    const logger = pino({ level: 'silent' });
    const config = first.deps.config;
    const mailer = createMailer({ smtpUrl: undefined, from: config.mailFrom, logger });
    const auth = createAuth({ config, db: database.db, mailer });
    const app = await buildApp({ config, database, auth, mailer, logger });
    urls.push(await app.listen({ port: 0, host: '127.0.0.1' }));
    return app;
  }

  beforeAll(async () => {
    first = await createTestApp('postgres');
    urls.push(await first.app.listen({ port: 0, host: '127.0.0.1' }));
    const result = await first.database.db.execute(sql`select current_database() as name`);
    const [row] = ((result as { rows?: unknown[] }).rows ?? result) as { name: string }[];
    secondDb = await openDatabase({
      databaseUrl: inject('postgresUrl').replace(/\/postgres$/, `/${row!.name}`),
      migrate: false,
    });
    second = await serve(secondDb);
    // A third server that never hears another's NOTIFY, as when one is late: it only knows what it reads.
    const pg = secondDb.pg!;
    const deafPg = new Proxy(pg, {
      get: (target, key) =>
        key === 'listen' ? async () => ({ unlisten: async () => {} }) : Reflect.get(target, key, target),
    });
    deaf = await serve({ ...secondDb, pg: deafPg });
  });
  afterAll(async () => {
    for (const c of clients) c.socket.terminate();
    await deaf.close();
    await second.close();
    await secondDb.close();
    await first.close();
  });

  /** Chair and case-giver on the first server, the helper on server `helperOn`; the ask phase runs. */
  async function meetingOnBoth(helperOn = 1) {
    const people = [];
    for (let i = 0; i < 3; i++) {
      const { cookie, user } = await signUp(first.app, { email: `fanout.${i}.${Date.now()}@example.nl` });
      people.push({ cookie, id: user.id });
    }
    const ids = await seedGroupMeeting(
      first.database.db,
      people.map((p) => p.id),
    );
    const joined = await Promise.all(
      people.map((p, i) => LiveClient.join(urls[i === 2 ? helperOn : 0]!, ids.meetingId, p.cookie)),
    );
    clients.push(...joined);
    for (const c of joined) expect(await c.run({ type: 'join' })).toMatchObject({ type: 'ack' });
    for (const command of [
      { type: 'chooseMethod', versionId: ids.versionId },
      { type: 'assignRole', role: 'caseGiver', userId: people[1]!.id },
      { type: 'startPhase', phaseId: 'ask' },
    ]) {
      expect(await joined[0]!.run(command)).toMatchObject({ type: 'ack' });
    }
    return { ...ids, people, clients: joined as [LiveClient, LiveClient, LiveClient] };
  }

  test('MULTI: commands racing on two servers are all stored once, gapless, and everyone sees all of them', async () => {
    const m = await meetingOnBoth();
    const [chair, , helper] = m.clients;
    const texts = Array.from({ length: 10 }, (_, i) => [`eerste ${i}`, `tweede ${i}`]).flat();
    const replies = await Promise.all(
      texts.map((text, i) => (i % 2 ? helper : chair).run({ type: 'contribute', kind: 'question', text })),
    );
    expect(replies.filter((r) => r.type !== 'ack')).toEqual([]);
    const stored = await loadEvents(first.database.db, m.meetingId);
    expect(stored.map((e) => e.seq)).toEqual(stored.map((_, i) => i + 1));
    expect(stored.filter((e) => e.type === 'contributionAdded')).toHaveLength(texts.length);
    const last = stored.at(-1)!.seq;
    for (const c of m.clients) {
      await c.waitFor((x): x is typeof x => c.lastSeq() >= last, 10_000);
      const { view } = LiveClient.foldedView([c]);
      expect(view.contributions.map((x) => x.text).sort()).toEqual([...texts].sort());
    }
  });

  test('MULTI: a command is refused only on the latest log, not on what this server last heard', async () => {
    const m = await meetingOnBoth(2);
    const helper = m.clients[2];
    // The deaf server heard nothing of the phase the chair started elsewhere; the question still lands.
    expect(
      await helper.run({ type: 'contribute', kind: 'question', text: 'Wat wil je bereiken?' }),
    ).toMatchObject({
      type: 'ack',
    });
    // A command that is wrong on the latest log is still refused.
    expect(await helper.run({ type: 'contribute', kind: 'advice', text: 'Doe het zo' })).toMatchObject({
      type: 'rejected',
      rejection: { code: 'kind_not_allowed' },
    });
  });

  test('ACCESS: a lost-access notice from another server closes the member’s socket here', async () => {
    const m = await meetingOnBoth();
    // What closeAccess in another process sends; both apps here share this process, so say it directly.
    await first.database.pg!.notify(ACCESS_CHANNEL, `${m.groupId}:${m.people[2]!.id}`);
    expect(await m.clients[2].closed).toBe(CLOSE_CODES.forbidden);
  });
});
