import { afterAll, beforeAll, expect, test } from 'vitest';
import type { LearningRecord, ReflectionForm, SharedLearning } from '../../../core/api/learning';
import { createTestApp, type TestApp } from '../../test/app';
import { describeEachDatabase } from '../../test/databases';
import { call, type Person } from '../groups/test-helpers';
import { applyRetention } from '../retention/service';
import { type Cast, castGroup, planMeeting, runMeeting } from '../trajectories/test-trajectory';

const DAY = 86_400_000;

describeEachDatabase('learning record', (kind) => {
  let t: TestApp;
  let c: Cast;
  let trajectoryId: string;
  let meetingId: string;
  const get = async <T>(who: Person, url: string) => (await call(t.app, who, 'GET', url)).json() as T;

  beforeAll(async () => {
    t = await createTestApp(kind);
    c = await castGroup(t);
    const created = await call(t.app, c.admin, 'POST', `/api/groups/${c.groupId}/trajectories`, {
      name: 'Jaar 1',
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
      plannedMeetings: 6,
      mode: 'guided',
      facilitatorId: c.facilitator.id,
    });
    trajectoryId = created.json().id;
    meetingId = await planMeeting(t, c, 7);
    await call(t.app, c.admin, 'PUT', `/api/trajectories/${trajectoryId}/meetings/${meetingId}`, {
      facilitatorMode: 'leads',
    });
  });
  afterAll(() => t.close());

  const question = (who: Person, body: object) =>
    call(t.app, who, 'PUT', `/api/trajectories/${trajectoryId}/learning-question`, body);
  const reflect = (who: Person, body: object) =>
    call(t.app, who, 'PUT', `/api/meetings/${meetingId}/reflection`, body);

  test('each member writes their own learning question, linked to effects; nobody else reads it in their record', async () => {
    expect((await question(c.anna, { text: 'Grenzen stellen', effects: [] })).statusCode).toBe(400);
    expect((await question(c.anna, { text: 'Grenzen stellen', effects: ['courage'] })).statusCode).toBe(400);
    expect((await question(c.outsider, { text: 'x', effects: ['self'] })).statusCode).toBe(404);
    expect(
      (await question(c.anna, { text: 'Grenzen stellen', effects: ['self', 'repertoire'] })).statusCode,
    ).toBe(200);
    await question(c.bram, { text: 'Beter doorvragen', effects: ['others'], sharing: 'facilitator' });
    const anna = await get<LearningRecord>(c.anna, '/api/me/learning');
    expect(anna.trajectories[0]?.question).toMatchObject({
      text: 'Grenzen stellen',
      effects: ['self', 'repertoire'],
      sharing: 'private',
    });
    const admin = await get<LearningRecord>(c.admin, '/api/me/learning');
    expect(admin.trajectories[0]?.question).toBeNull();
    expect(JSON.stringify(admin)).not.toContain('Grenzen stellen');
    expect((await get<LearningRecord>(c.outsider, '/api/me/learning')).trajectories).toEqual([]);
  });

  test('a reflection waits for the end of the meeting, rates the effects of one’s question and is one’s own', async () => {
    const body = {
      ratings: { self: 3, repertoire: 4 },
      takeaway: 'Eerst vragen, dan pas iets vinden',
      dimensions: { technical: 'Doorvragen op gevoel', personal: '' },
    };
    expect((await reflect(c.anna, body)).json().error.code).toBe('meeting_not_ended');
    await runMeeting(t, c, meetingId, {
      chair: c.admin,
      caseGiver: c.anna,
      present: [c.admin, c.anna, c.bram, c.facilitator],
      facilitatorActs: true,
    });
    const form = await get<ReflectionForm>(c.anna, `/api/meetings/${meetingId}/reflection`);
    expect(form).toMatchObject({
      ended: true,
      effects: ['self', 'repertoire'],
      question: 'Grenzen stellen',
      mine: null,
    });
    expect((await reflect(c.anna, { ...body, ratings: {} })).statusCode).toBe(400);
    expect((await reflect(c.anna, { ...body, ratings: { self: 0 } })).statusCode).toBe(400);
    expect((await reflect(c.outsider, body)).statusCode).toBe(404);
    const saved = await reflect(c.anna, body);
    expect(saved.json().mine).toMatchObject({
      ratings: { self: 3, repertoire: 4 },
      dimensions: { technical: 'Doorvragen op gevoel' },
    });
    await reflect(c.bram, { ratings: { others: 5 }, takeaway: 'Bram deelt dit', sharing: 'facilitator' });
    // Another member's form shows only their own.
    expect((await get<ReflectionForm>(c.admin, `/api/meetings/${meetingId}/reflection`)).mine).toBeNull();
    const record = await get<LearningRecord>(c.anna, '/api/me/learning');
    expect(record.trajectories[0]?.reflections.map((r) => r.ratings)).toEqual([{ self: 3, repertoire: 4 }]);
  });

  test('the facilitator reads what was shared with them and nothing else; members and admins may not', async () => {
    const url = `/api/trajectories/${trajectoryId}/shared-learning`;
    const shared = await get<SharedLearning>(c.facilitator, url);
    expect(shared.people.map((p) => p.name)).toEqual(['Bram Lid']);
    expect(shared.people[0]).toMatchObject({
      question: { text: 'Beter doorvragen' },
      reflections: [{ takeaway: 'Bram deelt dit' }],
    });
    expect(JSON.stringify(shared)).not.toContain('Grenzen stellen');
    expect((await call(t.app, c.admin, 'GET', url)).statusCode).toBe(403);
    expect((await call(t.app, c.anna, 'GET', url)).statusCode).toBe(403);
    expect((await call(t.app, c.outsider, 'GET', url)).statusCode).toBe(404);
  });

  test('the export of one’s data carries the learning record; retention takes the words of reflections, keeps the ratings', async () => {
    const exported = (await call(t.app, c.anna, 'GET', '/api/me/export.html')).body;
    expect(exported).toContain('Grenzen stellen');
    expect(exported).toContain('Eerst vragen, dan pas iets vinden');
    expect(exported).not.toContain('Bram deelt dit');
    await call(t.app, c.admin, 'PUT', `/api/groups/${c.groupId}/retention`, { days: 30 });
    expect(await applyRetention(t.database.db, new Date(Date.now() + 40 * DAY))).toContain(meetingId);
    const [reflection] = (await get<LearningRecord>(c.anna, '/api/me/learning')).trajectories[0]!.reflections;
    expect(reflection).toMatchObject({ ratings: { self: 3, repertoire: 4 }, takeaway: '', dimensions: {} });
  });
});
