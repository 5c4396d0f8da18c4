import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REPORT_SHARING_LEVELS, type ReportSharing } from '../../../core/api/reports';
import { seedGroupMeeting } from '../../realtime/seed';
import { createTestApp, signUp, type TestApp } from '../../test/app';
import { describeEachDatabase } from '../../test/databases';
import { insertMeeting } from '../meetings/repo';
import { type Member, pdfText, play, reportMethod } from './test-meeting';

/** Case content with the least level at which someone other than the case-giver reads it (REPORT-3). */
const CONTENT = {
  question: ['Hoe zeg ik nee tegen mijn leidinggevende?', 'contributions'],
  asked: ['Wat gebeurt er als je nee zegt?', 'contributions'],
  answer: ['Dan word ik onrustig.', 'contributions'],
  advice: ['Oefen het gesprek eerst hardop.', 'contributions'],
  decision: ['Ik ga het gesprek aan.', 'everything'],
  action: ['Gesprek inplannen', 'everything'],
  sharedPoint: ['Gedeeld leerpunt van Carla', 'everything'],
} as const satisfies Record<string, readonly [string, ReportSharing]>;
const GIVER_PRIVATE = 'Mijn eigen leerpunt over grenzen';
const HELPER_PRIVATE = 'Geheim leerpunt van Carla';
/** What every reader sees at every level, per format: the method, who took part, the evaluation. */
const SUMMARY = {
  json: ['Verslagmethode', 'Gast Gerda', 'Dirk Afwezig', '"kind":"evaluation"'],
  md: ['- **Methode:** Verslagmethode', 'Gast Gerda', '## Evaluatie'],
  pdf: ['Verslagmethode', 'Gast Gerda', 'Evaluatie'],
};
const FORMATS = ['json', 'md', 'pdf'] as const;
type Format = (typeof FORMATS)[number];
const rank = (level: ReportSharing) => REPORT_SHARING_LEVELS.indexOf(level);

