import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ReportResponse } from '../../../core/api/reports';
import { seedGroupMeeting } from '../../realtime/seed';
import { createTestApp, type TestApp } from '../../test/app';
import { describeEachDatabase } from '../../test/databases';
import { type Member, reportMethod as method, pdfText, play, readReport, signUpPeople } from './test-meeting';

// A meeting of two cases (CASES-7): each case-giver reads their own case whole and the other as shared.
describeEachDatabase('reports of a meeting with two cases', (kind) => {
  let t: TestApp;
  let meetingId: string;
  let chair: Member;
  let bram: Member;
  let carla: Member;
  let dirk: Member;

  beforeAll(async () => {
    t = await createTestApp(kind);
    const people = await signUpPeople(t, ['Anna Voorzitter', 'Bram Eerste', 'Carla Tweede', 'Dirk Lid']);
    [chair, bram, carla, dirk] = people;
    ({ meetingId } = await seedGroupMeeting(
      t.database.db,
      people.map((p) => p.id),
      'Kring Twee',
    ));
    const scores = { perspectives: 4, method: 4, cooperation: 5 };
    await play(t, meetingId, [
      ...people.map((p): [Member, Record<string, unknown>] => [p, { type: 'join' }]),
      [chair, { type: 'chooseMethod', method }],
      [chair, { type: 'openStage', stage: 'inventory' }],
      [bram, { type: 'pitchCase', text: 'Nee zeggen' }],
      [carla, { type: 'pitchCase', text: 'Een nieuw team' }],
      [chair, { type: 'chooseCase', pitchId: 'p1' }],
      [bram, { type: 'setCaseQuestion', text: 'Hoe zeg ik nee tegen mijn leidinggevende?' }],
      [chair, { type: 'startPhase', phaseId: 'advise' }],
      [carla, { type: 'contribute', kind: 'advice', text: 'Oefen het gesprek hardop.' }],
      [chair, { type: 'openStage', stage: 'decision' }],
      [
        bram,
        { type: 'recordDecision', text: 'Ik ga het gesprek aan.', actions: [{ text: 'Gesprek plannen' }] },
      ],
      [chair, { type: 'startNextCase' }],
      [chair, { type: 'chooseCase', pitchId: 'p2' }],
      [carla, { type: 'setCaseQuestion', text: 'Hoe krijg ik mijn nieuwe team mee?' }],
      [chair, { type: 'startPhase', phaseId: 'advise' }],
      [bram, { type: 'contribute', kind: 'advice', text: 'Begin met een kennismakingsronde.' }],
      [chair, { type: 'openStage', stage: 'decision' }],
      [carla, { type: 'recordDecision', text: 'Ik plan een teamdag.', actions: [] }],
      [chair, { type: 'advancePhase' }],
      [bram, { type: 'giveEvaluation', heard: 5, ...scores }],
      [carla, { type: 'giveEvaluation', heard: 3, ...scores }],
      [chair, { type: 'endMeeting' }],
    ]);
  });
  afterAll(() => t.close());

  const get = (who: Member, query = '', ext = '') => readReport(t, meetingId, who, ext, query);
  const json = async (who: Member, query = '') => (await get(who, query)).json() as ReportResponse;
  const texts = (doc: ReportResponse) => JSON.stringify(doc.report.sections);

  test('CASES-7: each case-giver gets their own case whole by default; the meeting lists both cases', async () => {
    const first = await json(bram);
    expect(first.cases).toEqual([
      { number: 1, caseGiver: 'Bram Eerste' },
      { number: 2, caseGiver: 'Carla Tweede' },
    ]);
    expect(first).toMatchObject({ case: 1, reading: { caseGiver: true, level: 'summary' } });
    expect(first.report.caseGiver).toBe('Bram Eerste');
    for (const text of ['Hoe zeg ik nee', 'Oefen het gesprek hardop.', 'Ik ga het gesprek aan.'])
      expect(texts(first)).toContain(text);
    expect(texts(first)).not.toContain('teamdag');
    const second = await json(carla);
    expect(second).toMatchObject({ case: 2, reading: { caseGiver: true } });
    expect(texts(second)).toContain('Ik plan een teamdag.');
    expect(texts(second)).toContain('Begin met een kennismakingsronde.');
    expect(texts(second)).not.toContain('Ik ga het gesprek aan.');
  });

  test('CASES-7: a case-giver reads the other case only as the group shares it (here the summary)', async () => {
    const other = await json(bram, '?case=2');
    expect(other).toMatchObject({ case: 2, reading: { caseGiver: false, level: 'summary' } });
    expect(other.report.caseGiver).toBe('Carla Tweede');
    expect(texts(other)).not.toContain('teamdag');
    expect(texts(other)).not.toContain('Hoe krijg ik');
    const back = await json(carla, '?case=1');
    expect(back.reading.caseGiver).toBe(false);
    expect(texts(back)).not.toContain('Ik ga het gesprek aan.');
    // The "heard" score of a case is its own case-giver's (LIFE-9, CASES-5).
    const evaluation = (doc: ReportResponse) => doc.report.sections.find((s) => s.kind === 'evaluation');
    expect(evaluation(other)).toMatchObject({ heard: 3, count: 2 });
    expect(evaluation(back)).toMatchObject({ heard: 5, count: 2 });
  });

  test('CASES-7: a member who gave no case reads the last case as shared; a case that does not exist is 404', async () => {
    const doc = await json(dirk);
    expect(doc).toMatchObject({ case: 2, reading: { caseGiver: false } });
    expect(texts(doc)).not.toContain('teamdag');
    expect((await get(dirk, '?case=3')).statusCode).toBe(404);
    expect((await get(dirk, '?case=0')).statusCode).toBe(400);
  });

  test('CASES-7: the Markdown and the PDF are per case, named after it', async () => {
    const md = await get(bram, '?case=1', '.md');
    expect(md.headers['content-disposition']).toMatch(/filename="report-.{8}-case-1\.md"/);
    expect(md.body).toContain('- **Casus:** 1 van 2');
    expect(md.body).toContain('Ik ga het gesprek aan.');
    const pdf = await get(carla, '', '.pdf');
    expect(pdf.headers['content-disposition']).toMatch(/-case-2\.pdf"/);
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('Ik plan een teamdag.');
    expect(text).not.toContain('Ik ga het gesprek aan.');
  });
});
