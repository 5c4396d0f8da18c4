import { afterAll, beforeAll, expect, test } from 'vitest';
import type { AccessLog } from '../../../core/api/access-log';
import { createTestApp, type TestApp } from '../../test/app';
import { describeEachDatabase } from '../../test/databases';
import { call } from '../groups/test-helpers';
import { pdfText } from '../reports/test-meeting';
import { type Cast, castGroup, planMeeting, runMeeting } from '../trajectories/test-trajectory';

/** What the register keeps about a person in their own data export, and who read a dossier. */
describeEachDatabase('register: personal data and the access trail', (kind) => {
  let t: TestApp;
  let c: Cast;
  let meetingId: string;
  let code: string;
  const period = 'from=2020-01-01&to=2040-12-31';

  beforeAll(async () => {
    t = await createTestApp(kind);
    c = await castGroup(t);
    meetingId = await planMeeting(t, c, 3);
    const trajectory = await call(t.app, c.admin, 'POST', `/api/groups/${c.groupId}/trajectories`, {
      name: 'Intervisie met Fenna',
      startsOn: '2020-01-01',
      endsOn: '2040-12-31',
      plannedMeetings: 2,
      mode: 'guided',
      facilitatorId: c.facilitator.id,
    });
    const trajectoryId = trajectory.json().id as string;
    await call(t.app, c.admin, 'PUT', `/api/trajectories/${trajectoryId}/meetings/${meetingId}`, {
      facilitatorMode: 'leads',
    });
    const present = [c.admin, c.facilitator, c.anna, c.bram];
    await runMeeting(t, c, meetingId, { chair: c.admin, caseGiver: c.anna, present, facilitatorActs: true });
    const sign = (who: Cast['anna'], path: string, signature: string) =>
      call(t.app, who, 'POST', `/api/meetings/${meetingId}/${path}`, { signature, confirm: true });
    expect((await sign(c.anna, 'sign-off', 'A.L.')).statusCode).toBe(200);
    expect((await sign(c.facilitator, 'sign-off', 'F.B.')).statusCode).toBe(200);
    expect((await sign(c.facilitator, 'countersign', 'Fenna B.')).statusCode).toBe(200);
    const statement = await call(t.app, c.facilitator, 'PUT', `/api/trajectories/${trajectoryId}/statement`, {
      register: 'SKJ',
      registrationNumber: '110012345',
      text: 'Onder mijn begeleiding gewerkt aan eigen casuïstiek.',
      signature: 'F.B.',
      confirm: true,
    });
    expect(statement.statusCode).toBe(200);
    await call(t.app, c.anna, 'POST', '/api/me/register-targets', { example: 'skj' });
    const pdf = await call(t.app, c.anna, 'GET', `/api/me/dossier.pdf?${period}&lang=nl`);
    code = (await pdfText(pdf.rawPayload)).match(/Verificatiecode: ([A-Z0-9-]+)/)![1]!;
  });
  afterAll(() => t.close());

  const trail = async () =>
    ((await call(t.app, c.admin, 'GET', `/api/groups/${c.groupId}/access-log`)).json() as AccessLog).entries;

  test('EXPORT-1: the export holds one’s signatures, register targets, signed statements and dossier codes', async () => {
    const anna = (await call(t.app, c.anna, 'GET', '/api/me/export.json')).json();
    expect(anna.signOffs).toEqual([
      expect.objectContaining({ group: 'Kring Noord', kind: 'own', name: 'Anna Lid', signature: 'A.L.' }),
    ]);
    expect(anna.registerTargets).toEqual([
      expect.objectContaining({ name: 'SKJ – reflectie', hours: 60, source: expect.any(String) }),
    ]);
    expect(anna.dossierDocuments).toEqual([
      expect.objectContaining({ code, summary: expect.objectContaining({ name: 'Anna Lid', meetings: 1 }) }),
    ]);
    expect(anna.facilitatorStatements).toEqual([]);
    // The facilitator's own line, her countersignature and her statement; nothing of Anna's.
    const fenna = (await call(t.app, c.facilitator, 'GET', '/api/me/export.json')).json();
    expect(fenna.signOffs.map((s: { kind: string; signature: string }) => [s.kind, s.signature])).toEqual([
      ['countersign', 'Fenna B.'],
      ['own', 'F.B.'],
    ]);
    expect(fenna.facilitatorStatements).toEqual([
      expect.objectContaining({
        trajectory: 'Intervisie met Fenna',
        register: 'SKJ',
        registrationNumber: '110012345',
        text: 'Onder mijn begeleiding gewerkt aan eigen casuïstiek.',
      }),
    ]);
    expect(JSON.stringify(fenna)).not.toContain(code);
    expect(fenna.registerTargets).toEqual([]);
    // The readable page says the same in the person's language.
    const html = (await call(t.app, c.anna, 'GET', '/api/me/export.html?lang=en')).body;
    expect(html).toContain('<h2>Attendance lists I signed</h2>');
    expect(html).toContain('own line, A.L. (Anna Lid)');
    expect(html).toContain(`code ${code}, period 2020-01-01 – 2040-12-31`);
    expect(html).toContain('SKJ – reflectie');
    const fennaHtml = (await call(t.app, c.facilitator, 'GET', '/api/me/export.html?lang=nl')).body;
    expect(fennaHtml).toContain('bevestigd als begeleider of gespreksleider, Fenna B.');
    expect(fennaHtml).toContain('SKJ 110012345');
  });

  test('AUDIT-1: reading one’s dossier, page or PDF, is in the trail of each listed meeting’s group; a public check is not', async () => {
    const before = await trail();
    // The PDF of the set-up was recorded when it was made.
    expect(before.filter((e) => e.kind === 'dossier.pdf')).toEqual([
      expect.objectContaining({ name: 'Anna Lid', meetingId }),
    ]);
    expect((await call(t.app, c.anna, 'GET', `/api/me/dossier?${period}`)).statusCode).toBe(200);
    expect((await call(t.app, null, 'GET', `/api/verify/${code}`)).statusCode).toBe(200);
    // Someone without meetings reads an empty dossier: nothing to note anywhere.
    expect((await call(t.app, c.outsider, 'GET', `/api/me/dossier?${period}`)).statusCode).toBe(200);
    const after = await trail();
    expect(after.length).toBe(before.length + 1);
    expect(after[0]).toMatchObject({ name: 'Anna Lid', kind: 'dossier', meetingId });
    // A refused read leaves no entry.
    expect((await call(t.app, c.anna, 'GET', '/api/me/dossier?from=gisteren')).statusCode).toBe(400);
    expect((await trail()).length).toBe(after.length);
  });
});
