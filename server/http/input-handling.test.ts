// Findings of issue 11 about input over HTTP: partial PATCH, control characters, iCalendar injection,
// caching of personal answers, bidi controls in names and server errors on odd input. Each test is named
// after its finding.
import { eq } from 'drizzle-orm';
import ical from 'node-ical';
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { meetingGuests, meetings } from '../db/schema/index';
import * as groupRepo from '../features/groups/repo';
import { call, groupWith, type Person, person } from '../features/groups/test-helpers';
import { createTestApp, type TestApp } from '../test/app';
import { describeEachDatabase } from '../test/databases';
import { capturedLog } from '../test/log';
import { pdfText } from '../test/pdf-text';

const criteria = { ownProblem: true, current: true, concrete: false, bothersMe: true, wantToAct: false };
const english = { cookie: 'kring_lang=en' };

describeEachDatabase('input over HTTP (issue 11)', (kind) => {
  const log = capturedLog();
  let t: TestApp;
  let admin: Person;
  let member: Person;
  let groupId: string;
  let meetingId: string;
  let caseId: string;
  beforeAll(async () => {
    t = await createTestApp(kind, {}, log.logger);
    admin = await person(t.app, 'Anouk Jansen');
    member = await person(t.app, 'Bram Peters');
    ({ groupId } = await groupWith(t.app, admin, [member]));
    await call(t.app, admin, 'PATCH', `/api/groups/${groupId}`, { description: 'Wij leren van elkaar.' });
    const meeting = await call(t.app, admin, 'POST', `/api/groups/${groupId}/meetings`, {
      date: '2030-05-14',
      time: '19:30',
      timeZone: 'Europe/London',
      durationMinutes: 90,
      place: 'Wijkcentrum De Linde',
      videoUrl: 'https://meet.example.org/kring',
      methodId: 'incident',
      rota: { chair: admin.id, timekeeper: member.id, scribe: null },
      autoAdvance: true,
      notify: false,
    });
    meetingId = meeting.json().id;
    const created = await call(t.app, member, 'POST', `/api/groups/${groupId}/cases`, {
      title: 'Een ouder die steeds boos belt',
      situation: 'Een vader belt mij elke week boos op.',
      question: 'Hoe houd ik het gesprek rustig?',
      stream: 'onderstroom',
      criteria,
      meetingId,
      status: 'submitted',
    });
    caseId = created.json().id;
  });
  afterAll(() => t.close());

  it('MEDIUM 5: a PATCH of a case, a meeting or a group changes only the fields it names', async () => {
    const caseBefore = (await call(t.app, member, 'GET', `/api/cases/${caseId}`)).json();
    const patchedCase = await call(t.app, member, 'PATCH', `/api/cases/${caseId}`, { title: 'Boze vader' });
    expect(patchedCase.statusCode).toBe(200);
    expect(patchedCase.json()).toEqual({ ...caseBefore, title: 'Boze vader', updatedAt: expect.any(String) });

    const meetingBefore = (await call(t.app, admin, 'GET', `/api/meetings/${meetingId}`)).json();
    const patchedMeeting = await call(t.app, admin, 'PATCH', `/api/meetings/${meetingId}`, {
      place: 'Online',
    });
    expect(patchedMeeting.json()).toEqual({ ...meetingBefore, place: 'Online' });

    const groupBefore = (await call(t.app, admin, 'GET', `/api/groups/${groupId}`)).json();
    expect(groupBefore.description).toBe('Wij leren van elkaar.');
    const patchedGroup = await call(t.app, admin, 'PATCH', `/api/groups/${groupId}`, { name: 'Kring Zuid' });
    expect(patchedGroup.json()).toEqual({ ...groupBefore, name: 'Kring Zuid' });
  });

  it('MEDIUM 7: refuses control characters in names, titles and places, with a translated message per field', async () => {
    const refused = [
      await call(t.app, admin, 'POST', '/api/groups', { name: 'Kring\r\nX-INJECT:1' }),
      await call(t.app, admin, 'PATCH', `/api/groups/${groupId}`, { name: 'Kring\nNoord' }),
      await call(t.app, member, 'PATCH', `/api/cases/${caseId}`, { title: 'Boze\tvader' }),
      await call(t.app, admin, 'PATCH', `/api/meetings/${meetingId}`, { place: 'Zaal 1\rBEGIN:VEVENT' }),
      await call(t.app, admin, 'PUT', `/api/groups/${groupId}/rules`, {
        items: [{ title: 'Vertrouwelijk\u2028X', body: 'Wat hier gezegd wordt, blijft hier.' }],
      }),
      await call(t.app, member, 'POST', '/api/auth/update-user', { name: 'Bram\u0085Peters' }),
    ];
    const paths = ['name', 'name', 'title', 'place', 'items.0.title', 'name'];
    refused.forEach((res, i) => {
      expect(res.statusCode, paths[i]).toBe(400);
      expect(res.json().error.code).toBe('control_characters');
      expect(res.json().error.issues[0]).toEqual({
        path: paths[i],
        message: 'Dit veld moet op één regel passen: gebruik geen regeleinden, tabs of andere stuurtekens.',
        code: 'control_characters',
      });
    });
    const inEnglish = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      headers: english,
      payload: { name: 'Eve\nAdmin', email: 'eve@example.nl', password: 'een goed wachtwoord 1' },
    });
    expect(inEnglish.statusCode).toBe(400);
    expect(inEnglish.json().error.message).toBe(
      'This field must fit on one line: no line breaks, tabs or other control characters.',
    );
    const code = (await call(t.app, admin, 'POST', `/api/meetings/${meetingId}/join-code`)).json().code;
    const guest = await call(t.app, null, 'POST', '/api/guests/join', {
      code,
      name: 'Gast\n2',
      acceptConfidentiality: true,
    });
    expect(guest.json().error.code).toBe('control_characters');
    // A multi-line text stays multi-line.
    const situation = await call(t.app, member, 'PATCH', `/api/cases/${caseId}`, {
      situation: 'Eerst.\nDaarna.',
    });
    expect(situation.json().situation).toBe('Eerst.\nDaarna.');
  });

  it('MEDIUM 7: a stored name or place with line breaks stays one escaped value in the .ics and the invitation mail', async () => {
    // Stored before names were checked: the calendar file must still hold one event and no injected line.
    await groupRepo.updateGroupRow(t.database.db, groupId, { name: 'Kring\r\nX-INJECT:1\nBEGIN:VEVENT' });
    await t.database.db
      .update(meetings)
      .set({ place: 'Zaal\r\nATTENDEE:mailto:x@evil.example' })
      .where(eq(meetings.id, meetingId));
    const file = await call(t.app, member, 'GET', `/api/meetings/${meetingId}/ics`);
    const created = await call(t.app, admin, 'POST', `/api/groups/${groupId}/meetings`, {
      date: '2030-06-11',
      time: '19:30',
      place: 'Zaal 2',
    });
    expect(created.statusCode).toBe(201);
    const mail = await t.smtp.waitFor(member.email, /^Bijeenkomst van /);
    const attachment = mail.attachments.find((a) => a.filename === 'kring.ics')!.content.toString('utf8');
    for (const text of [file.body, attachment]) {
      const lines = text.split('\r\n');
      expect(lines.filter((l) => /^(X-INJECT|ATTENDEE|BEGIN:VEVENT)/.test(l))).toEqual(['BEGIN:VEVENT']);
      const events = Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT');
      expect(events).toHaveLength(1);
    }
    expect(file.body).toContain('X-WR-CALNAME:Kring X-INJECT:1 BEGIN:VEVENT');
    await groupRepo.updateGroupRow(t.database.db, groupId, { name: 'Kring Noord' });
  });

  it('LOW: the attendance PDF prints Ł, Ş, Chinese, Arabic and emoji as themselves', async () => {
    const name = 'Łucja Şahin 李小龍 مريم 😀';
    const guest = await person(t.app, 'Lucja');
    expect((await call(t.app, guest, 'POST', '/api/auth/update-user', { name })).statusCode).toBe(200);
    const { groupId: g } = await groupWith(t.app, admin, [guest]);
    const meeting = await call(t.app, admin, 'POST', `/api/groups/${g}/meetings`, {
      date: '2030-07-09',
      time: '19:30',
      notify: false,
    });
    const recorded = await call(t.app, admin, 'POST', `/api/meetings/${meeting.json().id}/attendance`, {
      entries: [{ userId: guest.id, present: true, roles: ['caseGiver'] }],
    });
    expect(recorded.statusCode).toBe(200);
    const pdf = await call(t.app, guest, 'GET', `/api/meetings/${meeting.json().id}/attendance.pdf?lang=nl`);
    expect(pdf.statusCode).toBe(200);
    const text = pdfText(pdf.rawPayload);
    // Arabic is drawn right to left, so the PDF holds its letters in drawing order.
    for (const part of ['Łucja', 'Şahin', '李小龍', [...'مريم'].reverse().join(''), '😀']) {
      expect(text, part).toContain(part);
    }
    expect(text).toContain('Presentielijst');
  });

  it('LOW 5: answers with personal or case content carry Cache-Control: private, no-store', async () => {
    const paths = [
      '/api/me',
      `/api/cases/${caseId}`,
      `/api/meetings/${meetingId}/attendance.csv`,
      `/api/meetings/${meetingId}/attendance.pdf`,
      `/api/meetings/${meetingId}/ics`,
      `/api/meetings/${meetingId}`,
      `/api/groups/${groupId}/members`,
      '/api/me/cases',
      '/api/groups/not-a-group',
    ];
    for (const path of paths) {
      const res = await call(t.app, member, 'GET', path);
      expect(res.headers['cache-control'], path).toBe('private, no-store');
    }
    // The public method library keeps its own caching.
    const library = await call(t.app, null, 'GET', '/api/methods');
    expect(library.headers['cache-control']).not.toContain('no-store');
  });

  it('LOW 6: strips bidirectional controls from display, guest and group names', async () => {
    const spoofer = await person(t.app, 'Eva \u202Enietsnegeb');
    expect((await call(t.app, spoofer, 'GET', '/api/me')).json().name).toBe('Eva nietsnegeb');
    await call(t.app, spoofer, 'POST', '/api/auth/update-user', { name: '\u2067Eva\u2069 \u200FJansen' });
    expect((await call(t.app, spoofer, 'GET', '/api/me')).json().name).toBe('Eva Jansen');
    const group = await call(t.app, spoofer, 'POST', '/api/groups', { name: '\u202DKring\u202C Oost' });
    expect(group.json().name).toBe('Kring Oost');
    const code = (await call(t.app, admin, 'POST', `/api/meetings/${meetingId}/join-code`)).json().code;
    const guest = await call(t.app, null, 'POST', '/api/guests/join', {
      code,
      name: 'Gast \u202Eb',
      acceptConfidentiality: true,
    });
    expect(guest.statusCode).toBe(200);
    const [row] = await t.database.db
      .select({ name: meetingGuests.displayName })
      .from(meetingGuests)
      .where(eq(meetingGuests.meetingId, meetingId));
    expect(row?.name).toBe('Gast b');
  });

  it('LOW: deep JSON, NUL and lone surrogates in parameters and a date of 9999-99-99 get a 400, and no user text is logged', async () => {
    const canary = 'Kanarie Geheim';
    const deep = `{"email":${'['.repeat(20_000)}${']'.repeat(20_000)},"password":"${canary}"}`;
    const requests = [
      { method: 'POST', url: '/api/auth/sign-in/email', payload: deep },
      {
        method: 'POST',
        url: '/api/groups',
        payload: `{"name":"${canary}","description":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}}`,
      },
      { method: 'GET', url: '/api/meetings/%00/ics' },
      { method: 'POST', url: '/api/meetings/%00/join-code' },
      { method: 'GET', url: `/api/cases/${encodeURIComponent(canary)}%ED%A0%80` },
      { method: 'GET', url: `/api/groups/${groupId}/meetings?when=${encodeURIComponent(canary)}%00` },
      {
        method: 'PUT',
        url: `/api/groups/${groupId}/rules`,
        payload: { items: [{ title: `${canary} \uD800`, body: `${canary} \uDFFF` }] },
      },
      {
        method: 'PATCH',
        url: `/api/meetings/${meetingId}`,
        payload: { rota: { chair: `${canary}\uD83D`, timekeeper: null, scribe: null } },
      },
      {
        method: 'POST',
        url: `/api/groups/${groupId}/meetings`,
        payload: { date: '9999-99-99', time: '19:30', place: canary },
      },
      { method: 'PATCH', url: `/api/meetings/${meetingId}`, payload: { time: '99:99' } },
    ];
    for (const r of requests as { method: 'GET'; url: string; payload?: string | object }[]) {
      const res = await t.app.inject({
        method: r.method,
        url: r.url,
        headers: { cookie: admin.cookie, 'content-type': 'application/json' },
        ...('payload' in r ? { payload: r.payload } : {}),
      });
      expect(res.statusCode, r.url).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, r.url).toBeLessThan(500);
    }
    expect(log.text()).not.toContain('Kanarie');
    expect(log.text()).not.toContain('%00');
  });

  it('LOW: the live socket of a meeting id with NUL is refused at the upgrade, not closed with 1011', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const socket = new WebSocket(`${address.replace('http', 'ws')}/api/meetings/x%00y/live`, {
      headers: { cookie: admin.cookie },
    });
    const status = await new Promise<number>((resolve) => {
      socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      socket.on('close', (code) => resolve(code));
    });
    expect(status).toBe(400);
  });
});
