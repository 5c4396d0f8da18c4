import { afterAll, beforeAll, expect, test } from 'vitest';
import { CLOSE_CODES, MAX_CLIENT_MESSAGE_BYTES } from '../../core/protocol';
import { createTestApp, signUp, type TestApp } from '../test/app';
import { describeEachDatabase } from '../test/databases';
import { LiveClient } from './test-client';
import { seatedMeeting } from './test-meeting';

/** Everyone joins; the chair picks the test method, makes person 1 the case-giver and starts `ask`. */
async function startMeeting(clients: LiveClient[], caseGiverId: string, versionId: string) {
  for (const c of clients) expect((await c.run({ type: 'join' })).type).toBe('ack');
  const [chair] = clients;
  for (const command of [
    { type: 'chooseMethod', versionId },
    { type: 'assignRole', role: 'caseGiver', userId: caseGiverId },
    { type: 'startPhase', phaseId: 'ask' },
  ]) {
    const reply = await chair!.run(command);
    expect(reply, JSON.stringify(reply)).toMatchObject({ type: 'ack' });
  }
}

const contributions = (c: LiveClient) =>
  c
    .events()
    .flatMap((e) =>
      e.type === 'contributionAdded' ? [e.contribution as { text: string; redaction?: string }] : [],
    );

