import { beforeAll, describe, expect, test } from 'vitest';
import { REPORT_SHARING_LEVELS, type ReportSharing } from '../../core/api/reports';
import { CLOSE_CODES } from '../../core/protocol';
import type { TestApp } from '../test/app';
import { describeEachDatabase } from '../test/databases';
import { LiveClient } from './test-client';
import { useLiveApp } from './test-live-app';
import { type Member, seatedMeeting } from './test-meeting';

/** Case content with the least level at which a member other than the case-giver may see it (REPORT-3). */
const SECRETS = {
  question: ['Hoe zeg ik nee tegen mijn leidinggevende?', 'contributions'],
  asked: ['Wat gebeurt er als je nee zegt?', 'contributions'],
  note: ['Mijn stille notitie over macht', 'contributions'],
  decision: ['Ik ga het gesprek aan.', 'everything'],
  action: ['Gesprek inplannen met Karel', 'everything'],
} as const satisfies Record<string, readonly [string, ReportSharing]>;
const rank = (level: ReportSharing) => REPORT_SHARING_LEVELS.indexOf(level);
/** What a member other than the case-giver may see of the secrets at this level. */
const allowed = (level: ReportSharing) =>
  Object.values(SECRETS).flatMap(([text, from]) => (rank(level) >= rank(from) ? [text] : []));
const forbidden = (level: ReportSharing) =>
  Object.values(SECRETS).flatMap(([text, from]) => (rank(level) < rank(from) ? [text] : []));

describeEachDatabase('HIGH-1: report sharing through the live socket of an ended meeting', (kind) => {
  const live = useLiveApp(kind);
  const join = live.join;
  let t: TestApp;
  let url: string;
  beforeAll(() => {
    ({ t, url } = live);
  });

  const guestCookie = async (meetingId: string, chair: Member) => {
    const codeRes = await t.app.inject({
      method: 'POST',
      url: `/api/meetings/${meetingId}/join-code`,
      headers: { cookie: chair.cookie },
    });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/guests/join',
      payload: { code: codeRes.json().code, name: 'Gast Gerda', acceptConfidentiality: true },
    });
    return { cookie: String(res.headers['set-cookie']).split(';')[0]!, id: res.json().userId as string };
  };

  /**
   * Anna chairs and writes a private note that the end reveals, Bram brings the case, Carla asks, a guest
   * takes part, Dirk stays away; the meeting ends with the group sharing reports at `level`.
   */
  const heldMeeting = async (level: ReportSharing) => {
    const m = await seatedMeeting(t, 4);
    const [anna, bram, carla] = m.people as [Member, Member, Member, Member];
    const shared = await t.app.inject({
      method: 'PUT',
      url: `/api/groups/${m.groupId}/report-sharing`,
      headers: { cookie: anna.cookie },
      payload: { level },
    });
    expect(shared.statusCode, shared.body).toBe(200);
    const [chair, giver, helper] = await Promise.all(
      [anna, bram, carla].map((p) => join(m.meetingId, p.cookie)),
    );
    const guest = await guestCookie(m.meetingId, anna);
    const guestSocket = await join(m.meetingId, guest.cookie);
    const steps: [LiveClient, Record<string, unknown>][] = [
      [chair!, { type: 'join' }],
      [giver!, { type: 'join' }],
      [helper!, { type: 'join' }],
      [chair!, { type: 'admitGuest', userId: guest.id, name: 'Gast Gerda' }],
      [guestSocket, { type: 'join' }],
      [chair!, { type: 'chooseMethod', versionId: m.versionId }],
      [chair!, { type: 'assignRole', role: 'caseGiver', userId: bram.id }],
      [giver!, { type: 'setCaseQuestion', text: SECRETS.question[0] }],
      [chair!, { type: 'startPhase', phaseId: 'ask' }],
      [helper!, { type: 'contribute', kind: 'question', text: SECRETS.asked[0] }],
      [chair!, { type: 'startPhase', phaseId: 'write' }],
      [chair!, { type: 'contribute', kind: 'association', text: SECRETS.note[0] }],
      [giver!, { type: 'recordDecision', text: SECRETS.decision[0], actions: [{ text: SECRETS.action[0] }] }],
    ];
    for (const [who, command] of steps) {
      const reply = await who.run(command);
      expect(reply, JSON.stringify(reply)).toMatchObject({ type: 'ack' });
    }
    const helperBeforeEnd = helper!.messages.length;
    expect(await chair!.run({ type: 'endMeeting' })).toMatchObject({ type: 'ack' });
    return { m, helper: helper!, helperBeforeEnd, guestSocket, guest };
  };

  for (const level of REPORT_SHARING_LEVELS) {
    describe(`shared at ${level}`, () => {
      let held: Awaited<ReturnType<typeof heldMeeting>>;
      beforeAll(async () => {
        held = await heldMeeting(level);
      });

      test('a member who was not there, or joins later, receives only what their report shows', async () => {
        const dirk = held.m.people[3]!;
        for (const lastSeq of [undefined, 0]) {
          const late = await join(held.m.meetingId, dirk.cookie, lastSeq);
          const snapshot = await late.next('snapshot');
          expect(late.messages.some((x) => x.type === 'events')).toBe(false);
          const text = JSON.stringify(late.messages);
          for (const secret of forbidden(level)) expect(text).not.toContain(secret);
          for (const secret of allowed(level)) expect(text).toContain(secret);
          expect(snapshot.view).toMatchObject({ stage: 'ended', method: { id: 'realtime-test' } });
        }
      });

      test('a helper who was there gets their report view at the end and after reconnecting', async () => {
        const { helper } = held;
        await helper.next('snapshot', (s) => (s.view as { stage: string }).stage === 'ended');
        const afterEnd = JSON.stringify(helper.messages.slice(held.helperBeforeEnd));
        for (const secret of forbidden(level)) expect(afterEnd).not.toContain(secret);
        const again = await join(held.m.meetingId, held.m.people[2]!.cookie, 1);
        await again.next('snapshot');
        const text = JSON.stringify(again.messages);
        for (const secret of forbidden(level)) expect(text).not.toContain(secret);
        for (const secret of allowed(level)) expect(text).toContain(secret);
      });

      test('the case-giver keeps the whole meeting', async () => {
        const giver = await join(held.m.meetingId, held.m.people[1]!.cookie, 0);
        await giver.next('snapshot');
        const text = JSON.stringify(giver.messages);
        for (const [secret] of Object.values(SECRETS)) expect(text).toContain(secret);
      });

      test('a guest is let go at the end and refused with 4003 afterwards', async () => {
        expect(await held.guestSocket.closed).toBe(CLOSE_CODES.forbidden);
        const again = await LiveClient.connect(url, held.m.meetingId, held.guest.cookie);
        again.send({ type: 'hello', protocolVersion: 1, meetingId: held.m.meetingId });
        expect(await again.closed).toBe(CLOSE_CODES.forbidden);
        expect(again.messages).toEqual([]);
      });
    });
  }
});