describeEachDatabase('report sharing', (kind) => {
  let t: TestApp;
  let anna: Member; // chair and group admin
  let bram: Member; // case-giver
  let carla: Member; // helper, writes a shared and a private learning point
  let dirk: Member; // member who was not there
  let outsider: Member;

  beforeAll(async () => {
    t = await createTestApp(kind);
    const names = ['Anna Voorzitter', 'Bram Inbrenger', 'Carla Helper', 'Dirk Afwezig', 'Olga Buiten'];
    const people: Member[] = [];
    for (const name of names) {
      const email = `sharing.${randomBytes(6).toString('hex')}@example.nl`;
      const { cookie, user } = await signUp(t.app, { email, name });
      people.push({ cookie, id: user.id, name });
    }
    [anna, bram, carla, dirk, outsider] = people as [Member, Member, Member, Member, Member];
  });
  afterAll(() => t.close());

  const call = (who: Member | null, method: 'GET' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: who ? { cookie: who.cookie } : {}, payload });

  /** A group of Anna (admin), Bram, Carla and Dirk with one live meeting. */
  const newGroup = async () => {
    const ids = [anna, bram, carla, dirk].map((p) => p.id);
    return seedGroupMeeting(t.database.db, ids, 'Kring Zuid');
  };
  const share = async (groupId: string, level: ReportSharing) => {
    const res = await call(anna, 'PUT', `/api/groups/${groupId}/report-sharing`, { level });
    expect(res.statusCode, res.body).toBe(200);
  };
  /** A guest lets themselves in by the join code, as on the projector; their cookie is what a guest holds. */
  const guestOf = async (meetingId: string): Promise<Member> => {
    const code = await codeOf(meetingId);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/guests/join',
      payload: { code, name: 'Gast Gerda', acceptConfidentiality: true },
    });
    const { userId } = res.json() as { userId: string };
    return {
      cookie: String(res.headers['set-cookie']).split(';')[0]!,
      id: userId,
      name: 'Gast Gerda',
      guest: true,
    };
  };
  const codeOf = async (meetingId: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/meetings/${meetingId}/join-code`,
      headers: { cookie: anna.cookie },
    });
    return res.json().code as string;
  };
  /** The whole meeting, guest included, up to its end. */
  const holdMeeting = (meetingId: string, guest: Member | null) =>
    play(t, meetingId, [
      [anna, { type: 'join' }],
      [bram, { type: 'join' }],
      [carla, { type: 'join' }],
      ...(guest
        ? ([
            [anna, { type: 'admitGuest', userId: guest.id, name: guest.name }],
            [guest, { type: 'join' }],
          ] as [Member, Record<string, unknown>][])
        : []),
      [dirk, { type: 'join' }],
      [dirk, { type: 'leave' }],
      [anna, { type: 'chooseMethod', method: reportMethod }],
      [anna, { type: 'assignRole', role: 'caseGiver', userId: bram.id }],
      [bram, { type: 'setCaseQuestion', text: CONTENT.question[0] }],
      [anna, { type: 'startPhase', phaseId: 'ask' }],
      [carla, { type: 'contribute', kind: 'question', text: CONTENT.asked[0] }],
      [bram, { type: 'answerQuestion', contributionId: 'c1', text: CONTENT.answer[0] }],
      [anna, { type: 'startPhase', phaseId: 'advise' }],
      [carla, { type: 'contribute', kind: 'advice', text: CONTENT.advice[0] }],
      [bram, { type: 'recordDecision', text: CONTENT.decision[0], actions: [{ text: CONTENT.action[0] }] }],
      [anna, { type: 'openStage', stage: 'evaluation' }],
      [bram, { type: 'giveEvaluation', heard: 5, perspectives: 4, method: 4, cooperation: 5 }],
      [carla, { type: 'giveEvaluation', perspectives: 3, method: 4, cooperation: 4 }],
      [bram, { type: 'learningPoint', text: GIVER_PRIVATE }],
      [carla, { type: 'learningPoint', text: HELPER_PRIVATE }],
      [carla, { type: 'learningPoint', text: CONTENT.sharedPoint[0] }],
      // Ids count on from the two contributions: l3, l4, l5.
      [carla, { type: 'shareLearningPoint', learningPointId: 'l5', shared: true }],
      [anna, { type: 'endMeeting' }],
    ]);

  /** The report in one format as the text a reader gets, or the status when they get none. */
  const read = async (who: Member | null, meetingId: string, format: Format) => {
    const suffix = { json: '', md: '.md', pdf: '.pdf' }[format];
    const res = await call(who, 'GET', `/api/meetings/${meetingId}/report${suffix}`);
    if (res.statusCode !== 200) return { status: res.statusCode, text: '' };
    const text = format === 'pdf' ? pdfText(res.rawPayload) : res.body;
    return { status: 200, text };
  };

  for (const level of REPORT_SHARING_LEVELS) {
    describe(`shared at ${level}`, () => {
      let meetingId: string;
      let guest: Member;
      const texts = new Map<string, string>();
      /** Each reader's report in each format, fetched once. */
      const textOf = (who: Member, format: Format) => texts.get(`${who.id} ${format}`)!;

      beforeAll(async () => {
        const m = await newGroup();
        meetingId = m.meetingId;
        // The default is the summary: that group never chooses.
        if (level !== 'summary') await share(m.groupId, level);
        guest = await guestOf(meetingId);
        await holdMeeting(meetingId, guest);
        for (const who of [anna, bram, carla, dirk])
          for (const format of FORMATS) {
            const { status, text } = await read(who, meetingId, format);
            expect(status).toBe(200);
            texts.set(`${who.id} ${format}`, text);
          }
      });

      test(`REPORT-1: at ${level} a non-member gets 404 and a guest who took part 401, for JSON, Markdown and PDF`, async () => {
        for (const format of FORMATS) {
          expect((await read(outsider, meetingId, format)).status).toBe(404);
          expect((await read(guest, meetingId, format)).status).toBe(401);
          expect((await read(null, meetingId, format)).status).toBe(401);
        }
      });

      test(`REPORT-2: at ${level} the case-giver reads the whole report in JSON, Markdown and PDF`, () => {
        for (const format of FORMATS) {
          const text = textOf(bram, format);
          for (const phrase of SUMMARY[format]) expect(text, `${format}: ${phrase}`).toContain(phrase);
          for (const [phrase] of Object.values(CONTENT))
            expect(text, `${format}: ${phrase}`).toContain(phrase);
        }
      });

      test(`REPORT-3: at ${level} the chair, a helper and an absent member read only what the level shares`, () => {
        for (const who of [anna, carla, dirk])
          for (const format of FORMATS) {
            const text = textOf(who, format);
            for (const phrase of SUMMARY[format]) expect(text, `${who.name} ${format}`).toContain(phrase);
            for (const [key, [phrase, from]] of Object.entries(CONTENT)) {
              // A helper always sees the learning point she wrote herself (REPORT-4).
              const sees = rank(level) >= rank(from) || (who === carla && key === 'sharedPoint');
              expect(text.includes(phrase), `${who.name} ${format}: ${phrase}`).toBe(sees);
            }
          }
      });

      test(`REPORT-4: at ${level} a private learning point is in its writer's report only`, () => {
        for (const who of [anna, bram, carla, dirk])
          for (const format of FORMATS) {
            const text = textOf(who, format);
            expect(text.includes(GIVER_PRIVATE), `${who.name} ${format}`).toBe(who === bram);
            expect(text.includes(HELPER_PRIVATE), `${who.name} ${format}`).toBe(who === carla);
          }
      });

      test(`REPORT-7: at ${level} the reader is told what they do not see, on the page and in both downloads`, () => {
        const reading = (who: Member) => JSON.parse(textOf(who, 'json')).reading;
        expect(reading(bram)).toEqual({ level, caseGiver: true, heldAtMeetingEnd: false });
        expect(reading(dirk)).toEqual({ level, caseGiver: false, heldAtMeetingEnd: false });
        const names = {
          summary: 'Alleen de samenvatting',
          contributions: 'Samenvatting en inbreng',
          everything: 'Het hele verslag',
        };
        const told = {
          summary: 'Je groep deelt met anderen alleen de samenvatting.',
          contributions: 'Je groep deelt met anderen de samenvatting en de inbreng.',
          everything: null,
        }[level];
        for (const format of ['md', 'pdf'] as const) {
          expect(textOf(bram, format)).toContain(`De anderen zien: ${names[level]}.`);
          expect(textOf(dirk, format).includes('Je groep deelt met anderen'), format).toBe(told !== null);
          if (told) expect(textOf(dirk, format)).toContain(told);
        }
      });
    });
  }

  test('REPORT-5: sharing more does not open a report of a meeting that ended before; sharing less closes it at once', async () => {
    const { groupId, meetingId: before } = await newGroup();
    await holdMeeting(before, null);
    await share(groupId, 'everything');
    const after = randomBytes(9).toString('base64url');
    await insertMeeting(t.database.db, {
      id: after,
      groupId,
      startsAt: new Date(),
      timeZone: 'Europe/Amsterdam',
      durationMinutes: 90,
      rota: { chair: anna.id, timekeeper: null, scribe: null },
      status: 'live',
      createdBy: anna.id,
    });
    await holdMeeting(after, null);

    const json = async (meetingId: string) => JSON.parse((await read(dirk, meetingId, 'json')).text);
    expect((await json(before)).reading).toEqual({
      level: 'summary',
      caseGiver: false,
      heldAtMeetingEnd: true,
    });
    expect(JSON.stringify(await json(before))).not.toContain(CONTENT.question[0]);
    expect((await read(dirk, before, 'md')).text).toContain(
      'Deze bijeenkomst eindigde toen je groep minder deelde',
    );
    expect((await json(after)).reading.level).toBe('everything');
    expect(JSON.stringify(await json(after))).toContain(CONTENT.decision[0]);

    await share(groupId, 'summary');
    expect((await json(after)).reading).toEqual({
      level: 'summary',
      caseGiver: false,
      heldAtMeetingEnd: false,
    });
    expect(JSON.stringify(await json(after))).not.toContain(CONTENT.decision[0]);
    expect((await read(dirk, after, 'pdf')).text).not.toContain(CONTENT.decision[0]);
    expect(JSON.stringify(await json(after))).toContain('"kind":"evaluation"');
  });

  test('REPORT-6: only admins change the sharing; the group shows it, summary by default; a bad level is a 400', async () => {
    const { groupId } = await newGroup();
    const url = `/api/groups/${groupId}/report-sharing`;
    const levelSeenBy = async (who: Member) =>
      (await call(who, 'GET', `/api/groups/${groupId}`)).json().reportSharing;
    expect(await levelSeenBy(dirk)).toBe('summary');

    expect((await call(dirk, 'PUT', url, { level: 'everything' })).statusCode).toBe(403);
    const promote = await call(anna, 'PATCH' as 'PUT', `/api/groups/${groupId}/members/${carla.id}`, {
      role: 'facilitator',
    });
    expect(promote.statusCode).toBe(200);
    expect((await call(carla, 'PUT', url, { level: 'everything' })).statusCode).toBe(403);
    expect((await call(outsider, 'PUT', url, { level: 'everything' })).statusCode).toBe(404);
    expect((await call(null, 'PUT', url, { level: 'everything' })).statusCode).toBe(401);
    expect(await levelSeenBy(anna)).toBe('summary');

    for (const body of [{ level: 'all' }, {}, { level: 2 }]) {
      const bad = await call(anna, 'PUT', url, body);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error).toMatchObject({
        code: 'report_sharing_invalid',
        message: 'Kies een van de drie manieren om verslagen te delen.',
      });
    }
    expect((await call(anna, 'PUT', url, { level: 'contributions' })).json()).toEqual({
      level: 'contributions',
    });
    expect(await levelSeenBy(dirk)).toBe('contributions');
  });
});
