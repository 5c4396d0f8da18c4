import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Dossier, SignOffList, Verification } from '../../../core/api/register';
import { meetings } from '../../db/schema/index';
import { createTestApp, type TestApp } from '../../test/app';
import { describeEachDatabase } from '../../test/databases';
import { requireMeeting } from '../groups/policy';
import { call, groupWith, type Person, person } from '../groups/test-helpers';
import { pdfText, play, reportMethod } from '../reports/test-meeting';
import { type Cast, castGroup, planMeeting } from '../trajectories/test-trajectory';
import { sign } from './signoff.service';

const MIN = 60_000;
const T0 = Date.UTC(2027, 0, 12, 18, 0);
type Step = [Person, Record<string, unknown>, number];

/** A meeting that leaves the lobby at `start` (+ minutes), with people joining and leaving at given minutes. */
function run(
  chair: Person,
  caseGiver: Person,
  start: number,
  moves: [Person, 'join' | 'leave', number][],
  end: number,
) {
  const at = (m: number) => start + m * MIN;
  const early = moves.filter(([, , m]) => m < 0);
  const later = moves.filter(([, , m]) => m >= 0);
  return [
    ...early.map(([p, type, m]) => [p, { type }, at(m)] as Step),
    [chair, { type: 'chooseMethod', method: reportMethod }, at(-1)],
    [chair, { type: 'assignRole', role: 'caseGiver', userId: caseGiver.id }, at(-1)],
    [caseGiver, { type: 'setCaseQuestion', text: 'Hoe zeg ik nee?' }, at(-1)],
    [chair, { type: 'startPhase', phaseId: 'ask' }, at(0)],
    ...later.map(([p, type, m]) => [p, { type }, at(m)] as Step),
    [chair, { type: 'endMeeting' }, at(end)],
  ] satisfies Step[];
}

