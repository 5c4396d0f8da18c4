import { afterAll, beforeAll, expect, test } from 'vitest';
import { setMeetingStatus } from '../features/meetings/service';
import { createTestApp, type TestApp } from '../test/app';
import { describeEachDatabase } from '../test/databases';
import { LiveClient } from './test-client';
import { type Member, seatedMeeting } from './test-meeting';

/** A seated meeting that is still scheduled, as planned meetings are before anyone joins. */
async function scheduledMeeting(t: TestApp, n: number) {
  const m = await seatedMeeting(t, n);
  await setMeetingStatus(t.database.db, m.meetingId, 'scheduled');
  return m;
}

const ok = async (client: LiveClient, command: Record<string, unknown>) => {
  const reply = await client.run(command);
  expect(reply, JSON.stringify(reply)).toMatchObject({ type: 'ack' });
};

describeEachDatabase('a live meeting reaches the rest of Kring', (kind) => {
  let t: TestApp;
  let url: string;
  const open: LiveClient[] = [];

  beforeAll(async () => {
    t = await createTestApp(kind);
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    for (const c of open) c.socket.terminate();
    await t.close();
  });

  const get = (path: string, cookie: string) =>
    t.app.inject({ method: 'GET', url: path, headers: { cookie } });
  const status = async (meetingId: string, cookie: string) =>
    (await get(`/api/meetings/${meetingId}`, cookie)).json().status as string;

  test('FOLLOW-UP and ATTENDANCE: the decided actions and who was there are kept when the meeting ends', async () => {
    const m = await scheduledMeeting(t, 4);
    const [chairP, giverP, scribeP, absentP] = m.people as [Member, Member, Member, Member];
    expect(await status(m.meetingId, chairP.cookie)).toBe('scheduled');

    // The fourth member never joins: they must not appear as present.
    const [chair, giver, scribe] = await Promise.all(
      [chairP, giverP, scribeP].map((p) => LiveClient.join(url, m.meetingId, p.cookie)),
    );
    open.push(chair!, giver!, scribe!);
    await ok(chair!, { type: 'join' });
    expect(await status(m.meetingId, chairP.cookie)).toBe('live');
    await ok(giver!, { type: 'join' });
    await ok(scribe!, { type: 'join' });
    await ok(chair!, { type: 'chooseMethod', versionId: m.versionId });
    await ok(chair!, { type: 'assignRole', role: 'caseGiver', userId: giverP.id });
    await ok(chair!, { type: 'assignRole', role: 'scribe', userId: scribeP.id });
    await ok(chair!, { type: 'startPhase', phaseId: 'ask' });
    const actions = [
      { text: 'Het gesprek met mijn team plannen' },
      { text: 'Mijn grens per mail bevestigen' },
    ];
    await ok(giver!, { type: 'recordDecision', text: 'Ik ga het gesprek aan.', actions });
    // Recording the same decision again adds nothing twice.
    await ok(giver!, { type: 'recordDecision', text: 'Ik ga het gesprek aan.', actions });
    await ok(chair!, { type: 'endMeeting' });

    const mine = (await get('/api/me/actions', giverP.cookie)).json().actions as {
      text: string;
      meetingId: string;
      status: string;
    }[];
    expect(mine.filter((a) => a.meetingId === m.meetingId).map((a) => a.text)).toEqual(
      expect.arrayContaining(actions.map((a) => a.text)),
    );
    expect(mine.filter((a) => a.meetingId === m.meetingId)).toHaveLength(2);
    expect((await get('/api/me/actions', scribeP.cookie)).json().actions).toHaveLength(0);
    expect(await status(m.meetingId, chairP.cookie)).toBe('ended');

    const csv = (await get(`/api/meetings/${m.meetingId}/attendance.csv?lang=en`, absentP.cookie)).body;
    const line = (p: Member) => csv.split('\r\n').find((l) => l.includes(p.name)) ?? '';
    expect(line(chairP)).toContain('"yes","chair"');
    expect(line(giverP)).toContain('"yes","case-giver"');
    expect(line(scribeP)).toContain('"yes","scribe"');
    expect(csv).not.toContain(absentP.name);
  });

  test('FOLLOW-UP: the actions show at the opening of the group next meeting, as far as report sharing allows', async () => {
    const m = await scheduledMeeting(t, 2);
    const [chairP, giverP] = m.people as [Member, Member];
    const [chair, giver] = await Promise.all(
      [chairP, giverP].map((p) => LiveClient.join(url, m.meetingId, p.cookie)),
    );
    open.push(chair!, giver!);
    await ok(chair!, { type: 'join' });
    await ok(giver!, { type: 'join' });
    await ok(chair!, { type: 'chooseMethod', versionId: m.versionId });
    await ok(chair!, { type: 'assignRole', role: 'caseGiver', userId: giverP.id });
    await ok(chair!, { type: 'startPhase', phaseId: 'ask' });
    await ok(giver!, { type: 'recordDecision', text: 'Besluit', actions: [{ text: 'Feedback vragen' }] });
    await ok(chair!, { type: 'endMeeting' });

    const next = await t.app.inject({
      method: 'POST',
      url: `/api/groups/${m.groupId}/meetings`,
      headers: { cookie: chairP.cookie },
      payload: {
        date: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
        time: '19:30',
      },
    });
    expect(next.statusCode, next.body).toBe(201);
    const followUp = async (reader: Member) =>
      (await get(`/api/meetings/${next.json().id}/follow-up`, reader.cookie))
        .json()
        .actions.map((a: { text: string }) => a.text);
    expect(await followUp(giverP)).toEqual(['Feedback vragen']);
    // REPORT-8: the meeting ended under the default sharing, so the others do not read its actions,
    // not even once the group shares everything from now on (REPORT-5).
    expect(await followUp(chairP)).toEqual([]);
    const share = await t.app.inject({
      method: 'PUT',
      url: `/api/groups/${m.groupId}/report-sharing`,
      headers: { cookie: chairP.cookie },
      payload: { level: 'everything' },
    });
    expect(share.statusCode, share.body).toBe(200);
    expect(await followUp(chairP)).toEqual([]);
  });
});
