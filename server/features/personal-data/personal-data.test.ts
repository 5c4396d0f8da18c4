import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cases, groups, meetings } from '../../db/schema/index';
import { seedGroupMeeting } from '../../realtime/seed';
import { createTestApp, signUp, type TestApp } from '../../test/app';
import { describeEachDatabase } from '../../test/databases';
import { insertGroup } from '../groups/repo';
import { type Member, reportMethod as method, play, signUpPeople } from '../reports/test-meeting';

const PASSWORD = 'een goed wachtwoord 1';

describeEachDatabase('personal data: export and account deletion', (kind) => {
  let t: TestApp;
  let m: { groupId: string; meetingId: string };
  let chair: Member;
  let giver: Member;
  let helper: Member;
  const emails: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(kind);
    const people = await signUpPeople(t, ['Anna Voorzitter', 'Bram Inbrenger', 'Carla Helper']);
    for (const p of people) emails[p.name] = p.email;
    [chair, giver, helper] = people as [Member, Member, Member];
    m = await seedGroupMeeting(t.database.db, [chair.id, giver.id, helper.id]);
    await play(t, m.meetingId, [
      [chair, { type: 'join' }],
      [giver, { type: 'join' }],
      [helper, { type: 'join' }],
      [chair, { type: 'chooseMethod', method }],
      [chair, { type: 'assignRole', role: 'caseGiver', userId: giver.id }],
      [giver, { type: 'setCaseQuestion', text: 'Hoe houd ik mijn grens?' }],
      [chair, { type: 'startPhase', phaseId: 'ask' }],
      [helper, { type: 'contribute', kind: 'question', text: 'Vraag van Carla <script>' }],
      [chair, { type: 'startPhase', phaseId: 'advise' }],
      [chair, { type: 'contribute', kind: 'advice', text: 'Advies van Anna' }],
      [chair, { type: 'endMeeting' }],
    ]);
    await t.database.db.insert(cases).values({
      id: `case-${m.meetingId}`,
      groupId: m.groupId,
      authorId: helper.id,
      title: 'Mijn <b>casus</b>',
      situation: 'Situatie van Carla',
    });
  });
  afterAll(() => t.close());

  const get = (url: string, cookie?: string) =>
    t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
  const deleteAccount = (who: Member) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/delete-user',
      headers: { cookie: who.cookie },
      payload: { password: PASSWORD },
    });
  const storedLog = async () =>
    JSON.stringify(
      await t.database.db.execute(
        sql`select payload, actor_id from meeting_events where meeting_id = ${m.meetingId}`,
      ),
    );

  test('EXPORT-1: a person downloads what they wrote and what is about them, as JSON and readable HTML, never cached', async () => {
    const json = await get('/api/me/export.json', helper.cookie);
    expect(json.statusCode).toBe(200);
    expect(json.headers['cache-control']).toBe('private, no-store');
    expect(json.headers['content-disposition']).toBe('attachment; filename="kring-export.json"');
    const data = json.json();
    expect(data.profile).toMatchObject({ name: 'Carla Helper', email: emails['Carla Helper'] });
    expect(data.memberships).toEqual([expect.objectContaining({ group: 'Kring', role: 'member' })]);
    expect(data.cases).toEqual([
      expect.objectContaining({ title: 'Mijn <b>casus</b>', situation: 'Situatie van Carla' }),
    ]);
    const mine = JSON.stringify(data.meetingLog);
    expect(mine).toContain('Vraag van Carla <script>');
    // What others wrote is theirs, not hers.
    expect(mine).not.toContain('Advies van Anna');
    expect(mine).not.toContain('Hoe houd ik mijn grens?');

    const html = await get('/api/me/export.html?lang=en', helper.cookie);
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['cache-control']).toBe('private, no-store');
    expect(html.body).toContain('<h1>My data from Kring</h1>');
    expect(html.body).toContain('Mijn &lt;b&gt;casus&lt;/b&gt;');
    expect(html.body).toContain('Vraag van Carla &lt;script&gt;');
    expect(html.body).not.toContain('<script>');
    expect((await get('/api/me/export.json')).statusCode).toBe(401);
  });

  test('ACCOUNT-2: the last admin of a group with other members cannot delete their account until they hand over or close it', async () => {
    expect((await get('/api/me/deletion', chair.cookie)).json()).toEqual({
      lastAdminOf: [{ id: m.groupId, name: 'Kring', memberCount: 3 }],
      closes: [],
    });
    const refused = await deleteAccount(chair);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('last_admin');
    expect(await storedLog()).toContain('Anna Voorzitter');
    expect((await get('/api/me', chair.cookie)).statusCode).toBe(200);
  });

  test('ACCOUNT-1: after deletion the person is "voormalig lid" in the meeting log and the report; nothing of their name or id is left', async () => {
    expect((await get(`/api/meetings/${m.meetingId}/report`, giver.cookie)).statusCode).toBe(200);
    const res = await deleteAccount(helper);
    expect(res.statusCode).toBe(200);
    const log = await storedLog();
    expect(log).not.toContain('Carla Helper');
    expect(log).not.toContain(helper.id);
    // What she wrote stays in the group's record, without her name.
    expect(log).toContain('Vraag van Carla <script>');
    const md = (await get(`/api/meetings/${m.meetingId}/report.md`, giver.cookie)).body;
    expect(md).toContain('Vraag van Carla \\<script\\> (voormalig lid)');
    expect(md).not.toContain('Carla Helper');
    // Her own case went with her account.
    expect(await t.database.db.select().from(cases).where(eq(cases.authorId, helper.id))).toEqual([]);
  });

  test('ACCOUNT-2, ACCOUNT-3: closing the group mails its members; a group the person was alone in goes with the account', async () => {
    const { db } = t.database;
    await insertGroup(
      db,
      { id: `solo-${m.groupId}`, name: 'Alleen ik', description: '', language: 'nl' },
      chair.id,
      [{ title: 'Regel', body: 'Tekst' }],
    );
    const closed = await t.app.inject({
      method: 'DELETE',
      url: `/api/groups/${m.groupId}`,
      headers: { cookie: chair.cookie },
    });
    expect(closed.statusCode).toBe(204);
    const mail = await t.smtp.waitFor(emails['Bram Inbrenger']!, /opgeheven/);
    expect(mail.subject).toBe('De groep Kring is opgeheven');
    expect((await get('/api/me/deletion', chair.cookie)).json()).toEqual({
      lastAdminOf: [],
      closes: [{ id: `solo-${m.groupId}`, name: 'Alleen ik' }],
    });
    expect((await deleteAccount(chair)).statusCode).toBe(200);
    expect(
      await db
        .select()
        .from(groups)
        .where(eq(groups.id, `solo-${m.groupId}`)),
    ).toEqual([]);
    expect(await db.select().from(meetings).where(eq(meetings.groupId, m.groupId))).toEqual([]);
  });
});