describeEachDatabase('register hours', (kind) => {
  let t: TestApp;
  let c: Cast;
  let dirk: Person;
  let carla: Person;
  let evert: Person;
  let groupTwo: string;
  const ids: Record<'a' | 'b' | 'open', string> = { a: '', b: '', open: '' };
  const list = async (who: Person, meetingId: string) =>
    (await call(t.app, who, 'GET', `/api/meetings/${meetingId}/sign-off`)).json() as SignOffList;
  const signAs = (who: Person, meetingId: string, path = 'sign-off') =>
    call(t.app, who, 'POST', `/api/meetings/${meetingId}/${path}`, { signature: who.name, confirm: true });
  const dossier = async (who: Person) =>
    (await call(t.app, who, 'GET', '/api/me/dossier?from=2026-01-01&to=2030-12-31')).json() as Dossier;

  beforeAll(async () => {
    t = await createTestApp(kind);
    c = await castGroup(t);
    dirk = await person(t.app, 'Dirk Afwezig');
    carla = await person(t.app, 'Carla Twee');
    evert = await person(t.app, 'Evert Twee');
    const invite = (await call(t.app, c.admin, 'POST', `/api/groups/${c.groupId}/invites`, {})).json();
    await call(t.app, dirk, 'POST', `/api/invites/${invite.token}/accept`);
    groupTwo = (await groupWith(t.app, c.anna, [c.bram, carla, evert])).groupId;
    // Meeting A (group one, in a trajectory the facilitator guides): Bram 20 minutes late, Anna 40 early.
    ids.a = await planMeeting(t, c, 7);
    const trajectory = await call(t.app, c.admin, 'POST', `/api/groups/${c.groupId}/trajectories`, {
      name: 'Intervisie 2027',
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
      plannedMeetings: 3,
      mode: 'guided',
      facilitatorId: c.facilitator.id,
    });
    const trajectoryId = trajectory.json().id as string;
    await call(t.app, c.admin, 'PUT', `/api/trajectories/${trajectoryId}/meetings/${ids.a}`, {
      facilitatorMode: 'leads',
    });
    ids.open = await planMeeting(t, c, 9);
    await call(t.app, c.admin, 'PUT', `/api/trajectories/${trajectoryId}/meetings/${ids.open}`, {
      facilitatorMode: 'observes',
    });
    // Before any of its meetings ended the facilitator has nothing to sign for (REG-6).
    const early = await call(
      t.app,
      c.facilitator,
      'PUT',
      `/api/trajectories/${trajectoryId}/statement`,
      statement,
    );
    expect(early.json().error.code).toBe('meeting_not_ended');
    await play(
      t,
      ids.a,
      run(
        c.admin,
        c.anna,
        T0,
        [
          [c.admin, 'join', -10],
          [c.facilitator, 'join', -8],
          [c.anna, 'join', -5],
          [c.bram, 'join', 20],
          [c.anna, 'leave', 50],
        ],
        90,
      ),
    );
    // Meeting B (group two, no facilitator): Anna steps out for ten minutes of 75.
    const dateB = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    ids.b = (
      await call(t.app, c.anna, 'POST', `/api/groups/${groupTwo}/meetings`, {
        date: dateB,
        time: '19:00',
        notify: false,
      })
    ).json().id;
    await play(
      t,
      ids.b,
      run(
        c.anna,
        carla,
        T0 + 86_400_000,
        [
          [c.anna, 'join', -2],
          [c.bram, 'join', -2],
          [carla, 'join', -2],
          [evert, 'join', -2],
          [c.bram, 'leave', 30],
          [c.bram, 'join', 40],
        ],
        75,
      ),
    );
    // What the room's after-commit does when a meeting ends.
    await t.database.db
      .update(meetings)
      .set({ status: 'ended' })
      .where(inArray(meetings.id, [ids.a, ids.b]));
    const statementRes = await call(
      t.app,
      c.facilitator,
      'PUT',
      `/api/trajectories/${trajectoryId}/statement`,
      statement,
    );
    expect(statementRes.statusCode).toBe(200);
    expect(
      (await call(t.app, c.anna, 'PUT', `/api/trajectories/${trajectoryId}/statement`, statement)).statusCode,
    ).toBe(403);
  });
  afterAll(() => t.close());

  const statement = {
    register: 'SKJ',
    registrationNumber: '110012345',
    text: 'De groep werkte onder mijn begeleiding aan eigen casuïstiek.',
    signature: 'F.B.',
    confirm: true,
  };

  test('REG-1: minutes present come from the log: late arrival, early leaving and a break are cut out', async () => {
    const a = await list(c.facilitator, ids.a);
    const line = (l: SignOffList, who: Person) => l.lines.find((x) => x.userId === who.id)!;
    expect(line(a, c.admin)).toMatchObject({ minutes: 90, lateMinutes: 0, earlyMinutes: 0 });
    expect(line(a, c.bram)).toMatchObject({ minutes: 70, lateMinutes: 20, earlyMinutes: 0 });
    expect(line(a, c.anna)).toMatchObject({ minutes: 50, lateMinutes: 0, earlyMinutes: 40 });
    expect(a.lines.map((l) => l.userId)).not.toContain(dirk.id);
    const b = await list(c.anna, ids.b);
    expect(line(b, c.bram).minutes).toBe(65);
    // A planned meeting that has not run has no list and no times (REG-2).
    expect(await list(c.anna, ids.open)).toMatchObject({ ended: false, lines: [], maySign: false });
  });

  test('REG-5: members see who was there and their own minutes; planners and the countersigner see everyone’s', async () => {
    const asAnna = await list(c.anna, ids.a);
    expect(asAnna.lines.find((l) => l.userId === c.anna.id)!.minutes).toBe(50);
    expect(asAnna.lines.find((l) => l.userId === c.bram.id)).toMatchObject({
      name: 'Bram Lid',
      minutes: null,
    });
    expect((await list(c.admin, ids.a)).lines.find((l) => l.userId === c.bram.id)!.minutes).toBe(70);
    expect(await list(c.facilitator, ids.a)).toMatchObject({
      mayCountersign: true,
      countersignerName: 'Fenna Begeleider',
    });
    expect((await call(t.app, c.outsider, 'GET', `/api/meetings/${ids.a}/sign-off`)).statusCode).toBe(404);
    // In group two Carla, a member, sees only her own time.
    expect((await list(carla, ids.b)).lines.find((l) => l.userId === c.bram.id)!.minutes).toBeNull();
  });

  test('REG-3, REG-4: who signs what and when', async () => {
    expect((await signAs(c.anna, ids.open)).json().error.code).toBe('meeting_not_ended');
    expect((await signAs(dirk, ids.a)).statusCode).toBe(403);
    expect((await signAs(c.outsider, ids.a)).statusCode).toBe(404);
    expect(
      (await call(t.app, c.anna, 'POST', `/api/meetings/${ids.a}/sign-off`, { signature: 'A.L.' }))
        .statusCode,
    ).toBe(400);
    const signed = await signAs(c.anna, ids.a);
    expect(signed.statusCode).toBe(200);
    expect((signed.json() as SignOffList).lines.find((l) => l.userId === c.anna.id)!.signed).toMatchObject({
      name: 'Anna Lid',
      signature: 'Anna Lid',
    });
    expect((await signAs(c.anna, ids.a)).json().error.code).toBe('already_signed');
    // The facilitator was there, so the chair does not countersign; a member never does.
    expect((await signAs(c.admin, ids.a, 'countersign')).statusCode).toBe(403);
    expect((await signAs(c.bram, ids.a, 'countersign')).statusCode).toBe(403);
    expect((await signAs(c.facilitator, ids.a, 'countersign')).statusCode).toBe(200);
    expect((await signAs(c.facilitator, ids.a, 'countersign')).json().error.code).toBe('already_signed');
    // Without a facilitator in the meeting the chair countersigns.
    expect((await signAs(carla, ids.b, 'countersign')).statusCode).toBe(403);
    expect((await list(c.anna, ids.b)).mayCountersign).toBe(true);
    // After 30 days the list is closed.
    const access = await requireMeeting(t.database.db, c.bram.id, ids.a);
    const late = new Date(T0 + 91 * MIN + 31 * 86_400_000);
    await expect(
      sign(t.database.db, access.meeting, { ...c.bram, access }, 'own', { signature: 'B' }, late),
    ).rejects.toMatchObject({ code: 'sign_off_closed' });
  });

  test('REG-7: targets are one’s own; the two examples come with source and date', async () => {
    for (const example of ['skj', 'therapists'])
      expect((await call(t.app, c.anna, 'POST', '/api/me/register-targets', { example })).statusCode).toBe(
        200,
      );
    const { targets } = (await call(t.app, c.anna, 'GET', '/api/me/register-targets')).json();
    expect(targets).toMatchObject([
      {
        name: 'SKJ – reflectie',
        hours: 60,
        periodMonths: 60,
        minSessionMinutes: 60,
        sourceDate: '2026-12-04',
      },
      { hours: 15, minGroupSize: 4, requiresSignedList: true },
    ]);
    expect((await call(t.app, c.bram, 'GET', '/api/me/register-targets')).json().targets).toEqual([]);
    const edit = { ...targets[0], hours: 50 };
    for (const k of ['id', 'example', 'updatedAt']) delete edit[k];
    expect(
      (await call(t.app, c.bram, 'PUT', `/api/me/register-targets/${targets[0].id}`, edit)).statusCode,
    ).toBe(404);
    expect(
      (await call(t.app, c.bram, 'DELETE', `/api/me/register-targets/${targets[0].id}`)).statusCode,
    ).toBe(404);
    const changed = await call(t.app, c.anna, 'PUT', `/api/me/register-targets/${targets[0].id}`, {
      ...edit,
      hours: 60,
    });
    expect(changed.json()).toMatchObject({ hours: 60, name: 'SKJ – reflectie' });
    expect(
      (await call(t.app, c.anna, 'PUT', `/api/me/register-targets/${targets[0].id}`, { ...edit, hours: -1 }))
        .statusCode,
    ).toBe(400);
  });

  test('REG-8: hours across groups against each target: partial presence, the one-hour minimum, signatures', async () => {
    const d = await dossier(c.anna);
    const [skj, therapists] = d.targets;
    expect(d.meetings.map((m) => [m.groupName, m.minutesPresent, m.groupSize])).toEqual([
      ['Kring Noord', 50, 4],
      ['Kring Noord', 75, 4],
    ]);
    const [a, b] = d.meetings;
    expect(a).toMatchObject({ earlyMinutes: 40, roles: ['caseGiver'], method: { nl: 'Verslagmethode' } });
    expect(a!.counts[skj!.id]).toEqual({ hours: 0, reasons: ['tooShort'] });
    expect(a!.counts[therapists!.id]!.hours).toBeCloseTo(50 / 60);
    expect(b!.counts[therapists!.id]!.reasons).toEqual(['notSigned', 'notCountersigned']);
    expect(b!.roles).toEqual(['chair']);
    expect(d.totals[skj!.id]).toEqual({ hours: 1.25, points: 1.25, meetings: 1, required: 60 });
    expect(d.totals[therapists!.id]).toMatchObject({ hours: 0.83, meetings: 1, required: 15 });
    expect(d.statements).toMatchObject([
      { facilitatorName: 'Fenna Begeleider', registrationNumber: '110012345' },
    ]);
    // Bram's dossier holds his own meetings with his own minutes, not Anna's.
    expect((await dossier(c.bram)).meetings.map((m) => m.minutesPresent)).toEqual([70, 65]);
    expect((await dossier(dirk)).meetings).toEqual([]);
    expect((await call(t.app, null, 'GET', '/api/me/dossier?from=2026-01-01&to=2030-12-31')).statusCode).toBe(
      401,
    );
  });

  test('REG-9: the PDF carries a code the public page confirms until the record changes', async () => {
    const pdf = await call(t.app, c.anna, 'GET', '/api/me/dossier.pdf?from=2026-01-01&to=2030-12-31&lang=nl');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(pdf.rawPayload);
    const code = text.match(/Verificatiecode: ([A-Z0-9-]+)/)![1]!;
    expect(text).toContain('Anna Lid');
    expect(text).toContain('Kring Noord');
    expect(text).not.toContain('Hoe zeg ik nee');
    const verify = async (c: string) => call(t.app, null, 'GET', `/api/verify/${c}`);
    const ok = (await verify(code)).json() as Verification;
    expect(ok).toMatchObject({ name: 'Anna Lid', meetings: 2, matches: true });
    expect(JSON.stringify(ok)).not.toContain('Kring Noord');
    expect((await verify('ABCD-EFGH-JKLM-NPQR-STUV')).statusCode).toBe(404);
    // A signature after the document was made: the record no longer gives the same document.
    await signAs(c.anna, ids.b);
    expect(((await verify(code)).json() as Verification).matches).toBe(false);
  });
});
