import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Dossier } from '../../../core/api/register';
import type { ReportResponse } from '../../../core/api/reports';
import { seedGroupMeeting } from '../../realtime/seed';
import { createTestApp, type TestApp } from '../../test/app';
import { describeEachDatabase } from '../../test/databases';
import { type Member, play, readReport, reportMethod, signUpPeople } from './test-meeting';

// A case brought in by two colleagues who share it (PAIR-1): both read it whole, both are case-givers.
describeEachDatabase('reports and the register of a case with two case-givers', (kind) => {
  let t: TestApp;
  let meetingId: string;
  let bram: Member;
  let carla: Member;
  let dirk: Member;

  beforeAll(async () => {
    t = await createTestApp(kind);
    const people = await signUpPeople(t, ['Anna Voorzitter', 'Bram Eerste', 'Carla Tweede', 'Dirk Lid']);
    const [chair] = people;
    [, bram, carla, dirk] = people;
    ({ meetingId } = await seedGroupMeeting(
      t.database.db,
      people.map((p) => p.id),
      'Kring Paar',
    ));
    const scores = { perspectives: 4, method: 4, cooperation: 5 };
    await play(t, meetingId, [
      ...people.map((p): [Member, Record<string, unknown>] => [p, { type: 'join' }]),
      [chair, { type: 'chooseMethod', method: { ...reportMethod, caseGiverPair: true } }],
      [chair, { type: 'openStage', stage: 'inventory' }],
      [bram, { type: 'pitchCase', text: 'Onze cliënt belt elke dag' }],
      [chair, { type: 'chooseCase', pitchId: 'p1' }],
      [chair, { type: 'openStage', stage: 'casting' }],
      [chair, { type: 'assignRole', role: 'coCaseGiver', userId: carla.id }],
      [carla, { type: 'setCaseQuestion', text: 'Hoe stellen wij samen een grens?' }],
      [chair, { type: 'startPhase', phaseId: 'advise' }],
      [dirk, { type: 'contribute', kind: 'advice', text: 'Spreek één vaste belmoment af.' }],
      [chair, { type: 'openStage', stage: 'decision' }],
      [carla, { type: 'recordDecision', text: 'We bellen de cliënt samen terug.', actions: [] }],
      [chair, { type: 'advancePhase' }],
      [bram, { type: 'giveEvaluation', heard: 5, ...scores }],
      [carla, { type: 'giveEvaluation', heard: 3, ...scores }],
      [carla, { type: 'leave' }],
      [chair, { type: 'endMeeting' }],
    ]);
  });
  afterAll(() => t.close());

  const get = (who: Member, ext = '') => readReport(t, meetingId, who, ext);
  const texts = (doc: ReportResponse) => JSON.stringify(doc.report.sections);

  test('PAIR-6: the second case-giver reads the case whole, even after leaving, with their own "heard"', async () => {
    const doc = (await get(carla)).json() as ReportResponse;
    expect(doc).toMatchObject({ case: 1, reading: { caseGiver: true, level: 'summary' } });
    expect(doc.report).toMatchObject({ caseGiver: 'Bram Eerste', coCaseGiver: 'Carla Tweede' });
    for (const text of ['Spreek één vaste belmoment af.', 'We bellen de cliënt samen terug.'])
      expect(texts(doc)).toContain(text);
    const evaluation = doc.report.sections.find((s) => s.kind === 'evaluation');
    expect(evaluation).toMatchObject({ heard: 5, coHeard: 3 });
  });

  test('PAIR-6: anyone else reads the pair’s case only as the group shares it, with both names', async () => {
    const doc = (await get(dirk)).json() as ReportResponse;
    expect(doc.reading.caseGiver).toBe(false);
    expect(texts(doc)).not.toContain('We bellen de cliënt samen terug.');
    const markdown = (await get(dirk, '.md')).body;
    expect(markdown).toContain('Bram Eerste en Carla Tweede');
    expect(markdown).toContain('De tweede inbrenger voelde zich gehoord: 3 van 5');
  });

  test('PAIR-6: the second case-giver’s dossier names their role as case-giver', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/me/dossier?from=2020-01-01&to=2040-12-31',
      headers: { cookie: carla.cookie },
    });
    const dossier = res.json() as Dossier;
    const line = dossier.meetings.find((m) => m.meetingId === meetingId);
    expect(line?.roles).toEqual(['caseGiver']);
  });
});
