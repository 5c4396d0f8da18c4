import ical from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { describeEachDatabase } from '../../test/databases';
import { contextFrom } from '../groups/context';
import { call, groupWith, type Person, person } from '../groups/test-helpers';
import { sendDueReminders } from './reminders';

describeEachDatabase('meetings', (kind) => {
  let t: TestApp;
  let admin: Person;
  let member: Person;
  let third: Person;
  let outsider: Person;
  let groupId: string;
  let meetingId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await person(t.app, 'Anouk Jansen');
    member = await person(t.app, 'Bram Peters');
    third = await person(t.app, 'Cor de Wit');
    outsider = await person(t.app, 'Olaf Buiten');
    ({ groupId } = await groupWith(t.app, admin, [member, third]));
    const res = await call(t.app, admin, 'POST', `/api/groups/${groupId}/meetings`, {
      date: '2030-03-12',
      time: '19:30',
      timeZone: 'Europe/Amsterdam',
      durationMinutes: 120,
      place: 'Wijkcentrum De Linde, Utrecht',
      methodId: 'incident',
    });
    expect(res.statusCode).toBe(201);
    meetingId = res.json().id;
  });
  afterAll(() => t.close());

  it('schedules in the chosen time zone and mails every member an invitation with the .ics', async () => {
    const meeting = (await call(t.app, member, 'GET', `/api/meetings/${meetingId}`)).json();
    expect(meeting).toMatchObject({
      startsAt: '2030-03-12T18:30:00.000Z',
      timeZone: 'Europe/Amsterdam',
      status: 'scheduled',
    });
    expect(meeting.responses).toHaveLength(3);
    const mail = await t.smtp.waitFor(member.email, /Bijeenkomst van Kring Noord/);
    expect(mail.text).toContain('19:30');
    expect(mail.attachments[0]?.filename).toBe('kring.ics');
  });

  // A group is often called "Intervisie …": the subject must not read "Intervisie Intervisie Oost".
  it('MAIL-SUBJECT: names the group once in the subject, whatever the group is called', async () => {
    const group = (
      await call(t.app, admin, 'POST', '/api/groups', { name: 'Intervisie Oost', language: 'nl' })
    ).json();
    const res = await call(t.app, admin, 'POST', `/api/groups/${group.id}/meetings`, {
      date: '2030-05-12',
      time: '19:30',
      timeZone: 'Europe/Amsterdam',
    });
    expect(res.statusCode).toBe(201);
    const mail = await t.smtp.waitFor(admin.email, /Intervisie Oost/);
    expect(mail.subject).not.toMatch(/intervisie intervisie/i);
    expect(mail.subject).toBe('Bijeenkomst van Intervisie Oost op zondag 12 mei 2030 om 19:30');
  });

  it('lets only admins and facilitators schedule; members 403, outsiders 404', async () => {
    const body = { date: '2030-04-01', time: '10:00', notify: false };
    expect((await call(t.app, member, 'POST', `/api/groups/${groupId}/meetings`, body)).statusCode).toBe(403);
    expect((await call(t.app, outsider, 'POST', `/api/groups/${groupId}/meetings`, body)).statusCode).toBe(
      404,
    );
    expect(
      (await call(t.app, member, 'PATCH', `/api/meetings/${meetingId}`, { place: 'x' })).statusCode,
    ).toBe(403);
    for (const path of ['', '/ics', '/attendance', '/attendance.csv', '/attendance.pdf']) {
      expect((await call(t.app, outsider, 'GET', `/api/meetings/${meetingId}${path}`)).statusCode, path).toBe(
        404,
      );
    }
    expect(
      (await call(t.app, outsider, 'PUT', `/api/meetings/${meetingId}/rsvp`, { response: 'yes' })).statusCode,
    ).toBe(404);
  });

  it('counts RSVPs and lets a member change their answer', async () => {
    await call(t.app, admin, 'PUT', `/api/meetings/${meetingId}/rsvp`, { response: 'yes' });
    await call(t.app, third, 'PUT', `/api/meetings/${meetingId}/rsvp`, { response: 'maybe' });
    const first = await call(t.app, member, 'PUT', `/api/meetings/${meetingId}/rsvp`, { response: 'no' });
    expect(first.json()).toEqual({ counts: { yes: 1, no: 1, maybe: 1 }, mine: 'no' });
    const second = await call(t.app, member, 'PUT', `/api/meetings/${meetingId}/rsvp`, { response: 'yes' });
    expect(second.json().counts).toEqual({ yes: 2, no: 0, maybe: 1 });
    const bad = await call(t.app, member, 'PUT', `/api/meetings/${meetingId}/rsvp`, { response: 'perhaps' });
    expect(bad.statusCode).toBe(400);
  });

  it('lists upcoming meetings across all my groups', async () => {
    const { groupId: other } = await groupWith(t.app, member, []);
    await call(t.app, member, 'POST', `/api/groups/${other}/meetings`, {
      date: '2030-02-01',
      time: '09:00',
      notify: false,
    });
    const list = (await call(t.app, member, 'GET', '/api/me/upcoming')).json().meetings;
    expect(list.map((m: { startsAt: string }) => m.startsAt)).toEqual([
      '2030-02-01T08:00:00.000Z',
      '2030-03-12T18:30:00.000Z',
    ]);
    expect((await call(t.app, outsider, 'GET', '/api/me/upcoming')).json().meetings).toEqual([]);
  });

  it('serves an .ics that a calendar parser reads with summary, start and time zone', async () => {
    const res = await call(t.app, member, 'GET', `/api/meetings/${meetingId}/ics?lang=en`);
    expect(res.headers['content-type']).toMatch(/text\/calendar/);
    expect(res.body).toContain('DTSTART;TZID=Europe/Amsterdam:20300312T193000');
    expect(res.body).toContain('BEGIN:VTIMEZONE');
    expect(res.body).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
    const parsed = ical.sync.parseICS(res.body);
    const event = Object.values(parsed).find((c) => c?.type === 'VEVENT') as ical.VEvent;
    expect(event.uid).toBe(`${meetingId}@kring`);
    expect(String(event.summary)).toBe('Meeting of Kring Noord');
    expect(event.start.toISOString()).toBe('2030-03-12T18:30:00.000Z');
    expect(event.start.tz).toBe('Europe/Amsterdam');
    expect(String(event.location)).toBe('Wijkcentrum De Linde, Utrecht');
  });

  it('serves a personal calendar feed by secret URL until it is rotated or revoked', async () => {
    const created = (await call(t.app, member, 'POST', '/api/me/calendar-feed')).json();
    const path = new URL(created.url).pathname;
    const feed = await call(t.app, null, 'GET', path);
    expect(feed.statusCode).toBe(200);
    const events = Object.values(ical.sync.parseICS(feed.body)).filter((c) => c?.type === 'VEVENT');
    expect(events.length).toBeGreaterThanOrEqual(2);
    const rotated = (await call(t.app, member, 'POST', '/api/me/calendar-feed')).json();
    expect((await call(t.app, null, 'GET', path)).statusCode).toBe(404);
    const newPath = new URL(rotated.url).pathname;
    expect((await call(t.app, null, 'GET', newPath)).statusCode).toBe(200);
    expect((await call(t.app, member, 'DELETE', '/api/me/calendar-feed')).statusCode).toBe(204);
    const gone = await call(t.app, null, 'GET', newPath);
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.code).toBe('feed_not_found');
    expect((await call(t.app, member, 'GET', '/api/me/calendar-feed')).json().active).toBe(false);
  });

  it('sends the reminder the day before, once, to members who did not decline', async () => {
    const ctx = contextFrom(t.deps);
    const dayBefore = new Date('2030-03-11T19:00:00Z');
    expect(await sendDueReminders(ctx, new Date('2030-03-10T12:00:00Z'))).toBe(0);
    await call(t.app, third, 'PUT', `/api/meetings/${meetingId}/rsvp`, { response: 'no' });
    expect(await sendDueReminders(ctx, dayBefore)).toBe(2);
    const mail = await t.smtp.waitFor(admin.email, /Morgen: bijeenkomst van Kring Noord/);
    expect(mail.text).toContain('Wijkcentrum De Linde');
    expect(t.smtp.messages.some((m) => m.to.includes(third.email) && /Morgen/.test(m.subject))).toBe(false);
    expect(await sendDueReminders(ctx, new Date(dayBefore.getTime() + 60_000))).toBe(0);
  });

  describe('rota', () => {
    it('rotates chores to whoever did them least and never makes the case-giver chair', async () => {
      const first = (
        await call(t.app, member, 'GET', `/api/groups/${groupId}/rota-suggestion?caseGiverId=${admin.id}`)
      ).json();
      const names = [first.chair?.userId, first.timekeeper?.userId, first.scribe?.userId];
      expect(names).not.toContain(admin.id);
      expect(first.chair).not.toBeNull();
      await call(t.app, admin, 'POST', `/api/groups/${groupId}/meetings`, {
        date: '2030-05-01',
        time: '10:00',
        notify: false,
        rota: { chair: first.chair.userId, timekeeper: first.timekeeper?.userId ?? null, scribe: null },
      });
      const next = (await call(t.app, member, 'GET', `/api/groups/${groupId}/rota-suggestion`)).json();
      expect(next.chair.userId).not.toBe(first.chair.userId);
      const bad = await call(t.app, admin, 'PATCH', `/api/meetings/${meetingId}`, {
        rota: { chair: outsider.id, timekeeper: null, scribe: null },
      });
      expect(bad.statusCode).toBe(400);
    });
  });

  describe('attendance', () => {
    it('records presence and roles and exports CSV and PDF', async () => {
      const entries = [
        { userId: admin.id, present: true, roles: ['chair'] },
        { userId: member.id, present: true, roles: ['scribe', 'caseGiver'] },
        { userId: third.id, present: false, roles: [] },
        { userId: outsider.id, present: true, roles: [] },
      ];
      expect(
        (await call(t.app, member, 'POST', `/api/meetings/${meetingId}/attendance`, { entries })).statusCode,
      ).toBe(403);
      const saved = await call(t.app, admin, 'POST', `/api/meetings/${meetingId}/attendance`, { entries });
      expect(saved.json().entries.map((e: { name: string }) => e.name)).toEqual([
        'Anouk Jansen',
        'Bram Peters',
        'Cor de Wit',
      ]);
      const csv = await call(t.app, member, 'GET', `/api/meetings/${meetingId}/attendance.csv?lang=nl`);
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      const lines = csv.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe('"Groep","Datum","Begintijd","Duur","Naam","Aanwezig","Rollen"');
      expect(lines).toContain(
        '"Kring Noord","2030-03-12","19:30","120","Bram Peters","ja","notulist, inbrenger"',
      );
      expect(lines).toContain('"Kring Noord","2030-03-12","19:30","120","Cor de Wit","nee",""');
      const pdf = await call(t.app, member, 'GET', `/api/meetings/${meetingId}/attendance.pdf?lang=en`);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.rawPayload.length).toBeGreaterThan(1000);
    });
  });
});