describeEachDatabase('live meetings over WebSocket', (kind) => {
  let t: TestApp;
  let url: string;
  const open: LiveClient[] = [];
  const join = async (meetingId: string, cookie?: string, lastSeq?: number) => {
    const client = await LiveClient.join(url, meetingId, cookie, lastSeq);
    open.push(client);
    return client;
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    for (const c of open) c.socket.terminate();
    await t.close();
  });

  test('AUTH-1: a socket without a session is closed with 4001', async () => {
    const { meetingId } = await seatedMeeting(t, 1);
    const client = await LiveClient.connect(url, meetingId);
    expect(await client.closed).toBe(CLOSE_CODES.unauthenticated);
  });

  test('AUTH-2: a non-member gets 4004, a member who has not accepted the current rules 4003', async () => {
    const { meetingId } = await seatedMeeting(t, 1);
    const outsider = await signUp(t.app, { email: `outsider.${Date.now()}@example.nl` });
    const client = await LiveClient.connect(url, meetingId, outsider.cookie);
    expect(await client.closed).toBe(CLOSE_CODES.notFound);

    const other = await seatedMeeting(t, 2);
    const { insertRulesVersion } = await import('../features/groups/repo');
    await insertRulesVersion(
      t.database.db,
      other.groupId,
      [{ title: 'Nieuw', body: 'Nieuwe regel.' }],
      other.people[0]!.id,
    );
    const stale = await LiveClient.connect(url, other.meetingId, other.people[1]!.cookie);
    expect(await stale.closed).toBe(CLOSE_CODES.forbidden);
  });

  test('CONTRIB-10: text with a NUL character is malformed, never a stuck command', async () => {
    const m = await seatedMeeting(t, 3);
    const clients = await Promise.all(m.people.map((p) => join(m.meetingId, p.cookie)));
    await startMeeting(clients, m.people[1]!.id, m.versionId);
    const reply = await clients[2]!.run({ type: 'contribute', kind: 'question', text: 'Wat\u0000 nu?' });
    expect(reply).toMatchObject({ type: 'rejected', rejection: { code: 'invalid_command' } });
    expect(await clients[2]!.run({ type: 'contribute', kind: 'question', text: 'Wat nu?' })).toMatchObject({
      type: 'ack',
    });
  });

  test('a contribution is acknowledged only once stored, then every participant sees it', async () => {
    const m = await seatedMeeting(t, 4);
    const clients = await Promise.all(m.people.map((p) => join(m.meetingId, p.cookie)));
    await startMeeting(clients, m.people[1]!.id, m.versionId);
    const ack = await clients[2]!.run({ type: 'contribute', kind: 'question', text: 'Wat deed je toen?' });
    expect(ack.type).toBe('ack');
    const { loadEvents } = await import('./repo');
    const stored = await loadEvents(t.database.db, m.meetingId);
    expect(stored.at(-1)).toMatchObject({ type: 'contributionAdded', seq: (ack as { seq: number }).seq });
    for (const c of clients) {
      await c.next('events', (e) => e.events.some((x) => x.type === 'contributionAdded'));
      expect(contributions(c).map((x) => x.text)).toEqual(['Wat deed je toen?']);
    }
  });

  test('VIS: private writing stays hidden from everyone else until the chair reveals it', async () => {
    const m = await seatedMeeting(t, 3);
    const clients = await Promise.all(m.people.map((p) => join(m.meetingId, p.cookie)));
    await startMeeting(clients, m.people[1]!.id, m.versionId);
    const [chair, caseGiver, helper] = clients as [LiveClient, LiveClient, LiveClient];
    expect(await chair.run({ type: 'startPhase', phaseId: 'write' })).toMatchObject({ type: 'ack' });
    expect(await helper.run({ type: 'contribute', kind: 'association', text: 'geheim beeld' })).toMatchObject(
      { type: 'ack' },
    );
    expect(JSON.stringify(helper.messages)).toContain('geheim beeld');
    for (const other of [chair, caseGiver]) {
      await other.next('events', (e) => e.events.some((x) => x.type === 'contributionAdded'));
      expect(JSON.stringify(other.messages)).not.toContain('geheim beeld');
    }
    expect(await chair.run({ type: 'reveal' })).toMatchObject({ type: 'ack' });
    for (const other of [chair, caseGiver]) {
      await other.waitFor((msg): msg is typeof msg => JSON.stringify(msg).includes('geheim beeld'));
      // The view a real client folds from what it received now holds the text in place of the placeholder.
      const { view } = LiveClient.foldedView([other]);
      expect(view.contributions.map((c) => c.text)).toEqual(['geheim beeld']);
    }
  });

  test('VIS: a case-giver who is out of the room receives nothing of that phase', async () => {
    const m = await seatedMeeting(t, 3);
    const clients = await Promise.all(m.people.map((p) => join(m.meetingId, p.cookie)));
    await startMeeting(clients, m.people[1]!.id, m.versionId);
    const [chair, caseGiver, helper] = clients as [LiveClient, LiveClient, LiveClient];
    expect(await chair.run({ type: 'startPhase', phaseId: 'discuss' })).toMatchObject({ type: 'ack' });
    const before = caseGiver.messages.length;
    expect(await helper.run({ type: 'contribute', kind: 'hypothesis', text: 'een vermoeden' })).toMatchObject(
      { type: 'ack' },
    );
    await chair.next('events', (e) => JSON.stringify(e).includes('een vermoeden'));
    // A ping round-trip proves the case-giver's socket is drained past the contribution.
    caseGiver.send({ type: 'ping' });
    await caseGiver.next('pong');
    expect(JSON.stringify(caseGiver.messages.slice(before))).not.toContain('een vermoeden');
  });

  test('IDEM: a retried commandId is acknowledged again with the same seq and applied once', async () => {
    const m = await seatedMeeting(t, 2);
    const clients = await Promise.all(m.people.map((p) => join(m.meetingId, p.cookie)));
    await startMeeting(clients, m.people[1]!.id, m.versionId);
    const [chair] = clients as [LiveClient];
    const second = await join(m.meetingId, m.people[0]!.cookie);
    const commandId = 'retry-retry-1';
    const command = { type: 'contribute', kind: 'question', text: 'Twee keer verstuurd' };
    chair.command(command, commandId);
    second.command(command, commandId);
    chair.command(command, commandId);
    const acks = await Promise.all([
      chair.next('ack', (a) => a.commandId === commandId),
      second.next('ack', (a) => a.commandId === commandId),
    ]);
    await chair.waitFor(
      (x): x is typeof x =>
        chair.messages.filter((y) => y.type === 'ack' && y.commandId === commandId).length === 2,
    );
    expect(new Set(acks.map((a) => a.seq)).size).toBe(1);
    const { loadEvents } = await import('./repo');
    const stored = await loadEvents(t.database.db, m.meetingId);
    expect(stored.filter((e) => e.type === 'contributionAdded')).toHaveLength(1);
  });

  test('PROTO: malformed JSON, an unknown message and an oversize frame get an error; the socket keeps working', async () => {
    const m = await seatedMeeting(t, 1);
    const client = await join(m.meetingId, m.people[0]!.cookie);
    client.socket.send('{not json');
    await client.next('error', (e) => e.code === 'invalid_json');
    client.send({ type: 'shout', loud: true });
    await client.next('error', (e) => e.code === 'invalid_message');
    client.socket.send(JSON.stringify({ type: 'ping', pad: 'x'.repeat(MAX_CLIENT_MESSAGE_BYTES) }));
    await client.next('error', (e) => e.code === 'too_large');
    expect(await client.run({ type: 'join' })).toMatchObject({ type: 'ack' });
    const rejected = await client.run({ type: 'contribute', kind: 'question' });
    expect(rejected).toMatchObject({ type: 'rejected', rejection: { code: 'invalid_command' } });
  });

  test('PROTO: a connection over its rate limit is told so and stays open', async () => {
    const m = await seatedMeeting(t, 1);
    const client = await join(m.meetingId, m.people[0]!.cookie);
    for (let i = 0; i < 60; i++) client.send({ type: 'ping' });
    await client.next('error', (e) => e.code === 'rate_limited');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const pongs = client.messages.filter((x) => x.type === 'pong').length;
    client.send({ type: 'ping' });
    await client.waitFor(
      (x): x is typeof x => client.messages.filter((y) => y.type === 'pong').length > pongs,
    );
  });

  test('RECONNECT: with lastSeq a client receives exactly the events it missed', async () => {
    const m = await seatedMeeting(t, 3);
    const clients = await Promise.all(m.people.map((p) => join(m.meetingId, p.cookie)));
    await startMeeting(clients, m.people[1]!.id, m.versionId);
    const [chair, , helper] = clients as [LiveClient, LiveClient, LiveClient];
    await helper.run({ type: 'contribute', kind: 'question', text: 'vraag een' });
    await chair.next('events', (e) => JSON.stringify(e).includes('vraag een'));
    const lastSeq = chair.lastSeq();
    await chair.close();
    const missedTexts = ['vraag twee', 'vraag drie'];
    for (const text of missedTexts) await helper.run({ type: 'contribute', kind: 'question', text });
    const back = await join(m.meetingId, m.people[0]!.cookie, lastSeq);
    const caughtUp = await back.next('events');
    expect(caughtUp.events.map((e) => e.seq)).toEqual([lastSeq + 1, lastSeq + 2]);
    expect(contributions(back).map((c) => c.text)).toEqual(missedTexts);
    expect(back.messages.some((x) => x.type === 'snapshot')).toBe(false);
  });

  test('ACCESS: a member the admin removes from the group is disconnected with 4003 at once', async () => {
    const m = await seatedMeeting(t, 3);
    const [, leaver, stayer] = await Promise.all(m.people.map((p) => join(m.meetingId, p.cookie)));
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/groups/${m.groupId}/members/${m.people[1]!.id}`,
      headers: { cookie: m.people[0]!.cookie },
    });
    expect(removed.statusCode).toBe(204);
    expect(await leaver!.closed).toBe(CLOSE_CODES.forbidden);
    stayer!.send({ type: 'ping' });
    await stayer!.next('pong');
    const again = await LiveClient.connect(url, m.meetingId, m.people[1]!.cookie);
    expect(await again.closed).toBe(CLOSE_CODES.notFound);
  });

  test('ACCESS: new ground rules close every member socket until the rules are accepted again', async () => {
    const m = await seatedMeeting(t, 2);
    const clients = await Promise.all(m.people.map((p) => join(m.meetingId, p.cookie)));
    const changed = await t.app.inject({
      method: 'PUT',
      url: `/api/groups/${m.groupId}/rules`,
      headers: { cookie: m.people[0]!.cookie },
      payload: { items: [{ title: 'Nieuw', body: 'Een nieuwe afspraak.' }] },
    });
    expect(changed.statusCode).toBe(200);
    for (const c of clients) expect(await c.closed).toBe(CLOSE_CODES.forbidden);
  });

  test('GUEST: a guest waits in the lobby, sees nothing, and joins once the chair admits them', async () => {
    const m = await seatedMeeting(t, 2);
    const clients = await Promise.all(m.people.map((p) => join(m.meetingId, p.cookie)));
    await startMeeting(clients, m.people[1]!.id, m.versionId);
    const [chair] = clients as [LiveClient];
    const code = (
      await t.app.inject({
        method: 'POST',
        url: `/api/meetings/${m.meetingId}/join-code`,
        headers: { cookie: m.people[0]!.cookie },
      })
    ).json().code as string;
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/guests/join',
      payload: { code, name: 'Gast', acceptConfidentiality: false },
    });
    expect(refused.statusCode).toBe(400);
    const joined = await t.app.inject({
      method: 'POST',
      url: '/api/guests/join',
      payload: { code: code.toLowerCase(), name: 'Gast', acceptConfidentiality: true },
    });
    expect(joined.statusCode).toBe(200);
    const guestCookie = String(joined.headers['set-cookie']).split(';')[0]!;
    const { userId } = joined.json() as { userId: string };
    const guest = await join(m.meetingId, guestCookie);
    expect(guest.messages[0]).toMatchObject({ type: 'welcome', status: 'waiting', actorId: userId });
    await chair.next('guests', (g) => g.waiting.some((w) => w.userId === userId && w.name === 'Gast'));
    expect(guest.messages.some((x) => x.type === 'snapshot')).toBe(false);
    expect(await chair.run({ type: 'admitGuest', userId, name: 'Gast' })).toMatchObject({ type: 'ack' });
    await guest.next('snapshot');
    expect(await guest.run({ type: 'join' })).toMatchObject({ type: 'ack' });
  });
});
