import { afterAll, beforeAll, expect, test } from 'vitest';
import { meetingAccess } from '../features/groups/access';
import { createTestApp, signUp, type TestApp } from '../test/app';
import { describeEachDatabase } from '../test/databases';
import { frozenSetup } from './setup';

describeEachDatabase('the live room takes its settings from the planned meeting', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const plan = async (cookie: string, groupId: string, autoAdvance?: boolean) => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/groups/${groupId}/meetings`,
      headers: { cookie },
      payload: {
        date: '2031-03-04',
        time: '19:30',
        notify: false,
        ...(autoAdvance === undefined ? {} : { autoAdvance }),
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; autoAdvance: boolean };
  };

  test('TIME-4: auto-advance is off unless the planner turns it on, and the room follows the meeting', async () => {
    const { cookie, user } = await signUp(t.app, { email: `planner.${kind}@example.nl`, name: 'Planner' });
    const group = await t.app.inject({
      method: 'POST',
      url: '/api/groups',
      headers: { cookie },
      payload: { name: 'Kring Oost' },
    });
    const groupId = group.json().id as string;

    const plain = await plan(cookie, groupId);
    expect(plain.autoAdvance).toBe(false);
    const timed = await plan(cookie, groupId, true);
    expect(timed.autoAdvance).toBe(true);

    const setupOf = async (meetingId: string) => {
      const access = await meetingAccess(t.database.db, user.id, meetingId);
      return frozenSetup(t.database.db, access!.meeting);
    };
    expect((await setupOf(plain.id)).autoAdvance).toBe(false);
    expect((await setupOf(timed.id)).autoAdvance).toBe(true);

    const off = await t.app.inject({
      method: 'PATCH',
      url: `/api/meetings/${timed.id}`,
      headers: { cookie },
      payload: { autoAdvance: false },
    });
    expect(off.json().autoAdvance).toBe(false);
    // Once a room has opened, its setup is frozen in the log: a later edit does not change a running meeting.
    expect((await setupOf(timed.id)).autoAdvance).toBe(true);
  });
});
