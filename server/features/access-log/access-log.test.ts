import { afterAll, beforeAll, expect, test } from 'vitest';
import { seedGroupMeeting } from '../../realtime/seed';
import { createTestApp, type TestApp } from '../../test/app';
import { describeEachDatabase } from '../../test/databases';
import { type Member, play, signUpPeople } from '../reports/test-meeting';

describeEachDatabase('who read reports and attendance', (kind) => {
  let t: TestApp;
  let m: { groupId: string; meetingId: string };
  let admin: Member;
  let reader: Member;
  let outsider: Member;

  beforeAll(async () => {
    t = await createTestApp(kind);
    const people = await signUpPeople(t, ['Anna Beheer', 'Rob Lezer', 'Otto Buiten']);
    [admin, reader, outsider] = people as [Member, Member, Member];
    m = await seedGroupMeeting(t.database.db, [admin.id, reader.id]);
    await play(t, m.meetingId, [
      [admin, { type: 'join' }],
      [admin, { type: 'endMeeting' }],
    ]);
  });
  afterAll(() => t.close());

  const get = (url: string, cookie: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
  const trail = (cookie: string) => get(`/api/groups/${m.groupId}/access-log`, cookie);

  test('AUDIT-1: every read or download of a report or an attendance list is recorded: who, what, which meeting, when', async () => {
    expect((await trail(admin.cookie)).json()).toEqual({ entries: [] });
    for (const path of [
      'report',
      'report.md',
      'report.pdf',
      'attendance',
      'attendance.csv',
      'attendance.pdf',
    ]) {
      expect((await get(`/api/meetings/${m.meetingId}/${path}`, reader.cookie)).statusCode).toBe(200);
    }
    // A refused read is no read.
    expect((await get(`/api/meetings/${m.meetingId}/report`, outsider.cookie)).statusCode).toBe(404);
    const res = await trail(admin.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-store');
    const { entries } = res.json() as {
      entries: { name: string; kind: string; meetingId: string; at: string }[];
    };
    expect(entries.map((e) => e.kind).sort()).toEqual(
      ['attendance', 'attendance.csv', 'attendance.pdf', 'report', 'report.md', 'report.pdf'].sort(),
    );
    for (const e of entries) {
      expect(e).toMatchObject({ name: 'Rob Lezer', meetingId: m.meetingId });
      expect(Date.now() - Date.parse(e.at)).toBeLessThan(120_000);
    }
  });

  test('AUDIT-2: only the group’s admins read the trail; other members 403, non-members 404, no session 401', async () => {
    expect((await trail(reader.cookie)).statusCode).toBe(403);
    expect((await trail(outsider.cookie)).statusCode).toBe(404);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/groups/${m.groupId}/access-log` })).statusCode,
    ).toBe(401);
    expect((await get(`/api/groups/${m.groupId}/access-log?limit=0`, admin.cookie)).statusCode).toBe(400);
  });
});
