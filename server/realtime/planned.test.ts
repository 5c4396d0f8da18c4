import { afterAll, beforeAll, expect, test } from 'vitest';
import type { MeetingView } from '../../core/meeting/types';
import { call, groupWith, type Person, person } from '../features/groups/test-helpers';
import { createTestApp, type TestApp } from '../test/app';
import { describeEachDatabase } from '../test/databases';
import { LiveClient } from './test-client';

describeEachDatabase('what was planned for a meeting is in its room', (kind) => {
  let t: TestApp;
  let url: string;
  let anna: Person;
  let bram: Person;
  let carla: Person;
  let dirk: Person;
  let groupId: string;
  const open: LiveClient[] = [];

  const enter = async (meetingId: string, who: Person) => {
    const client = await LiveClient.join(url, meetingId, who.cookie);
    open.push(client);
    const snapshot = await client.next('snapshot');
    expect(await client.run({ type: 'join' })).toMatchObject({ type: 'ack' });
    return { client, view: snapshot.view as MeetingView };
  };
  const submit = async (who: Person, meetingId: string, status: 'submitted' | 'draft', title: string) => {
    const res = await call(t.app, who, 'POST', `/api/groups/${groupId}/cases`, {
      title,
      situation: 'Sinds de fusie zijn er twee teams.',
      question: 'Hoe kan ik de twee teams bij elkaar brengen?',
      meetingId,
      status,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string };
  };
  const statusOf = async (who: Person, caseId: string) => {
    const mine = (await call(t.app, who, 'GET', '/api/me/cases')).json().cases as {
      id: string;
      status: string;
    }[];
    return mine.find((c) => c.id === caseId)?.status;
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    anna = await person(t.app, 'Anna Voorzitter');
    bram = await person(t.app, 'Bram Elders');
    carla = await person(t.app, 'Carla Tijd');
    dirk = await person(t.app, 'Dirk Notulist');
    ({ groupId } = await groupWith(t.app, anna, [bram, carla, dirk]));
  });
  afterAll(async () => {
    for (const c of open) c.socket.terminate();
    await t.close();
  });

  test('ROLE-7, CASE-1, CASE-2: planned roles and a case submitted ahead are in the room; the chosen case is discussed at the end', async () => {
    const meeting = (
      await call(t.app, anna, 'POST', `/api/groups/${groupId}/meetings`, {
        date: '2030-05-01',
        time: '19:30',
        notify: false,
        methodId: 'incident',
        rota: { chair: anna.id, timekeeper: carla.id, scribe: dirk.id },
      })
    ).json() as { id: string };
    const brought = await submit(bram, meeting.id, 'submitted', 'Twee teams na de fusie');
    const draft = await submit(carla, meeting.id, 'draft', 'Nog niet klaar');

    const { client, view } = await enter(meeting.id, anna);
    // ROLE-7: the rota's timekeeper and scribe hold their roles before they even joined.
    expect(view.roles).toMatchObject({ chair: anna.id, timekeeper: carla.id, scribe: dirk.id });
    // CASE-1: Bram's submitted case is his pitch; Carla's draft is not.
    expect(view.pitches).toEqual([
      {
        id: `case-${brought.id}`,
        authorId: bram.id,
        text: 'Twee teams na de fusie',
        caseId: brought.id,
        question: 'Hoe kan ik de twee teams bij elkaar brengen?',
      },
    ]);
    await enter(meeting.id, bram);
    expect(await client.run({ type: 'advancePhase' })).toMatchObject({ type: 'ack' });
    expect(await client.run({ type: 'advancePhase' })).toMatchObject({ type: 'ack' });
    expect(await client.run({ type: 'chooseCase', pitchId: `case-${brought.id}` })).toMatchObject({
      type: 'ack',
    });
    const chosen = LiveClient.foldedView([client]).view;
    expect(chosen.roles.caseGiver).toBe(bram.id);
    // The question carries over as the case question: Bram does not retype it.
    expect(chosen.caseQuestion).toBe('Hoe kan ik de twee teams bij elkaar brengen?');
    expect(await statusOf(bram, brought.id)).toBe('submitted');

    expect(await client.run({ type: 'endMeeting' })).toMatchObject({ type: 'ack' });
    await expect.poll(() => statusOf(bram, brought.id)).toBe('discussed');
    expect(await statusOf(carla, draft.id)).toBe('draft');
  });
});
