import { eq } from 'drizzle-orm';
import { meetings } from '../../db/schema/index';
import type { TestApp } from '../../test/app';
import { call, groupWith, type Person, person } from '../groups/test-helpers';
import { play, reportMethod } from '../reports/test-meeting';

export type Cast = {
  admin: Person;
  facilitator: Person;
  anna: Person;
  bram: Person;
  outsider: Person;
  groupId: string;
};

/** A group with an admin, two members and an external facilitator (group role facilitator), and an outsider. */
export async function castGroup(t: TestApp): Promise<Cast> {
  const admin = await person(t.app, 'Ada Beheer');
  const facilitator = await person(t.app, 'Fenna Begeleider');
  const anna = await person(t.app, 'Anna Lid');
  const bram = await person(t.app, 'Bram Lid');
  const outsider = await person(t.app, 'Otto Buiten');
  const { groupId } = await groupWith(t.app, admin, [facilitator, anna, bram]);
  await call(t.app, admin, 'PATCH', `/api/groups/${groupId}/members/${facilitator.id}`, {
    role: 'facilitator',
  });
  return { admin, facilitator, anna, bram, outsider, groupId };
}

/** Plans a meeting of the group `days` from now. */
export async function planMeeting(t: TestApp, c: Cast, days: number, chair = c.admin): Promise<string> {
  const date = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const res = await call(t.app, c.admin, 'POST', `/api/groups/${c.groupId}/meetings`, {
    date,
    time: '19:00',
    notify: false,
    rota: { chair: chair.id, timekeeper: null, scribe: null },
  });
  if (res.statusCode !== 201) throw new Error(`meeting: ${res.statusCode} ${res.body}`);
  return res.json().id as string;
}

/**
 * Runs a short meeting as the live room would: everyone joins, `caseGiver` brings the case, the facilitator
 * asks a question and raises a flag when `facilitatorActs`, a member raises one, the case-giver evaluates.
 */
export async function runMeeting(
  t: TestApp,
  c: Cast,
  meetingId: string,
  {
    chair,
    caseGiver,
    present,
    facilitatorActs,
  }: { chair: Person; caseGiver: Person; present: Person[]; facilitatorActs: boolean },
) {
  const helper = present.find((p) => p !== chair && p !== caseGiver && p !== c.facilitator)!;
  await play(t, meetingId, [
    ...present.map((p) => [p, { type: 'join' }] as [Person, Record<string, unknown>]),
    [chair, { type: 'chooseMethod', method: reportMethod }],
    [chair, { type: 'assignRole', role: 'caseGiver', userId: caseGiver.id }],
    [caseGiver, { type: 'setCaseQuestion', text: 'Hoe zeg ik nee?' }],
    [chair, { type: 'startPhase', phaseId: 'ask' }],
    [helper, { type: 'contribute', kind: 'question', text: 'Wat maakt het lastig?' }],
    ...(facilitatorActs
      ? ([
          [c.facilitator, { type: 'contribute', kind: 'question', text: 'Wat vraag je niet?' }],
          [c.facilitator, { type: 'raiseFlag', reason: 'advice' }],
        ] as [Person, Record<string, unknown>][])
      : []),
    [helper, { type: 'raiseFlag', reason: 'time' }],
    [chair, { type: 'openStage', stage: 'evaluation' }],
    [caseGiver, { type: 'giveEvaluation', heard: 4, perspectives: 4, method: 4, cooperation: 5 }],
    [chair, { type: 'endMeeting' }],
  ]);
  // What the room's after-commit does when the meeting ends.
  await t.database.db.update(meetings).set({ status: 'ended' }).where(eq(meetings.id, meetingId));
}
