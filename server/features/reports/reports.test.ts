import { afterAll, beforeAll, expect, test } from 'vitest';
import { seedGroupMeeting } from '../../realtime/seed';
import { createTestApp, signUp, type TestApp } from '../../test/app';
import { describeEachDatabase } from '../../test/databases';
import { insertRulesVersion } from '../groups/repo';
import { type Member, reportMethod as method, play, signUpPeople } from './test-meeting';

describeEachDatabase('meeting reports', (kind) => {
  let t: TestApp;
  let m: { groupId: string; meetingId: string; people: Member[] };
  let chair: Member;
  let giver: Member;
  let helper: Member;

  beforeAll(async () => {
    t = await createTestApp(kind);
    const people = await signUpPeople(t, ['Anna Voorzitter', 'Bram Inbrenger', 'Carla Helper', 'Dirk Laat']);
    m = {
      ...(await seedGroupMeeting(
        t.database.db,
        people.map((p) => p.id),
        'Kring Oost',
      )),
      people,
    };
    [chair, giver, helper] = people;
    await play(t, m.meetingId, [
      [chair, { type: 'join' }],
      [giver, { type: 'join' }],
      [helper, { type: 'join' }],
      [chair, { type: 'chooseMethod', method }],
      [chair, { type: 'assignRole', role: 'caseGiver', userId: giver.id }],
      [giver, { type: 'setCaseQuestion', text: 'Hoe zeg ik nee tegen mijn leidinggevende?' }],
      [chair, { type: 'startPhase', phaseId: 'ask' }],
      [helper, { type: 'contribute', kind: 'question', text: 'Wat gebeurt er als je nee zegt?' }],
      [giver, { type: 'answerQuestion', contributionId: 'c1', text: 'Dan word ik onrustig.' }],
      [giver, { type: 'rateContribution', contributionId: 'c1', rating: 5 }],
      [chair, { type: 'startPhase', phaseId: 'advise' }],
      [helper, { type: 'contribute', kind: 'advice', text: 'Oefen het gesprek eerst hardop.' }],
      [
        giver,
        {
          type: 'recordDecision',
          text: 'Ik ga het gesprek aan.',
          actions: [{ text: 'Gesprek inplannen' }, { text: 'Grens per mail bevestigen' }],
        },
      ],
      [chair, { type: 'openStage', stage: 'evaluation' }],
      [giver, { type: 'giveEvaluation', heard: 5, perspectives: 4, method: 4, cooperation: 5 }],
      [giver, { type: 'learningPoint', text: 'Mijn eigen leerpunt over grenzen' }],
      [helper, { type: 'learningPoint', text: 'Geheim leerpunt van Carla' }],
      [chair, { type: 'endMeeting' }],
    ]);
  });
  afterAll(() => t.close());

  const get = (url: string, cookie?: string) =>
    t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

  test('REPORT: the Markdown download holds the question, answered questions, advice, decision, actions and evaluation', async () => {
    const res = await get(`/api/meetings/${m.meetingId}/report.md`, giver.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/markdown/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="report-.+\.md"$/);
    const md = res.body;
    expect(md).toMatch(/^# Verslag van de intervisie\n/);
    for (const text of [
      '- **Groep:** Kring Oost',
      '- **Methode:** Verslagmethode',
      '- **Inbrenger:** Bram Inbrenger',
      'Hoe zeg ik nee tegen mijn leidinggevende?',
      '- Wat gebeurt er als je nee zegt? (Carla Helper)\n  - Antwoord: Dan word ik onrustig.\n  - Waardering: 5 van 5',
      '## Advies\n\n- Oefen het gesprek eerst hardop. (Carla Helper)',
      '## Besluit van de inbrenger',
      '- Gesprek inplannen\n  - wie: Bram Inbrenger',
      '- Grens per mail bevestigen',
      '1 deelnemer gaf een evaluatie.',
      '- Mijn eigen leerpunt over grenzen\n  - Jouw leerpunt (alleen voor jou)',
    ]) {
      expect(md).toContain(text);
    }
  });

  test('REPORT: ?lang=en gives the English report', async () => {
    const md = (await get(`/api/meetings/${m.meetingId}/report.md?lang=en`, giver.cookie)).body;
    expect(md).toMatch(/^# Peer consultation report\n/);
    expect(md).toContain("## The case-giver's decision");
    expect(md).toContain('- **Method:** Report method');
  });

  test('VIS: a private learning point is only in its author’s report', async () => {
    const mine = (await get(`/api/meetings/${m.meetingId}/report`, helper.cookie)).json();
    const theirs = (await get(`/api/meetings/${m.meetingId}/report`, giver.cookie)).json();
    expect(JSON.stringify(mine)).toContain('Geheim leerpunt van Carla');
    expect(JSON.stringify(theirs)).not.toContain('Geheim leerpunt van Carla');
    expect(JSON.stringify(mine)).not.toContain('Mijn eigen leerpunt over grenzen');
    expect(theirs.meta).toEqual({
      groupName: 'Kring Oost',
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(theirs.report.sections.map((s: { kind: string }) => s.kind)).toEqual([
      'question',
      'questions',
      'contributions',
      'decision',
      'evaluation',
      'learningPoints',
    ]);
  });

  test('REPORT: the PDF download is a PDF attachment', async () => {
    const res = await get(`/api/meetings/${m.meetingId}/report.pdf?lang=en`, chair.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="report-.+\.pdf"$/);
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(res.rawPayload.length).toBeGreaterThan(1500);
  });

  test('AUTH: without a session 401; an outsider 404; a member who has not accepted the current rules 404', async () => {
    const urls = ['report', 'report.md', 'report.pdf'].map((p) => `/api/meetings/${m.meetingId}/${p}`);
    for (const url of urls) expect((await get(url)).statusCode).toBe(401);
    const outsider = await signUp(t.app, { email: `outsider.${Date.now()}@example.nl` });
    for (const url of urls) expect((await get(url, outsider.cookie)).statusCode).toBe(404);
    expect((await get('/api/meetings/nope/report', outsider.cookie)).statusCode).toBe(404);

    const other = {
      ...(await seedGroupMeeting(t.database.db, [chair.id, giver.id], 'Kring West')),
    };
    expect((await get(`/api/meetings/${other.meetingId}/report`, giver.cookie)).statusCode).toBe(200);
    await insertRulesVersion(
      t.database.db,
      other.groupId,
      [{ title: 'Nieuw', body: 'Nieuwe regel.' }],
      chair.id,
    );
    expect((await get(`/api/meetings/${other.meetingId}/report`, giver.cookie)).statusCode).toBe(404);
  });
});
