import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, signUp, type TestApp } from '../../test/app';
import { describeEachDatabase } from '../../test/databases';
import { call, type Person, person } from '../groups/test-helpers';

const activity = {
  kind: 'trajectory',
  title: 'Begeleide intervisie voor jeugdprofessionals',
  description:
    'Zes bijeenkomsten over een jaar, met een begeleider die het proces stap voor stap overdraagt.',
  methods: ['incident', 'ten-step'],
  sessions: [
    { date: '2031-03-10', time: '14:00' },
    { date: '2031-01-13', time: '14:00' },
  ],
  durationMinutes: 150,
  place: 'Utrecht, Vredenburg 40',
  capacity: 2,
  priceText: '€ 450 voor het hele traject',
  professions: ['Jeugdzorgwerker', 'Gedragswetenschapper'],
  registerHours: ['SKJ: 2,5 uur reflectie per bijeenkomst'],
};

/** The one-time link in the newest mail to `to` whose subject matches. */
async function linkIn(t: TestApp, to: string, subject: RegExp, kind: 'confirm' | 'cancel'): Promise<string> {
  const mail = await t.smtp.waitFor(to, subject);
  const token = mail.text.match(new RegExp(`/activities/${kind}/([\\w-]+)`))?.[1];
  if (!token) throw new Error(`no ${kind} link in: ${mail.text}`);
  return token;
}

