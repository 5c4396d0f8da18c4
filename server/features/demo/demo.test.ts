import { count } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { viewFor } from '../../../core/meeting/visibility';
import { VISITOR_ID } from '../../../core/practice/demo';
import { CLOSE_CODES, PROTOCOL_VERSION } from '../../../core/protocol';
import { groups, meetingEvents, meetings, memberships, users } from '../../db/schema/index';
import { LiveClient } from '../../realtime/test-client';
import { seatedMeeting } from '../../realtime/test-meeting';
import { createTestApp, type TestApp } from '../../test/app';
import { describeEachDatabase } from '../../test/databases';
import { demoRegistries } from './routes';

const HOUR = 60 * 60_000;

describeEachDatabase('demo meeting without an account', (kind) => {
  let t: TestApp;
  let url = '';
  let clock = 1_800_000_000_000;
  const open: LiveClient[] = [];
  beforeAll(async () => {
    t = await createTestApp(kind, {}, undefined, {
      // The test is the clock: the timer never fires on its own.
      demo: { maxLive: 4, maxPerAddress: 3, perAddressPerHour: 6, now: () => clock, tickMs: 2 ** 30 },
    });
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    for (const c of open) c.socket.terminate();
    await t.close();
  });
  const demos = () => demoRegistries.get(t.app)!;

  const start = async (
    body: object = { methodId: 'incident', role: 'caseGiver', locale: 'nl' },
    ip = '10.0.0.1',
  ) => t.app.inject({ method: 'POST', url: '/api/demo', payload: body, remoteAddress: ip });

  /** Starts a demo and opens its socket with the cookie the start set; resolves after the welcome. */
  const enter = async (body?: object, ip?: string) => {
    const res = await start(body, ip);
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']).split(';')[0]!;
    const { demoId } = res.json() as { demoId: string };
    const client = await LiveClient.open(`${url.replace(/^http/, 'ws')}/api/demo/${demoId}/live`, cookie);
    open.push(client);
    client.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION, meetingId: demoId });
    await client.next('welcome');
    return { demoId, cookie, client, setCookie: String(res.headers['set-cookie']) };
  };
  const socketTo = async (path: string, cookie?: string) => {
    const client = await LiveClient.open(`${url.replace(/^http/, 'ws')}${path}`, cookie);
    open.push(client);
    return client;
  };

  /** How many rows the tables a meeting would touch hold: a demo adds none. */
  const rows = () =>
    Promise.all(
      [meetings, meetingEvents, groups, memberships, users].map(async (table) => {
        const [row] = await t.database.db.select({ n: count() }).from(table);
        return row!.n;
      }),
    );

  it('DEMO-1, DEMO-3: a visitor runs a whole demo on the real engine, sees the summary, and nothing is stored', async () => {
    await seatedMeeting(t, 2);
    const before = await rows();
    const { demoId, client, setCookie } = await enter();
    // The cookie reaches only this demo's socket, and only over scripts' heads.
    expect(setCookie).toContain(`Path=/api/demo/${demoId}/live`);
    expect(setCookie).toContain('HttpOnly');
    const snapshot = await client.next('snapshot');
    const view = snapshot.view as ReturnType<typeof viewFor>;
    expect(view.practice).toEqual({ caseId: 'night-shift-medication', demo: true });
    expect(view.pitches[0]).toMatchObject({ authorId: VISITOR_ID, text: 'Een bijna-fout in de nachtdienst' });
    expect((await client.run({ type: 'join' })).type).toBe('ack');

    const room = demos().get(demoId)!;
    // The visitor does their part through the socket; the clock moves a second at a time.
    for (let second = 0; second < 15 * 60 && room.run.state.endedAt === null; second++) {
      clock += 1000;
      demos().tick(clock);
      const { state } = room.run;
      const open = state.contributions.find((c) => c.kind === 'factualQuestion' && c.answer === null);
      if (second % 5 !== 0) continue;
      if (open) await client.run({ type: 'answerQuestion', contributionId: open.id, text: 'Rond vier uur.' });
      else if (state.stage === 'evaluation' && !state.evaluations.some((e) => e.userId === VISITOR_ID))
        await client.run({ type: 'giveEvaluation', heard: 5, perspectives: 4, method: 4, cooperation: 5 });
      else if (!state.ready.includes(VISITOR_ID)) await client.run({ type: 'markReady' });
    }
    expect(room.run.state.stage).toBe('ended');
    await client.next('snapshot', (m) => (m.view as { stage: string }).stage === 'ended');
    // The simulated case-giver's colleagues asked, the visitor answered, and the visitor's view at the end
    // is the whole meeting: case, decision and evaluations.
    const ended = LiveClient.foldedView([client]).view;
    expect(ended.stage).toBe('ended');
    expect(ended.contributions.some((c) => c.answer === 'Rond vier uur.')).toBe(true);
    expect(ended.roles.caseGiver).toBe(VISITOR_ID);
    expect(ended.evaluations).toHaveLength(4);
    // A real meeting exists beside it, so the counts are real; the demo added to none of them.
    expect(before[0]).toBeGreaterThan(0);
    expect(await rows()).toEqual(before);
  });

  it('DEMO-2: the visitor’s view follows the engine: projected events fold into what viewFor gives', async () => {
    const { demoId, client } = await enter({ methodId: 'troika', role: 'helper', locale: 'en' });
    await client.run({ type: 'join' });
    const room = demos().get(demoId)!;
    for (let second = 0; second < 150; second++) {
      clock += 1000;
      demos().tick(clock);
    }
    await client.run({ type: 'markReady' });
    const folded = LiveClient.foldedView([client]).view;
    expect(folded.contributions.length).toBeGreaterThan(2);
    expect(folded).toEqual(viewFor(room.run.state, VISITOR_ID, clock));
    // The simulated colleagues speak the visitor's language.
    expect(folded.contributions[0]?.text).toMatch(/^Our neighbourhood team/);
  });

  it('DEMO-4: a demo’s cookie opens its own demo only: not another demo, not a meeting, not an account', async () => {
    const a = await enter();
    const b = await enter(undefined, '10.0.0.2');
    const wrong = await socketTo(`/api/demo/${b.demoId}/live`, a.cookie);
    expect(await wrong.closed).toBe(CLOSE_CODES.unauthenticated);
    const none = await socketTo(`/api/demo/${b.demoId}/live`);
    expect(await none.closed).toBe(CLOSE_CODES.unauthenticated);
    const gone = await socketTo('/api/demo/demo-nothing-here/live', a.cookie);
    expect(await gone.closed).toBe(CLOSE_CODES.notFound);
    const { meetingId } = await seatedMeeting(t, 2);
    const meeting = await socketTo(`/api/meetings/${meetingId}/live`, a.cookie);
    expect(await meeting.closed).toBe(CLOSE_CODES.unauthenticated);
    const session = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: a.cookie } });
    expect(session.json()).toMatchObject({ user: null });
    const groups = await t.app.inject({ method: 'GET', url: '/api/groups', headers: { cookie: a.cookie } });
    expect(groups.statusCode).toBe(401);
  });

  it('DEMO-5: demos are capped per address and in all, and starting them is rate limited per address', async () => {
    demos().sweep(clock + 2 * HOUR);
    expect(demos().size).toBe(0);
    clock += 2 * HOUR;
    for (let i = 0; i < 3; i++) expect((await start(undefined, '10.0.1.1')).statusCode).toBe(200);
    const perAddress = await start(undefined, '10.0.1.1');
    expect(perAddress.statusCode).toBe(503);
    expect(perAddress.json().error.code).toBe('demo_full');
    expect((await start(undefined, '10.0.1.2')).statusCode).toBe(200);
    const inAll = await start(undefined, '10.0.1.3');
    expect(inAll.statusCode).toBe(503);
    expect(inAll.json().error.message).toMatch(/te veel demo/);
    // Six starts an hour per address, refused or not; the seventh waits.
    for (let i = 0; i < 2; i++) await start(undefined, '10.0.1.1');
    expect((await start(undefined, '10.0.1.1')).statusCode).toBe(429);
    expect((await start({ methodId: 'ten-step', role: 'helper' }, '10.0.1.4')).statusCode).toBe(400);
  });

  it('DEMO-1: a demo is purged after an hour, and sooner when nobody is there; its socket closes', async () => {
    clock += 2 * HOUR;
    demos().sweep(clock);
    const { demoId, client } = await enter(undefined, '10.0.2.1');
    clock += 30 * 60_000;
    demos().tick(clock);
    expect(demos().get(demoId)).toBeDefined();
    clock += 30 * 60_000;
    demos().tick(clock);
    expect(await client.closed).toBe(CLOSE_CODES.notFound);
    expect(demos().get(demoId)).toBeUndefined();
    // Left alone (no socket) for a quarter of an hour: gone too.
    const res = await start(undefined, '10.0.2.2');
    const left = (res.json() as { demoId: string }).demoId;
    clock += 16 * 60_000;
    demos().tick(clock);
    expect(demos().get(left)).toBeUndefined();
  });
});
