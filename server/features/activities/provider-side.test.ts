import ical from 'node-ical';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, signUp, type TestApp } from '../../test/app';
import { describeEachDatabase } from '../../test/databases';
import { contextFrom } from '../groups/context';
import { call, type Person, person } from '../groups/test-helpers';
import { sendActivityReminders, startDueTrajectories } from './jobs';

const OPERATOR = 'beheer@kring.test';
const HOUR = 3_600_000;
const activity = {
  kind: 'trajectory',
  title: 'Traject <voor> wijkteams',
  description: 'Vier bijeenkomsten met een begeleider die steeds meer aan de groep overlaat.',
  methods: ['incident'],
  sessions: [
    { date: '2031-05-12', time: '09:30' },
    { date: '2031-06-09', time: '09:30' },
  ],
  durationMinutes: 120,
  place: 'Zwolle',
  videoUrl: 'https://video.example.nl/wijkteams',
  capacity: 2,
  priceText: '€ 300',
  professions: ['Wijkteammedewerker'],
};
const FIRST_START = new Date('2031-05-12T07:30:00.000Z');

describeEachDatabase('activities: the provider side', (kind) => {
  let t: TestApp;
  let operator: Person;
  let provider: Person;
  let colleague: Person;
  let anna: Person;
  let bram: Person;
  let cleo: Person;
  let id: string;
  let slug: string;
  const guest = { name: 'Gwen Gast', email: `gwen.${Date.now()}@example.nl` };
  const ctx = () => contextFrom(t.deps);

  beforeAll(async () => {
    t = await createTestApp(kind, { operators: [OPERATOR] });
    const signedUp = await signUp(t.app, { email: OPERATOR });
    operator = { cookie: signedUp.cookie, id: signedUp.user.id, email: OPERATOR, name: 'Beheer' };
    provider = await person(t.app, 'Pien Praktijk');
    colleague = await person(t.app, 'Chris Collega');
    anna = await person(t.app, 'Anna Deelnemer');
    bram = await person(t.app, 'Bram Deelnemer');
    cleo = await person(t.app, 'Cleo Deelnemer');
  });
  afterAll(() => t.close());

  it('an operator grants the provider role per provider; a draft stays unseen until published', async () => {
    const created = await call(t.app, operator, 'POST', '/api/providers', {
      name: 'Wijkleren',
      ownerEmail: provider.email,
    });
    slug = created.json().slug;
    // Nobody but the operator grants the role, not even the provider's own account.
    const grant = (who: Person, email: string) =>
      call(t.app, who, 'POST', `/api/providers/${slug}/members`, { email });
    expect((await grant(provider, colleague.email)).statusCode).toBe(403);
    expect((await grant(operator, 'niemand@example.nl')).json().error.code).toBe('account_not_found');
    const members = (await grant(operator, colleague.email)).json().members;
    expect(members.map((m: { name: string }) => m.name).sort()).toEqual(['Chris Collega', 'Pien Praktijk']);
    expect((await call(t.app, colleague, 'GET', '/api/me/providers')).json()).toMatchObject({
      providers: [{ slug }],
      operator: false,
    });

    const draft = await call(t.app, colleague, 'POST', `/api/providers/${slug}/activities`, {
      ...activity,
      draft: true,
      facilitatorId: provider.id,
    });
    expect(draft.statusCode).toBe(201);
    id = draft.json().id;
    expect((await call(t.app, null, 'GET', `/api/activities/${id}`)).statusCode).toBe(404);
    expect((await call(t.app, anna, 'POST', `/api/activities/${id}/signups`, {})).statusCode).toBe(404);
    const own = (await call(t.app, provider, 'GET', `/api/providers/${slug}/activities`)).json().activities;
    expect(own).toMatchObject([{ id, status: 'draft', facilitatorId: provider.id }]);
    // A facilitator from outside the provider is refused.
    const outsider = { ...activity, facilitatorId: anna.id };
    expect((await call(t.app, provider, 'PUT', `/api/activities/${id}`, outsider)).json().error.code).toBe(
      'activity_facilitator_invalid',
    );

    expect((await call(t.app, provider, 'POST', `/api/activities/${id}/publish`)).statusCode).toBe(200);
    const page = (await call(t.app, null, 'GET', `/api/activities/${id}`)).json();
    // The public learns it meets online too, not the link.
    expect(page).toMatchObject({ online: true, videoUrl: null, cancelled: false });
    expect((await call(t.app, null, 'GET', `/api/providers/${slug}`)).json().activities).toHaveLength(1);
    // Withdrawn, the colleague no longer acts for the provider.
    expect(
      (await call(t.app, operator, 'DELETE', `/api/providers/${slug}/members/${colleague.id}`)).statusCode,
    ).toBe(204);
    expect((await call(t.app, colleague, 'GET', `/api/providers/${slug}/activities`)).statusCode).toBe(404);
  });

  it('more places move the waiting list up; fewer than those in are refused', async () => {
    for (const p of [anna, bram, cleo]) await call(t.app, p, 'POST', `/api/activities/${id}/signups`, {});
    await t.smtp.waitFor(cleo.email, /wachtlijst/);
    const edit = (capacity: number) =>
      call(t.app, provider, 'PUT', `/api/activities/${id}`, {
        ...activity,
        facilitatorId: provider.id,
        capacity,
      });
    expect((await edit(3)).json().placesLeft).toBe(0);
    await t.smtp.waitFor(cleo.email, /plaats vrij/);
    expect((await edit(2)).json().error.code).toBe('activity_capacity_taken');
  });

  it('a message reaches each person with a place in a mail of their own', async () => {
    const before = t.smtp.messages.length;
    const sent = await call(t.app, provider, 'POST', `/api/activities/${id}/messages`, {
      subject: 'Voorbereiding',
      body: 'Neem een casus mee uit je eigen wijk.',
    });
    expect(sent.json()).toEqual({ sent: 3 });
    const mail = await t.smtp.waitFor(anna.email, /Voorbereiding/);
    expect(mail.to).toEqual([anna.email]);
    expect(mail.text).toContain('Neem een casus mee uit je eigen wijk.');
    await t.smtp.waitFor(bram.email, /Voorbereiding/);
    expect(t.smtp.messages.length - before).toBeGreaterThanOrEqual(3);
    expect(
      (await call(t.app, anna, 'POST', `/api/activities/${id}/messages`, { subject: 'x', body: 'y' }))
        .statusCode,
    ).toBe(404);
  });

  it('reminds those with a place once, the day before the first meeting', async () => {
    expect(await sendActivityReminders(ctx(), new Date(FIRST_START.getTime() - 25 * HOUR))).toBe(0);
    expect(await sendActivityReminders(ctx(), new Date(FIRST_START.getTime() - 23 * HOUR))).toBe(3);
    expect(await sendActivityReminders(ctx(), new Date(FIRST_START.getTime() - 22 * HOUR))).toBe(0);
    const mail = await t.smtp.waitFor(anna.email, /Morgen/);
    expect(mail.text).toContain('maandag 12 mei 2031 om 09:30');
  });

  it('at the start the sign-ups become a group with the facilitator and a guided trajectory, once', async () => {
    // A guest without an account has a place too.
    await call(t.app, provider, 'PUT', `/api/activities/${id}`, {
      ...activity,
      facilitatorId: provider.id,
      capacity: 4,
    });
    await call(t.app, null, 'POST', `/api/activities/${id}/signups`, guest);
    const confirm = (await t.smtp.waitFor(guest.email, /Bevestig/)).text.match(/confirm\/([\w-]+)/)![1];
    await call(t.app, null, 'POST', '/api/activity-signups/confirm', { token: confirm });

    expect(await startDueTrajectories(ctx(), new Date(FIRST_START.getTime() - 60_000))).toEqual([]);
    const [groupId] = await startDueTrajectories(ctx(), FIRST_START);
    expect(await startDueTrajectories(ctx(), new Date(FIRST_START.getTime() + HOUR))).toEqual([]);
    const members = (await call(t.app, provider, 'GET', `/api/groups/${groupId}/members`)).json().members;
    const roles = Object.fromEntries(members.map((m: { name: string; role: string }) => [m.name, m.role]));
    expect(roles).toEqual({
      'Anna Deelnemer': 'admin',
      'Bram Deelnemer': 'member',
      'Cleo Deelnemer': 'member',
      'Pien Praktijk': 'facilitator',
    });
    const trajectories = (await call(t.app, anna, 'GET', `/api/groups/${groupId}/trajectories`)).json();
    expect(trajectories.trajectories).toMatchObject([
      { name: activity.title, mode: 'guided', startsOn: '2031-05-12', endsOn: '2031-06-09' },
    ]);
    await t.smtp.waitFor(guest.email, /Uitnodiging|uitnodiging|Kring/);
    await t.smtp.waitFor(bram.email, /groep/);
    const own = (await call(t.app, provider, 'GET', `/api/providers/${slug}/activities`)).json().activities;
    expect(own[0]).toMatchObject({ groupId, confirmed: 4, videoUrl: activity.videoUrl });
  });

  it('serves a calendar file, a feed and an A4 flyer; a cancelled activity tells everyone and leaves the lists', async () => {
    const ics = await call(t.app, null, 'GET', `/api/activities/${id}/calendar.ics?lang=en`);
    const events = Object.values(ical.sync.parseICS(ics.body)).filter(
      (c) => c?.type === 'VEVENT',
    ) as ical.VEvent[];
    expect(events.map((e) => e.start.toISOString())).toEqual([
      '2031-05-12T07:30:00.000Z',
      '2031-06-09T07:30:00.000Z',
    ]);
    expect(ics.body).not.toContain('video.example.nl');

    const feed = await call(t.app, null, 'GET', '/activities/feed.atom?lang=nl');
    expect(feed.headers['content-type']).toContain('application/atom+xml');
    expect(feed.body).toContain('<title>Traject &lt;voor&gt; wijkteams</title>');
    expect(feed.body).toContain(`/activities/${id}?lang=nl`);

    const flyer = await call(t.app, null, 'GET', `/api/activities/${id}/flyer.pdf?lang=nl`);
    expect(flyer.headers['content-type']).toBe('application/pdf');
    const pdf = flyer.rawPayload.toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    expect(pdf).toMatch(/\/Subtype \/Image/);

    const cancelled = await call(t.app, provider, 'POST', `/api/activities/${id}/cancel`, {
      message: 'Te weinig begeleiders beschikbaar.',
    });
    expect(cancelled.json().cancelled).toBe(true);
    const mail = await t.smtp.waitFor(bram.email, /Gaat niet door/);
    expect(mail.text).toContain('Te weinig begeleiders beschikbaar.');
    expect((await call(t.app, null, 'GET', '/api/activities')).json().activities).toEqual([]);
    expect(feed.body).toContain('wijkteams');
    expect((await call(t.app, null, 'GET', '/activities/feed.atom')).body).not.toContain('wijkteams');
    const late = await call(t.app, null, 'POST', `/api/activities/${id}/signups`, {
      name: 'Laat',
      email: 'laat@example.nl',
    });
    expect([late.statusCode, late.json().error.code]).toEqual([409, 'activity_cancelled']);
  });
});
