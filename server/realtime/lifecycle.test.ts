import { eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { methods } from '../../core/methods/index';
import { CLOSE_CODES, MAX_SOCKETS_PER_MEMBER } from '../../core/protocol';
import { sessions } from '../db/schema/index';
import { updateMeetingRow } from '../features/meetings/repo';
import { saveSetting } from '../features/retention/repo';
import { applyRetention } from '../features/retention/service';
import { cookieHeader, type TestApp } from '../test/app';
import { describeEachDatabase } from '../test/databases';
import { checkSessions } from './registry';
import { loadEvents } from './repo';
import { LiveClient } from './test-client';
import { useLiveApp } from './test-live-app';
import { type Member, seatedMeeting } from './test-meeting';

const PASSWORD = 'een goed wachtwoord 1';

describeEachDatabase('live sockets end with the session, the meeting and the group', (kind) => {
  const live = useLiveApp(kind);
  const join = live.join;
  let t: TestApp;
  let url: string;
  beforeAll(() => {
    ({ t, url } = live);
  });
  const post = (path: string, payload: object, cookie?: string) =>
    t.app.inject({ method: 'POST', url: path, payload, headers: cookie ? { cookie } : {} });

  /** A second session of the same user, as on another device. */
  const signIn = async (email: string, password = PASSWORD) => {
    const res = await post('/api/auth/sign-in/email', { email, password });
    expect(res.statusCode, res.body).toBe(200);
    return cookieHeader(res.headers['set-cookie']);
  };
  const emailOf = async (cookie: string) =>
    (await t.app.inject({ url: '/api/me', headers: { cookie } })).json().email as string;

  test('MEDIUM-3: signing out closes the live sockets of that session with 4001; another device stays', async () => {
    const m = await seatedMeeting(t, 2);
    const member = m.people[1]!;
    const phone = await join(m.meetingId, member.cookie);
    const laptop = await join(m.meetingId, await signIn(await emailOf(member.cookie)));
    expect(await phone.run({ type: 'join' })).toMatchObject({ type: 'ack' });
    expect((await post('/api/auth/sign-out', {}, member.cookie)).statusCode).toBe(200);
    expect(await phone.closed).toBe(CLOSE_CODES.unauthenticated);
    expect(await laptop.run({ type: 'markReady', ready: true })).toMatchObject({ type: 'ack' });
  });

  test('MEDIUM-3: a password reset closes every live socket of the user with 4001', async () => {
    const m = await seatedMeeting(t, 2);
    const member = m.people[1]!;
    const email = await emailOf(member.cookie);
    const sockets = [await join(m.meetingId, member.cookie), await join(m.meetingId, await signIn(email))];
    expect(
      (await post('/api/auth/request-password-reset', { email, redirectTo: '/reset-password' })).statusCode,
    ).toBe(200);
    const mail = await t.smtp.waitFor(email, /wachtwoord/i);
    const token = decodeURIComponent(mail.text.match(/reset-password\?token=(\S+)/)![1]!);
    const reset = await post('/api/auth/reset-password', { token, newPassword: 'nieuw wachtwoord 55' });
    expect(reset.statusCode, reset.body).toBe(200);
    for (const socket of sockets) expect(await socket.closed).toBe(CLOSE_CODES.unauthenticated);
  });

  test('MEDIUM-3: deleting the account closes its live sockets with 4001', async () => {
    const m = await seatedMeeting(t, 2);
    const member = m.people[1]!;
    const socket = await join(m.meetingId, member.cookie);
    const deleted = await post('/api/auth/delete-user', { password: PASSWORD }, member.cookie);
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(await socket.closed).toBe(CLOSE_CODES.unauthenticated);
  });

  test('MEDIUM-3: a socket whose session merely expired is closed with 4001; another session stays', async () => {
    const m = await seatedMeeting(t, 2);
    const member = m.people[1]!;
    const phone = await join(m.meetingId, member.cookie);
    const laptop = await join(m.meetingId, await signIn(await emailOf(member.cookie)));
    const me = await t.app.inject({ url: '/api/auth/get-session', headers: { cookie: member.cookie } });
    const sessionId = me.json().session.id as string;
    // Thirty days later: the row is still there, only past its expiry, so no sign-out hook runs.
    await t.database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.id, sessionId));
    await checkSessions();
    expect(await phone.closed).toBe(CLOSE_CODES.unauthenticated);
    expect(await laptop.run({ type: 'join' })).toMatchObject({ type: 'ack' });
  });

  test('LOG-8: removing an ended meeting’s content under retention closes its room (4013); a reconnect gets the redacted log', async () => {
    const secret = 'Hoe vertel ik mijn team dat ik vertrek?';
    const m = await seatedMeeting(t, 2);
    const [anna, bram] = m.people as [Member, Member];
    const [chair, giver] = await Promise.all([anna, bram].map((p) => join(m.meetingId, p.cookie)));
    for (const [who, command] of [
      [chair!, { type: 'join' }],
      [giver!, { type: 'join' }],
      [chair!, { type: 'chooseMethod', versionId: m.versionId }],
      [chair!, { type: 'assignRole', role: 'caseGiver', userId: bram.id }],
      [giver!, { type: 'setCaseQuestion', text: secret }],
      [chair!, { type: 'endMeeting' }],
    ] as const) {
      expect(await who.run(command)).toMatchObject({ type: 'ack' });
    }
    const { db } = t.database;
    await updateMeetingRow(db, m.meetingId, { startsAt: new Date('2026-01-05T09:00:00Z') });
    await saveSetting(db, m.groupId, 30, anna.id, new Date());
    expect(await applyRetention(db, new Date('2026-03-01T00:00:00Z'))).toContain(m.meetingId);
    for (const socket of [chair!, giver!]) expect(await socket.closed).toBe(CLOSE_CODES.contentRemoved);
    const again = await join(m.meetingId, bram.cookie, 0);
    await again.next('snapshot');
    expect(JSON.stringify(again.messages)).not.toContain(secret);
  });

  test('MEDIUM-4: deleting a meeting closes its room with 4011; nothing sent after is acknowledged', async () => {
    const m = await seatedMeeting(t, 2);
    const [chair, member] = await Promise.all(m.people.map((p) => join(m.meetingId, p.cookie)));
    expect(await member!.run({ type: 'join' })).toMatchObject({ type: 'ack' });
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/meetings/${m.meetingId}`,
      headers: { cookie: m.people[0]!.cookie },
    });
    expect(removed.statusCode).toBe(204);
    member!.command({ type: 'markReady', ready: true });
    for (const socket of [chair!, member!]) expect(await socket.closed).toBe(CLOSE_CODES.deleted);
    expect(member!.messages.filter((x) => x.type === 'ack')).toHaveLength(1);
    const again = await LiveClient.connect(url, m.meetingId, m.people[1]!.cookie);
    expect(await again.closed).toBe(CLOSE_CODES.notFound);
    expect(await loadEvents(t.database.db, m.meetingId)).toEqual([]);
  });

  test('MEDIUM-4: deleting a group closes the rooms of its meetings with 4011', async () => {
    const m = await seatedMeeting(t, 2);
    const member = await join(m.meetingId, m.people[1]!.cookie);
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/groups/${m.groupId}`,
      headers: { cookie: m.people[0]!.cookie },
    });
    expect(removed.statusCode).toBe(204);
    expect(await member.closed).toBe(CLOSE_CODES.deleted);
  });

  test(`LOW-WS: one member holds at most ${MAX_SOCKETS_PER_MEMBER} sockets to a meeting; one more closes with 4012`, async () => {
    const m = await seatedMeeting(t, 1);
    const cookie = m.people[0]!.cookie;
    const held = await Promise.all(
      Array.from({ length: MAX_SOCKETS_PER_MEMBER }, () => join(m.meetingId, cookie)),
    );
    const extra = await LiveClient.connect(url, m.meetingId, cookie);
    expect(await extra.closed).toBe(CLOSE_CODES.tooManySockets);
    await held[0]!.close();
    const back = await join(m.meetingId, cookie);
    expect(back.messages[0]).toMatchObject({ type: 'welcome' });
  });

  test("LOW: a member's hello does not freeze a future meeting; the chair's opening does, as planned then", async () => {
    const m = await seatedMeeting(t, 3);
    const [anna, bram, carla] = m.people as [Member, Member, Member];
    const viewOf = (s: { view: unknown }) =>
      s.view as { roles: { chair: string }; method: { id: string } | null };
    const member = await join(m.meetingId, bram.cookie);
    expect(await member.run({ type: 'join' })).toMatchObject({ type: 'ack' });
    expect(viewOf(await member.next('snapshot')).roles.chair).toBe(anna.id);
    // Planned again before the meeting: Carla chairs, with a library method.
    const method = methods[0]!.id;
    await updateMeetingRow(t.database.db, m.meetingId, {
      rota: { chair: carla.id, timekeeper: null, scribe: null },
      methodId: method,
    });
    const chair = await join(m.meetingId, carla.cookie);
    const opened = viewOf(await chair.next('snapshot'));
    expect(opened.roles.chair).toBe(carla.id);
    expect(opened.method?.id).toBe(method);
    await member.next('snapshot', (s) => viewOf(s).roles.chair === carla.id);
    // Once the chair opened the room, the setup is frozen: a later change of the plan is not followed.
    await updateMeetingRow(t.database.db, m.meetingId, {
      rota: { chair: anna.id, timekeeper: null, scribe: null },
    });
    const late = await join(m.meetingId, anna.cookie);
    expect(viewOf(await late.next('snapshot')).roles.chair).toBe(carla.id);
  });
});