describeEachDatabase('upcoming activities', (kind) => {
  let t: TestApp;
  let operator: { cookie: string };
  let provider: Person;
  let member: Person;
  let third: Person;
  let slug: string;
  let id: string;
  beforeAll(async () => {
    t = await createTestApp(kind, { operators: ['beheer@kring.test'] });
    operator = await signUp(t.app, { email: 'beheer@kring.test' });
    provider = await person(t.app, 'Petra Aanbieder');
    member = await person(t.app, 'Mila Lid');
    third = await person(t.app, 'Tom Derde');
  });
  afterAll(() => t.close());

  const places = async () => (await call(t.app, null, 'GET', `/api/activities/${id}`)).json().placesLeft;

  it('a provider publishes an activity that anyone can find, filter and read', async () => {
    const registration = {
      name: 'Praktijk Één & Twee',
      description: 'Begeleiding van intervisiegroepen in het sociaal domein.',
      ownerEmail: provider.email,
    };
    // Only an operator registers a provider and grants the role; an account cannot take it.
    expect((await call(t.app, provider, 'POST', '/api/providers', registration)).statusCode).toBe(403);
    const created = await call(t.app, operator as Person, 'POST', '/api/providers', registration);
    expect(created.statusCode).toBe(201);
    slug = created.json().slug;
    expect(slug).toBe('praktijk-een-twee');
    // Only the accounts acting for a provider publish for it.
    expect(
      (await call(t.app, member, 'POST', `/api/providers/${slug}/activities`, activity)).statusCode,
    ).toBe(404);
    const published = await call(t.app, provider, 'POST', `/api/providers/${slug}/activities`, activity);
    expect(published.statusCode).toBe(201);
    id = published.json().id;
    expect(published.json().sessions).toEqual(['2031-01-13T13:00:00.000Z', '2031-03-10T13:00:00.000Z']);

    const list = (q: string) =>
      call(t.app, null, 'GET', `/api/activities${q}`).then((r) => r.json().activities);
    expect((await list('')).map((a: { id: string }) => a.id)).toContain(id);
    expect(await list('?profession=jeugdzorg&mode=place&method=incident&from=2031-01-01')).toHaveLength(1);
    expect(await list('?profession=verpleegkundige')).toHaveLength(0);
    expect(await list('?mode=online')).toHaveLength(0);
    expect(await list('?method=balint')).toHaveLength(0);
    expect(await list('?from=2031-02-01')).toHaveLength(0);
    const page = (await call(t.app, null, 'GET', `/api/providers/${slug}`)).json();
    expect(page).toMatchObject({ name: 'Praktijk Één & Twee', activities: [{ id, placesLeft: 2 }] });
  });

  it('refuses what a provider should not publish: an unknown method, eleven places, no meetings', async () => {
    const bad = (over: object) =>
      call(t.app, provider, 'POST', `/api/providers/${slug}/activities`, { ...activity, ...over });
    expect((await bad({ methods: ['telepathy'] })).json().error.code).toBe('method_not_found');
    expect((await bad({ capacity: 11 })).statusCode).toBe(400);
    expect((await bad({ sessions: [] })).statusCode).toBe(400);
    expect((await bad({ title: 'Regel\r\nBCC: x' })).json().error.code).toBe('control_characters');
  });

  it('members are in at once, a guest only after confirming by mail, and the full group has a waiting list that moves up', async () => {
    expect((await call(t.app, member, 'POST', `/api/activities/${id}/signups`, {})).json()).toEqual({
      status: 'confirmed',
    });
    await t.smtp.waitFor(member.email, /Je doet mee/);
    expect(await places()).toBe(1);

    // A guest: the answer is the same for a new and a known address, and no place is kept until confirmed.
    const guest = { name: 'Gijs Gast', email: `gijs.${Date.now()}@example.nl` };
    const signUpGuest = () => call(t.app, null, 'POST', `/api/activities/${id}/signups`, guest);
    expect((await signUpGuest()).json()).toEqual({ status: 'checkEmail' });
    expect((await signUpGuest()).json()).toEqual({ status: 'checkEmail' });
    expect(await places()).toBe(1);
    const confirm = await linkIn(t, guest.email, /Bevestig je aanmelding/, 'confirm');
    expect(
      (await call(t.app, null, 'POST', '/api/activity-signups/confirm', { token: confirm })).json(),
    ).toEqual({
      status: 'confirmed',
    });
    // The link works once: again it only says what happened.
    expect(
      (await call(t.app, null, 'POST', '/api/activity-signups/confirm', { token: confirm })).json().status,
    ).toBe('confirmed');
    expect(await places()).toBe(0);

    expect((await call(t.app, third, 'POST', `/api/activities/${id}/signups`, {})).json()).toEqual({
      status: 'waiting',
    });
    await t.smtp.waitFor(third.email, /wachtlijst/);

    // The guest cancels with the link from their mail; the first on the waiting list gets the place.
    const cancel = await linkIn(t, guest.email, /Je doet mee/, 'cancel');
    expect(
      (await call(t.app, null, 'POST', '/api/activity-signups/cancel', { token: cancel })).statusCode,
    ).toBe(200);
    await t.smtp.waitFor(third.email, /plaats vrij/);
    expect(await places()).toBe(0);
    const again = await call(t.app, null, 'POST', '/api/activity-signups/cancel', { token: cancel });
    expect([again.statusCode, again.json().error.code]).toEqual([410, 'signup_invalid']);

    // Only the provider sees who signed up.
    const seen = await call(t.app, provider, 'GET', `/api/activities/${id}/signups`);
    expect(seen.headers['cache-control']).toBe('private, no-store');
    const byName = Object.fromEntries(
      seen.json().signups.map((s: { name: string; status: string }) => [s.name, s.status]),
    );
    expect(byName).toEqual({ 'Mila Lid': 'confirmed', 'Gijs Gast': 'cancelled', 'Tom Derde': 'confirmed' });
    expect((await call(t.app, member, 'GET', `/api/activities/${id}/signups`)).statusCode).toBe(404);
    expect((await call(t.app, null, 'GET', `/api/activities/${id}/signups`)).statusCode).toBe(401);
  });

  it('a guest sign-up needs a name and a real address; unknown activities and tokens are refused', async () => {
    expect(
      (await call(t.app, null, 'POST', `/api/activities/${id}/signups`, { name: 'X', email: 'nope' }))
        .statusCode,
    ).toBe(400);
    expect(
      (await call(t.app, null, 'POST', '/api/activities/nope/signups', { name: 'X', email: 'x@example.nl' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await call(t.app, null, 'POST', '/api/activity-signups/confirm', { token: 'x'.repeat(32) })).json()
        .error.code,
    ).toBe('signup_invalid');
  });
});