describeEachDatabase('a case-giver who left a group', (kind) => {
  let t: TestApp;
  afterAll(() => t?.close());

  test('ACCOUNT-4: still deletes their own cases after leaving; others outside the group still get 404', async () => {
    t = await createTestApp(kind);
    const admin = await signUp(t.app, { email: `a4.${Date.now()}@example.nl`, name: 'Anna' });
    const author = await signUp(t.app, { email: `b4.${Date.now()}@example.nl`, name: 'Bram' });
    const { groupId } = await seedGroupMeeting(t.database.db, [admin.user.id, author.user.id]);
    await t.database.db.insert(cases).values({
      id: `c-${groupId}`,
      groupId,
      authorId: author.user.id,
      title: 'Mijn casus',
      status: 'submitted',
    });
    const left = await t.app.inject({
      method: 'DELETE',
      url: `/api/groups/${groupId}/members/${author.user.id}`,
      headers: { cookie: author.cookie },
    });
    expect(left.statusCode).toBe(204);
    const outsider = await signUp(t.app, { email: `c4.${Date.now()}@example.nl`, name: 'Otto' });
    const del = (cookie: string) =>
      t.app.inject({ method: 'DELETE', url: `/api/cases/c-${groupId}`, headers: { cookie } });
    expect((await del(outsider.cookie)).statusCode).toBe(404);
    expect((await del(author.cookie)).statusCode).toBe(204);
    expect(
      await t.database.db
        .select()
        .from(cases)
        .where(eq(cases.id, `c-${groupId}`)),
    ).toEqual([]);
  });
});
