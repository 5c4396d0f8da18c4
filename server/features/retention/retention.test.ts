import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { actions, attendance, cases, meetings } from '../../db/schema/index';
import { loadEvents } from '../../realtime/repo';
import { seedGroupMeeting } from '../../realtime/seed';
import { createTestApp, type TestApp } from '../../test/app';
import { describeEachDatabase } from '../../test/databases';
import { recordAttendance } from '../groups/access';
import { type Member, reportMethod as method, play, signUpPeople } from '../reports/test-meeting';
import { applyRetention } from './service';

const DAY = 86_400_000;
const SECRETS = [
  'Hoe zeg ik nee tegen mijn teamleider?',
  'Wat maakt nee zeggen zo lastig?',
  'Ik ben bang voor zijn reactie.',
  'Oefen het gesprek met een collega.',
  'Ik plan het gesprek in.',
  'Gesprek voorbereiden',
  'Leerpunt over grenzen',
  'Toelichting bij de evaluatie',
];

describeEachDatabase('retention of case content', (kind) => {
  let t: TestApp;
  let m: { groupId: string; meetingId: string };
  let admin: Member;
  let giver: Member;
  let helper: Member;
  let outsider: Member;
  let startsAt: Date;

  beforeAll(async () => {
    t = await createTestApp(kind);
    const people = await signUpPeople(t, ['Anna Beheer', 'Bram Inbrenger', 'Carla Helper', 'Otto Buiten']);
    [admin, giver, helper, outsider] = people as [Member, Member, Member, Member];
    m = await seedGroupMeeting(t.database.db, [admin.id, giver.id, helper.id]);
    await play(t, m.meetingId, [
      [admin, { type: 'join' }],
      [giver, { type: 'join' }],
      [helper, { type: 'join' }],
      [admin, { type: 'chooseMethod', method }],
      [admin, { type: 'assignRole', role: 'caseGiver', userId: giver.id }],
      [giver, { type: 'setCaseQuestion', text: SECRETS[0] }],
      [admin, { type: 'startPhase', phaseId: 'ask' }],
      [helper, { type: 'contribute', kind: 'question', text: SECRETS[1] }],
      [giver, { type: 'answerQuestion', contributionId: 'c1', text: SECRETS[2] }],
      [admin, { type: 'startPhase', phaseId: 'advise' }],
      [helper, { type: 'contribute', kind: 'advice', text: SECRETS[3] }],
      [giver, { type: 'recordDecision', text: SECRETS[4], actions: [{ text: SECRETS[5] }] }],
      [admin, { type: 'openStage', stage: 'evaluation' }],
      [
        giver,
        { type: 'giveEvaluation', heard: 5, perspectives: 4, method: 4, cooperation: 5, note: SECRETS[7] },
      ],
      [giver, { type: 'learningPoint', text: SECRETS[6] }],
      [admin, { type: 'endMeeting' }],
    ]);
    const { db } = t.database;
    startsAt = new Date(Date.UTC(2026, 0, 10, 9));
    await db.update(meetings).set({ status: 'ended', startsAt }).where(eq(meetings.id, m.meetingId));
    await db.insert(cases).values({
      id: `case-${m.meetingId}`,
      groupId: m.groupId,
      meetingId: m.meetingId,
      authorId: giver.id,
      title: 'Nee zeggen',
      situation: SECRETS[0]!,
      status: 'discussed',
    });
    await db.insert(actions).values({
      id: `action-${m.meetingId}`,
      userId: giver.id,
      groupId: m.groupId,
      meetingId: m.meetingId,
      text: SECRETS[5]!,
    });
    await recordAttendance(db, m.meetingId, [
      { userId: admin.id, present: true, roles: ['chair'] },
      { userId: giver.id, present: true, roles: ['caseGiver'] },
      { userId: helper.id, present: true, roles: [] },
    ]);
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'PUT', url: string, cookie: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload === undefined ? {} : { payload }) });

  test('LOG-8: only admins set the retention; members read it; other members 403, non-members 404, other periods 400', async () => {
    const url = `/api/groups/${m.groupId}/retention`;
    expect((await call('GET', url, helper.cookie)).json()).toEqual({ days: null, changedAt: null });
    expect((await call('PUT', url, helper.cookie, { days: 30 })).statusCode).toBe(403);
    expect((await call('PUT', url, outsider.cookie, { days: 30 })).statusCode).toBe(404);
    expect((await call('GET', url, outsider.cookie)).statusCode).toBe(404);
    expect((await call('PUT', url, admin.cookie, { days: 31 })).statusCode).toBe(400);
    expect((await call('PUT', url, admin.cookie, { days: '30' })).statusCode).toBe(400);
    const saved = await call('PUT', url, admin.cookie, { days: 30 });
    expect(saved.statusCode).toBe(200);
    expect((await call('GET', url, helper.cookie)).json()).toMatchObject({ days: 30 });
  });

  test('LOG-8: members see when a meeting’s content goes: the meeting’s end plus the period', async () => {
    const res = await call('GET', `/api/meetings/${m.meetingId}/retention`, helper.cookie);
    expect(res.json()).toEqual({
      removesAt: new Date(startsAt.getTime() + 120 * 60_000 + 30 * DAY).toISOString(),
      removedAt: null,
    });
    expect((await call('GET', `/api/meetings/${m.meetingId}/retention`, outsider.cookie)).statusCode).toBe(
      404,
    );
  });

  test('LOG-8, REPORT-9: past the period the job removes case texts, contributions and the report; attendance, hours and anonymous counts stay', async () => {
    const { db } = t.database;
    const before = await loadEvents(db, m.meetingId);
    expect(JSON.stringify(before)).toContain(SECRETS[1]);
    expect(await applyRetention(db, new Date(startsAt.getTime() + 29 * DAY))).toEqual([]);

    const now = new Date(startsAt.getTime() + 31 * DAY);
    expect(await applyRetention(db, now)).toEqual([m.meetingId]);
    // Run again: nothing left to do.
    expect(await applyRetention(db, now)).toEqual([]);

    const after = await loadEvents(db, m.meetingId);
    expect(after.map((e) => [e.seq, e.type])).toEqual(before.map((e) => [e.seq, e.type]));
    const stored = JSON.stringify(after);
    for (const secret of SECRETS) expect(stored).not.toContain(secret);
    expect(await db.select().from(cases).where(eq(cases.meetingId, m.meetingId))).toEqual([]);
    expect(await db.select().from(actions).where(eq(actions.meetingId, m.meetingId))).toEqual([]);
    expect(await db.select().from(attendance).where(eq(attendance.meetingId, m.meetingId))).toHaveLength(3);
    const [meeting] = await db.select().from(meetings).where(eq(meetings.id, m.meetingId));
    expect(meeting?.durationMinutes).toBe(120);

    // The case-giver's own report: who was there and the evaluation means, nothing anyone wrote.
    const report = await call('GET', `/api/meetings/${m.meetingId}/report`, giver.cookie);
    expect(report.statusCode).toBe(200);
    const body = report.json();
    expect(body.participants).toEqual(['Anna Beheer', 'Bram Inbrenger', 'Carla Helper']);
    expect(body.report.sections.map((s: { kind: string }) => s.kind)).toEqual(['evaluation']);
    const md = (await call('GET', `/api/meetings/${m.meetingId}/report.md`, giver.cookie)).body;
    for (const secret of SECRETS) expect(md).not.toContain(secret);
    expect(md).toContain('Bram Inbrenger');

    const retention = await call('GET', `/api/meetings/${m.meetingId}/retention`, helper.cookie);
    expect(retention.json()).toEqual({ removesAt: null, removedAt: now.toISOString() });
  });
});
