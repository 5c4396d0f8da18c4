import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { describeEachDatabase } from '../../test/databases';
import { acceptRules, call, type Person, person } from '../groups/test-helpers';

describeEachDatabase('onboarding checklist', (kind) => {
  let t: TestApp;
  let newcomer: Person;
  let colleague: Person;
  beforeAll(async () => {
    t = await createTestApp(kind);
    newcomer = await person(t.app, 'Nina Nieuw');
    colleague = await person(t.app, 'Cas Collega');
  });
  afterAll(() => t.close());

  const checklist = async (who: Person) => {
    const res = await call(t.app, who, 'GET', '/api/me/onboarding');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const done = Object.fromEntries(body.steps.map((s: { id: string; done: boolean }) => [s.id, s.done]));
    return { ...body, done };
  };

  it('ticks off each first step as the newcomer takes it, in the group they started', async () => {
    const start = await checklist(newcomer);
    expect(start.steps.map((s: { id: string }) => s.id)).toEqual([
      'group',
      'rules',
      'meeting',
      'invite',
      'projector',
    ]);
    expect(start).toMatchObject({ groupId: null, meetingId: null, dismissed: false });
    expect(Object.values(start.done)).not.toContain(true);

    const group = (
      await call(t.app, newcomer, 'POST', '/api/groups', { name: 'Kring Zuid', language: 'nl' })
    ).json();
    expect((await checklist(newcomer)).done).toMatchObject({ group: true, rules: false, meeting: false });

    await acceptRules(t.app, newcomer, group.id);
    expect((await checklist(newcomer)).done.rules).toBe(true);

    const meeting = await call(t.app, newcomer, 'POST', `/api/groups/${group.id}/meetings`, {
      date: '2031-02-03',
      time: '19:30',
      timeZone: 'Europe/Amsterdam',
      durationMinutes: 120,
      methodId: 'incident',
    });
    expect(meeting.statusCode).toBe(201);
    const planned = await checklist(newcomer);
    expect(planned).toMatchObject({ groupId: group.id, meetingId: meeting.json().id });
    expect(planned.done).toMatchObject({ meeting: true, invite: false });

    const invite = (await call(t.app, newcomer, 'POST', `/api/groups/${group.id}/invites`, {})).json();
    expect((await checklist(newcomer)).done.invite).toBe(true);
    await call(t.app, colleague, 'POST', `/api/invites/${invite.token}/accept`);
    // The colleague who joined by link has a group, but not yet its rules.
    expect((await checklist(colleague)).done).toMatchObject({ group: true, rules: false, invite: true });

    const opened = await call(t.app, newcomer, 'POST', '/api/me/onboarding', { mark: 'projector' });
    expect(opened.statusCode).toBe(200);
    expect(Object.values(opened.json().steps.map((s: { done: boolean }) => s.done))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    // One person's marks are theirs alone.
    expect((await checklist(colleague)).done.projector).toBe(false);
  });

  it('remembers that the checklist was closed, refuses other marks and needs a session', async () => {
    expect(
      (await call(t.app, colleague, 'POST', '/api/me/onboarding', { mark: 'dismissed' })).json().dismissed,
    ).toBe(true);
    expect((await checklist(colleague)).dismissed).toBe(true);
    expect((await call(t.app, colleague, 'POST', '/api/me/onboarding', { mark: 'group' })).statusCode).toBe(
      400,
    );
    expect((await call(t.app, null, 'GET', '/api/me/onboarding')).statusCode).toBe(401);
  });
});
