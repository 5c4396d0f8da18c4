import { afterAll, beforeAll, expect, test } from 'vitest';
import type { MeetingView } from '../../core/meeting/types';
import { getMethod } from '../../core/methods/index';
import { call, groupWith, type Person, person } from '../features/groups/test-helpers';
import { createTestApp, type TestApp } from '../test/app';
import { describeEachDatabase } from '../test/databases';
import { LiveClient } from './test-client';

describeEachDatabase('choosing the method of a live meeting', (kind) => {
  let t: TestApp;
  let url: string;
  let anna: Person;
  let bram: Person;
  let groupId: string;
  let otherGroupVersion: string;
  const open: LiveClient[] = [];

  const plan = (body: Record<string, unknown>) =>
    call(t.app, anna, 'POST', `/api/groups/${groupId}/meetings`, {
      date: '2030-05-01',
      time: '19:30',
      ...body,
    });
  const copyMethod = async (who: Person, group: string, methodId: string) => {
    const res = await call(t.app, who, 'POST', `/api/groups/${group}/method-versions`, { methodId });
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string };
  };
  /** Anna (the chair: she planned it) joins the meeting's room; resolves with her client and first view. */
  const enter = async (meetingId: string) => {
    const client = await LiveClient.join(url, meetingId, anna.cookie);
    open.push(client);
    const snapshot = await client.next('snapshot');
    expect(await client.run({ type: 'join' })).toMatchObject({ type: 'ack' });
    return { client, view: snapshot.view as MeetingView };
  };
  const chosen = (client: LiveClient) => LiveClient.foldedView([client]).view.method;

  beforeAll(async () => {
    t = await createTestApp(kind);
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    anna = await person(t.app, 'Anna Voorzitter');
    bram = await person(t.app, 'Bram Elders');
    ({ groupId } = await groupWith(t.app, anna, []));
    const other = await groupWith(t.app, bram, []);
    otherGroupVersion = (await copyMethod(bram, other.groupId, 'balint')).id;
  });
  afterAll(async () => {
    for (const c of open) c.socket.terminate();
    await t.close();
  });

  test('METHOD-1: the method planned for the meeting is in the room from the start, and the chair may still change it', async () => {
    const meeting = (await plan({ methodId: 'incident' })).json();
    const { client, view } = await enter(meeting.id);
    expect(view.method?.names.nl).toBe(getMethod('incident')!.names.nl);

    expect(await client.run({ type: 'chooseMethod', methodId: 'balint' })).toMatchObject({ type: 'ack' });
    expect(chosen(client)?.names.nl).toBe(getMethod('balint')!.names.nl);
  });

  test('METHOD-2: the group’s own version runs as frozen when chosen, and editing it afterwards saves a new version', async () => {
    const version = await copyMethod(anna, groupId, 'incident');
    const base = `/api/groups/${groupId}/method-versions/${version.id}`;
    const definition = (await call(t.app, anna, 'GET', base)).json().method;
    const shorter = { ...definition, names: { nl: 'Onze Incidentmethode', en: 'Our incident method' } };
    expect((await call(t.app, anna, 'PUT', base, shorter)).statusCode).toBe(200);

    const meeting = (await plan({})).json();
    const { client, view } = await enter(meeting.id);
    expect(view.method).toBeNull();
    expect(await client.run({ type: 'chooseMethod', versionId: version.id })).toMatchObject({ type: 'ack' });
    expect(chosen(client)?.names.nl).toBe('Onze Incidentmethode');

    await expect.poll(async () => (await call(t.app, anna, 'GET', base)).json().usedAt).not.toBeNull();
    const edited = {
      ...shorter,
      names: { nl: 'Onze nieuwe Incidentmethode', en: 'Our new incident method' },
    };
    const saved = (await call(t.app, anna, 'PUT', base, edited)).json();
    expect(saved.id).not.toBe(version.id);
    expect(chosen(client)?.names.nl).toBe('Onze Incidentmethode');
  });

  test('METHOD-3: another group’s version, an unknown method or a method made up by the client is refused', async () => {
    const meeting = (await plan({})).json();
    const { client } = await enter(meeting.id);
    expect(await client.run({ type: 'chooseMethod', versionId: otherGroupVersion })).toMatchObject({
      type: 'rejected',
      rejection: { code: 'unknown_method' },
    });
    expect(await client.run({ type: 'chooseMethod', methodId: 'no-such-method' })).toMatchObject({
      type: 'rejected',
      rejection: { code: 'unknown_method' },
    });
    const madeUp = { ...getMethod('incident')!, names: { nl: 'Verzonnen', en: 'Made up' } };
    expect(await client.run({ type: 'chooseMethod', method: madeUp })).toMatchObject({
      type: 'rejected',
      rejection: { code: 'invalid_command' },
    });
    expect(chosen(client)).toBeNull();
  });

  test('METHOD-4: a meeting cannot be planned with a method that is not in the library or the group’s own', async () => {
    for (const body of [{ methodId: 'no-such-method' }, { methodVersionId: otherGroupVersion }]) {
      const res = await plan(body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('method_not_found');
    }
    const meeting = (await plan({})).json();
    const patched = await call(t.app, anna, 'PATCH', `/api/meetings/${meeting.id}`, {
      methodVersionId: otherGroupVersion,
    });
    expect(patched.json().error.code).toBe('method_not_found');
  });
});
