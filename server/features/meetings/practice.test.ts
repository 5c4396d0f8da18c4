import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Dossier } from '../../../core/api/register';
import type { TrajectoryDetail } from '../../../core/api/trajectories';
import { exampleCaseById } from '../../../core/practice/example-cases';
import { meetings } from '../../db/schema/index';
import { findMeeting } from '../../realtime/repo';
import { frozenSetup } from '../../realtime/setup';
import { createTestApp, type TestApp } from '../../test/app';
import { describeEachDatabase } from '../../test/databases';
import { call, type Person } from '../groups/test-helpers';
import { play, reportMethod } from '../reports/test-meeting';
import { type Cast, castGroup, planMeeting } from '../trajectories/test-trajectory';

const MIN = 60_000;
const example = exampleCaseById('parent-evening-complaint')!;

/**
 * PRACTICE-3: a practice meeting is planned on an example case and counts for nothing afterwards: no
 * reflection, no dossier line, no step on a trajectory's way to autonomy and in none of its aggregates.
 */
describeEachDatabase('practice meetings', (kind) => {
  let t: TestApp;
  let c: Cast;
  let practiceId: string;
  let realId: string;
  let trajectoryId: string;

  const planPractice = (body: object) =>
    call(t.app, c.admin, 'POST', `/api/groups/${c.groupId}/meetings`, {
      date: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
      time: '19:00',
      notify: false,
      rota: { chair: c.admin.id, timekeeper: null, scribe: null },
      methodId: 'incident',
      ...body,
    });

  /** An hour's meeting, as the room would store it, chaired by the admin with Anna as case-giver. */
  async function runToEnd(meetingId: string, start: number) {
    const at = (m: number) => start + m * MIN;
    const people: Person[] = [c.admin, c.anna, c.bram, c.facilitator];
    await play(t, meetingId, [
      ...people.map((p) => [p, { type: 'join' }, at(-2)] as [Person, Record<string, unknown>, number]),
      [c.admin, { type: 'chooseMethod', method: reportMethod }, at(-1)],
      [c.admin, { type: 'assignRole', role: 'caseGiver', userId: c.anna.id }, at(-1)],
      [c.anna, { type: 'setCaseQuestion', text: 'Hoe voer ik het vervolggesprek?' }, at(-1)],
      [c.admin, { type: 'startPhase', phaseId: 'ask' }, at(0)],
      [c.bram, { type: 'contribute', kind: 'question', text: 'Wat zei de mentor?' }, at(5)],
      [c.admin, { type: 'openStage', stage: 'evaluation' }, at(50)],
      [c.anna, { type: 'giveEvaluation', heard: 4, perspectives: 4, method: 4, cooperation: 5 }, at(55)],
      [c.admin, { type: 'endMeeting' }, at(60)],
    ]);
    await t.database.db.update(meetings).set({ status: 'ended' }).where(eq(meetings.id, meetingId));
  }

  beforeAll(async () => {
    t = await createTestApp(kind);
    c = await castGroup(t);
    trajectoryId = (
      await call(t.app, c.admin, 'POST', `/api/groups/${c.groupId}/trajectories`, {
        name: 'Intervisie dit jaar',
        startsOn: '2020-01-01',
        endsOn: '2040-12-31',
        plannedMeetings: 4,
        mode: 'guided',
        facilitatorId: c.facilitator.id,
        sharedAggregates: ['participation', 'rotation', 'heard'],
      })
    ).json().id;
  });
  afterAll(() => t.close());

  test('a group plans a practice meeting on an example case, which is the planned case-giver’s pitch with its question', async () => {
    const unknown = await planPractice({ practice: { caseId: 'no-such-case', caseGiverId: null } });
    expect([unknown.statusCode, unknown.json().error.issues[0].path]).toEqual([400, 'practice.caseId']);
    const outsider = await planPractice({
      practice: { caseId: example.id, caseGiverId: c.outsider.id },
    });
    expect([outsider.statusCode, outsider.json().error.issues[0].path]).toEqual([
      400,
      'practice.caseGiverId',
    ]);

    const planned = await planPractice({ practice: { caseId: example.id, caseGiverId: c.anna.id } });
    expect(planned.statusCode).toBe(201);
    practiceId = planned.json().id;
    expect(planned.json().practice).toEqual({ caseId: example.id, caseGiverId: c.anna.id });

    const setup = await frozenSetup(t.database.db, (await findMeeting(t.database.db, practiceId))!);
    expect(setup.practice).toEqual({ caseId: example.id });
    expect(setup.cases).toEqual([
      {
        caseId: example.id,
        authorId: c.anna.id,
        title: example.title.nl,
        question: example.question.nl,
      },
    ]);
  });

  test('nobody writes a reflection about a practice meeting; about a real one they do', async () => {
    realId = await planMeeting(t, c, 2);
    const start = Date.UTC(2027, 0, 12, 18, 0);
    await runToEnd(practiceId, start);
    await runToEnd(realId, start + 86_400_000);

    const reflect = (meetingId: string) =>
      call(t.app, c.anna, 'PUT', `/api/meetings/${meetingId}/reflection`, {
        ratings: { self: 4 },
        takeaway: 'Eerst luisteren.',
      });
    const refused = await reflect(practiceId);
    expect([refused.statusCode, refused.json().error.code]).toEqual([409, 'meeting_not_countable']);
    expect((await reflect(realId)).statusCode).toBe(200);
    const form = (id: string) => call(t.app, c.anna, 'GET', `/api/meetings/${id}/reflection`);
    expect((await form(practiceId)).json()).toMatchObject({ countable: false, mine: null });
    expect((await form(realId)).json()).toMatchObject({ countable: true });
  });

  test('the dossier neither lists a practice meeting nor counts its minutes', async () => {
    const target = await call(t.app, c.anna, 'POST', '/api/me/register-targets', {
      name: 'Eigen doel',
      source: 'Afspraak met mijn leidinggevende',
      sourceDate: '2026-01-01',
      hours: 10,
      periodMonths: 12,
      minSessionMinutes: 30,
      pointsPerHour: 1,
      minGroupSize: null,
      requiresSignedList: false,
    });
    expect(target.statusCode).toBe(200);
    const dossier = (
      await call(t.app, c.anna, 'GET', '/api/me/dossier?from=2020-01-01&to=2040-12-31')
    ).json() as Dossier;
    expect(dossier.meetings.map((m) => m.meetingId)).toEqual([realId]);
    const [mine] = dossier.targets;
    expect(dossier.totals[mine!.id]).toMatchObject({ hours: 1, meetings: 1 });
  });

  test('a trajectory takes no practice meeting and leaves one out of its way to autonomy and its aggregates', async () => {
    const plan = (meetingId: string) =>
      call(t.app, c.admin, 'PUT', `/api/trajectories/${trajectoryId}/meetings/${meetingId}`, {
        facilitatorMode: 'leads',
      });
    const refused = await plan(practiceId);
    expect([refused.statusCode, refused.json().error.code]).toEqual([409, 'meeting_not_countable']);
    expect((await plan(realId)).statusCode).toBe(200);

    // Planned into the trajectory as a real meeting and made practice before the room opened: it ran as
    // practice, so it stays out too.
    const laterId = await planMeeting(t, c, 3);
    expect((await plan(laterId)).statusCode).toBe(200);
    const patched = await call(t.app, c.admin, 'PATCH', `/api/meetings/${laterId}`, {
      practice: { caseId: example.id, caseGiverId: c.bram.id },
    });
    expect(patched.json().practice).toEqual({ caseId: example.id, caseGiverId: c.bram.id });
    await runToEnd(laterId, Date.UTC(2027, 0, 14, 18, 0));

    const detail = (
      await call(t.app, c.anna, 'GET', `/api/trajectories/${trajectoryId}`)
    ).json() as TrajectoryDetail;
    expect(detail.meetings.map((m) => m.meetingId)).toEqual([realId]);
    expect(detail.meetingCount).toBe(1);
    expect(detail.aggregates.endedMeetings).toBe(1);
    expect(detail.aggregates.participation).toContainEqual({ name: 'Anna Lid', attended: 1 });
    expect(detail.aggregates.rotation).toContainEqual({ name: 'Anna Lid', chaired: 0, caseGiver: 1 });
    expect(detail.aggregates.heard).toHaveLength(1);
    const admin = (
      await call(t.app, c.admin, 'GET', `/api/trajectories/${trajectoryId}`)
    ).json() as TrajectoryDetail;
    expect(admin.unplanned.map((m) => m.meetingId)).not.toContain(practiceId);
  });
});
