import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import type postgres from 'postgres';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { type Database, openDatabase } from '../db/client';
import { createAuth } from '../features/account/auth';
import { buildApp } from '../http/app';
import { createMailer } from '../mail/mailer';
import { createTestApp, signUp, type TestApp } from '../test/app';
import { quickPassword } from '../test/password';
import { seedGroupMeeting } from './seed';
import { LiveClient } from './test-client';

/**
 * What one server hears through LISTEN, under the test's control: `hold` keeps NOTIFYs back until
 * `release` (they arrive late), `deafen` drops them (lost, as while the LISTEN connection is down), and
 * `restore` opens again and reports the LISTEN back, as postgres.js does after it reconnected.
 */
export type ListenGate = { hold(): void; release(): void; deafen(): void; restore(): void };

/** A postgres-js client whose LISTENs pass through a gate; everything else is the client itself. */
export function gatedListen(pg: postgres.Sql): { pg: postgres.Sql; gate: ListenGate } {
  let mode: 'open' | 'held' | 'deaf' = 'open';
  const late: (() => void)[] = [];
  const relistened: (() => void)[] = [];
  const gate: ListenGate = {
    hold: () => {
      mode = 'held';
    },
    release: () => {
      mode = 'open';
      for (const deliver of late.splice(0)) deliver();
    },
    deafen: () => {
      mode = 'deaf';
    },
    restore: () => {
      mode = 'open';
      for (const onlisten of relistened) onlisten();
    },
  };
  const listen = (channel: string, onNotify: (payload: string) => void, onlisten?: () => void) => {
    if (onlisten) relistened.push(onlisten);
    const gated = (payload: string) => {
      if (mode === 'open') onNotify(payload);
      else if (mode === 'held') late.push(() => onNotify(payload));
    };
    return pg.listen(channel, gated, onlisten);
  };
  const proxy = new Proxy(pg, {
    get: (target, key) => (key === 'listen' ? listen : Reflect.get(target, key, target)),
  });
  return { pg: proxy, gate };
}

type Member = { cookie: string; id: string };

export type TestServer = { app: FastifyInstance; url: string; gate: ListenGate; database: Database };

/**
 * Test fixture: `count` server processes on one PostgreSQL database, each with its own connection pool,
 * its own gated LISTEN and its own rooms, exactly as separate processes would have (all in this one
 * process, so the test can hold their NOTIFYs back). `first` is only for signing up and seeding.
 */
export function useServers(count: number, heartbeatMs = 200) {
  const open: LiveClient[] = [];
  const servers: TestServer[] = [];
  const fixture = {
    first: undefined as unknown as TestApp,
    servers,
    databaseUrl: '',
    /** Connects to server `index`, says hello and waits for the welcome. */
    async join(index: number, meetingId: string, cookie: string, lastSeq?: number) {
      const client = await LiveClient.join(servers[index]!.url, meetingId, cookie, lastSeq);
      open.push(client);
      return client;
    },
    /** `people` members of a new group with a meeting; the first is the chair. */
    async meeting(people: number) {
      const members = [];
      for (let i = 0; i < people; i++) {
        const email = `multi.${i}.${Date.now()}.${Math.random()}@example.nl`;
        const { cookie, user } = await signUp(fixture.first.app, { email });
        members.push({ cookie, id: user.id });
      }
      const ids = await seedGroupMeeting(
        fixture.first.database.db,
        members.map((p) => p.id),
      );
      return { ...ids, members };
    },
    /**
     * A new meeting in its ask phase: chair and case-giver on server 0, the helper (third member) with a
     * socket on each server of `helperOn`, joined through the last of them.
     */
    async askPhase(helperOn: number[]) {
      const m = await fixture.meeting(3);
      const [chairP, caseGiverP, helperP] = m.members as [Member, Member, Member];
      const chair = await fixture.join(0, m.meetingId, chairP.cookie);
      await fixture.join(0, m.meetingId, caseGiverP.cookie).then((c) => c.run({ type: 'join' }));
      const helpers: LiveClient[] = [];
      for (const i of helperOn) helpers.push(await fixture.join(i, m.meetingId, helperP.cookie));
      for (const command of [
        { type: 'join' },
        { type: 'chooseMethod', versionId: m.versionId },
        { type: 'assignRole', role: 'caseGiver', userId: caseGiverP.id },
        { type: 'startPhase', phaseId: 'ask' },
      ]) {
        expect(await chair.run(command)).toMatchObject({ type: 'ack' });
      }
      expect(await helpers.at(-1)!.run({ type: 'join' })).toMatchObject({ type: 'ack' });
      return { ...m, chair, helpers, chairId: chairP.id, helperId: helperP.id, helperCookie: helperP.cookie };
    },
    /** Another server on the same database, as a new process would be (started by the test). */
    async serve(database?: Database): Promise<TestServer> {
      const server = await serve(fixture, database);
      servers.push(server);
      return server;
    },
  };
  beforeAll(async () => {
    fixture.first = await createTestApp('postgres');
    const result = await fixture.first.database.db.execute(sql`select current_database() as name`);
    const [row] = ((result as { rows?: unknown[] }).rows ?? result) as { name: string }[];
    fixture.databaseUrl = inject('postgresUrl').replace(/\/postgres$/, `/${row!.name}`);
    for (let i = 0; i < count; i++) await fixture.serve();
  });
  afterAll(async () => {
    for (const c of open) c.socket.terminate();
    for (const server of servers) {
      await server.app.close();
      await server.database.close();
    }
    await fixture.first.close();
  });

  async function serve(f: typeof fixture, given?: Database): Promise<TestServer> {
    const database = given ?? (await openDatabase({ databaseUrl: f.databaseUrl, migrate: false }));
    const { pg, gate } = gatedListen(database.pg!);
    const logger = pino({ level: 'silent' });
    const config = f.first.deps.config;
    const mailer = createMailer({ smtpUrl: undefined, from: config.mailFrom, logger });
    const auth = createAuth({ config, db: database.db, mailer, password: quickPassword });
    const deps = { config, database: { ...database, pg }, auth, mailer, logger, realtime: { heartbeatMs } };
    const app = await buildApp(deps);
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    return { app, url, gate, database };
  }
  return fixture;
}
