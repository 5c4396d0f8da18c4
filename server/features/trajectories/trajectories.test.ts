import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TrajectoryDetail } from '../../../core/api/trajectories';
import { createTestApp, type TestApp } from '../../test/app';
import { describeEachDatabase } from '../../test/databases';
import { call } from '../groups/test-helpers';
import { facilitatorModeOf } from './service';
import { type Cast, castGroup, planMeeting, runMeeting } from './test-trajectory';

const guided = (facilitatorId: string | null) => ({
  name: 'Intervisie 2027',
  startsOn: '2027-01-01',
  endsOn: '2027-12-31',
  plannedMeetings: 3,
  mode: 'guided',
  facilitatorId,
});

describeEachDatabase('trajectories', (kind) => {
  let t: TestApp;
  let c: Cast;
  let trajectoryId: string;
  const meetingIds: string[] = [];
  const detail = async (who: Cast[keyof Cast] & object) =>
    (await call(t.app, who, 'GET', `/api/trajectories/${trajectoryId}`)).json() as TrajectoryDetail;

  beforeAll(async () => {
    t = await createTestApp(kind);
    c = await castGroup(t);
  });
  afterAll(() => t.close());

  test('admins and facilitators start a trajectory; a guided one needs someone with the facilitator role', async () => {
    const url = `/api/groups/${c.groupId}/trajectories`;
    expect((await call(t.app, c.anna, 'POST', url, guided(c.facilitator.id))).statusCode).toBe(403);
    expect((await call(t.app, c.outsider, 'POST', url, guided(c.facilitator.id))).statusCode).toBe(404);
    const member = await call(t.app, c.admin, 'POST', url, guided(c.anna.id));
    expect(member.json().error.code).toBe('trajectory_facilitator_invalid');
    expect((await call(t.app, c.admin, 'POST', url, guided(null))).statusCode).toBe(400);
    expect(
      (await call(t.app, c.admin, 'POST', url, { ...guided(c.facilitator.id), endsOn: '2026-01-01' }))
        .statusCode,
    ).toBe(400);
    const created = await call(t.app, c.facilitator, 'POST', url, guided(c.facilitator.id));
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({
      mode: 'guided',
      facilitator: { name: 'Fenna Begeleider' },
      meetingCount: 0,
    });
    trajectoryId = created.json().id;
    expect((await call(t.app, c.anna, 'GET', url)).json().trajectories).toHaveLength(1);
    expect((await call(t.app, c.outsider, 'GET', url)).statusCode).toBe(404);
    expect((await call(t.app, c.outsider, 'GET', `/api/trajectories/${trajectoryId}`)).statusCode).toBe(404);
  });

  test('the facilitator plan per meeting fades; members cannot plan, another group’s meeting is not found', async () => {
    for (const [days, chair] of [
      [7, c.admin],
      [14, c.bram],
      [21, c.anna],
    ] as const)
      meetingIds.push(await planMeeting(t, c, days, chair));
    const plan = (who: typeof c.admin, meetingId: string, facilitatorMode: string) =>
      call(t.app, who, 'PUT', `/api/trajectories/${trajectoryId}/meetings/${meetingId}`, { facilitatorMode });
    expect((await plan(c.anna, meetingIds[0]!, 'leads')).statusCode).toBe(403);
    expect((await plan(c.admin, meetingIds[0]!, 'sings')).statusCode).toBe(400);
    for (const [i, mode] of ['leads', 'observes', 'absent'].entries()) {
      expect((await plan(i === 0 ? c.facilitator : c.admin, meetingIds[i]!, mode)).statusCode).toBe(200);
    }
    expect(await facilitatorModeOf(t.database.db, meetingIds[1]!)).toBe('observes');
    const other = await castGroup(t);
    const foreign = await planMeeting(t, other, 3);
    expect((await plan(c.admin, foreign, 'leads')).statusCode).toBe(404);
    // A meeting belongs to one trajectory only.
    const second = await call(t.app, c.admin, 'POST', `/api/groups/${c.groupId}/trajectories`, {
      ...guided(null),
      mode: 'autonomous',
    });
    const again = await call(
      t.app,
      c.admin,
      'PUT',
      `/api/trajectories/${second.json().id}/meetings/${meetingIds[0]}`,
      {
        facilitatorMode: 'absent',
      },
    );
    expect(again.json().error.code).toBe('meeting_in_trajectory');
    const seen = await detail(c.anna);
    expect(seen.meetings.map((m) => m.facilitatorMode)).toEqual(['leads', 'observes', 'absent']);
    expect(seen.canPlan).toBe(false);
    expect(seen.unplanned).toEqual([]);
  });

  test('the way to autonomy: who chaired, the facilitator’s interventions and all process flags, from the log', async () => {
    await runMeeting(t, c, meetingIds[0]!, {
      chair: c.admin,
      caseGiver: c.anna,
      present: [c.admin, c.anna, c.bram, c.facilitator],
      facilitatorActs: true,
    });
    const seen = await detail(c.bram);
    expect(seen.meetings[0]).toMatchObject({
      chair: 'Ada Beheer',
      method: { nl: 'Verslagmethode' },
      interventions: 2,
      flags: 2,
      status: 'ended',
    });
    expect(seen.meetings[1]).toMatchObject({ chair: null, interventions: null });
    // Nothing shared until the group agrees.
    expect(seen.aggregates).toEqual({ endedMeetings: 1 });
  });

  test('aggregates appear only once the group shares them, as figures over the group', async () => {
    await runMeeting(t, c, meetingIds[1]!, {
      chair: c.bram,
      caseGiver: c.admin,
      present: [c.admin, c.anna, c.bram],
      facilitatorActs: false,
    });
    const patch = { sharedAggregates: ['participation', 'rotation', 'methods', 'heard', 'airtime'] };
    expect((await call(t.app, c.anna, 'PATCH', `/api/trajectories/${trajectoryId}`, patch)).statusCode).toBe(
      403,
    );
    expect((await call(t.app, c.admin, 'PATCH', `/api/trajectories/${trajectoryId}`, patch)).statusCode).toBe(
      200,
    );
    const { aggregates, meetings } = await detail(c.anna);
    expect(meetings[1]).toMatchObject({ chair: 'Bram Lid', interventions: 0, flags: 1 });
    expect(aggregates.endedMeetings).toBe(2);
    expect(aggregates.participation).toEqual([
      { name: 'Ada Beheer', attended: 2 },
      { name: 'Anna Lid', attended: 2 },
      { name: 'Bram Lid', attended: 2 },
      { name: 'Fenna Begeleider', attended: 1 },
    ]);
    expect(aggregates.rotation?.find((r) => r.name === 'Ada Beheer')).toEqual({
      name: 'Ada Beheer',
      chaired: 1,
      caseGiver: 1,
    });
    expect(aggregates.methods).toEqual({ distinct: 1, used: 2 });
    expect(aggregates.heard?.map((h) => h.score)).toEqual([4, 4]);
    expect(JSON.stringify(aggregates)).not.toContain('Hoe zeg ik nee');
  });

  describe('evaluation', () => {
    const evaluate = (who: typeof c.admin, body: object) =>
      call(t.app, who, 'PUT', `/api/trajectories/${trajectoryId}/evaluation`, body);

    test('an individual evaluation is its author’s; shared, the facilitator reads it, other members never', async () => {
      await evaluate(c.anna, {
        scope: 'individual',
        ratings: { others: 4 },
        text: 'Anna groeide',
        sharing: 'private',
      });
      await evaluate(c.bram, {
        scope: 'individual',
        ratings: { self: 5 },
        text: 'Bram deelt',
        sharing: 'facilitator',
      });
      const texts = async (who: typeof c.admin) => (await detail(who)).evaluations.map((e) => e.text).sort();
      expect(await texts(c.anna)).toEqual(['Anna groeide']);
      expect(await texts(c.facilitator)).toEqual(['Bram deelt']);
      expect(await texts(c.admin)).toEqual([]);
      expect(await texts(c.bram)).toEqual(['Bram deelt']);
      expect((await evaluate(c.anna, { scope: 'individual', ratings: { others: 6 } })).statusCode).toBe(400);
    });

    test('the group’s evaluation is written by a facilitator or admin and read by every member', async () => {
      expect((await evaluate(c.anna, { scope: 'group', text: 'Wij zijn klaar' })).statusCode).toBe(403);
      expect((await evaluate(c.outsider, { scope: 'group', text: 'Wij zijn klaar' })).statusCode).toBe(404);
      expect(
        (await evaluate(c.facilitator, { scope: 'group', text: 'Klaar voor zelfstandig' })).statusCode,
      ).toBe(200);
      const seen = await detail(c.bram);
      expect(seen.evaluations.find((e) => e.scope === 'group')).toMatchObject({
        author: 'Fenna Begeleider',
        text: 'Klaar voor zelfstandig',
      });
    });
  });

  test('closing, then starting the next trajectory autonomously from it', async () => {
    const closed = await call(t.app, c.admin, 'PATCH', `/api/trajectories/${trajectoryId}`, { closed: true });
    expect(closed.json().closedAt).not.toBeNull();
    const next = await call(t.app, c.admin, 'POST', `/api/groups/${c.groupId}/trajectories`, {
      ...guided(c.facilitator.id),
      mode: 'autonomous',
      previousId: trajectoryId,
    });
    expect(next.json()).toMatchObject({ mode: 'autonomous', facilitator: null, previousId: trajectoryId });
  });
});
