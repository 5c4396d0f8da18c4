import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { activities } from '../../db/schema/index';
import { createTestApp, signUp, type TestApp } from '../../test/app';
import { describeEachDatabase } from '../../test/databases';
import { contextFrom } from '../groups/context';
import { call, type Person, person } from '../groups/test-helpers';
import { startDueTrajectories } from './jobs';
import { signUp as signUpFor } from './signups';

const OPERATOR = 'beheer@kring.test';
const activity = {
  kind: 'trajectory',
  title: 'Traject voor leidinggevenden',
  description: 'Vijf bijeenkomsten waarin de groep stap voor stap zelf de leiding neemt.',
  methods: ['incident'],
  sessions: [{ date: '2031-09-01', time: '10:00' }],
  durationMinutes: 120,
  place: 'Arnhem',
  capacity: 2,
};
const START = new Date('2031-09-01T08:00:00.000Z');

const token = async (t: TestApp, to: string, subject: RegExp, kind: 'confirm' | 'cancel') =>
  (await t.smtp.waitFor(to, subject)).text.match(new RegExp(`/activities/${kind}/([\\w-]+)`))![1]!;

describeEachDatabase('activities: sign-up links and the size of the group', (kind) => {
  let t: TestApp;
  let provider: Person;
  let slug: string;
  let n = 0;
  beforeAll(async () => {
    t = await createTestApp(kind, { operators: [OPERATOR] });
    const op = await signUp(t.app, { email: OPERATOR });
    provider = await person(t.app, 'Paula Praktijk');
    const operator = { cookie: op.cookie, id: op.user.id, email: OPERATOR, name: 'Beheer' };
    slug = (
      await call(t.app, operator, 'POST', '/api/providers', {
        name: 'Leidinggeven',
        ownerEmail: provider.email,
      })
    ).json().slug;
  });
  afterAll(() => t.close());

  const publish = async (over: object = {}) =>
    call(t.app, provider, 'POST', `/api/providers/${slug}/activities`, { ...activity, ...over });
  const guestSignsUp = async (id: string) => {
    n += 1;
    const guest = { name: `Gast ${n}`, email: `gast.${n}.${Date.now()}@example.nl` };
    await call(t.app, null, 'POST', `/api/activities/${id}/signups`, guest);
    return { ...guest, confirm: await token(t, guest.email, /Bevestig/, 'confirm') };
  };
  const confirm = (tokenValue: string) =>
    call(t.app, null, 'POST', '/api/activity-signups/confirm', { token: tokenValue });
  const cancel = (tokenValue: string) =>
    call(t.app, null, 'POST', '/api/activity-signups/cancel', { token: tokenValue });
  const statuses = async (id: string) =>
    Object.fromEntries(
      (await call(t.app, provider, 'GET', `/api/activities/${id}/signups`))
        .json()
        .signups.map((s: { name: string; status: string }) => [s.name, s.status]),
    );

  it('the confirmation link clicked again after cancelling does not bring the sign-up back', async () => {
    const id = (await publish()).json().id;
    const gina = await guestSignsUp(id);
    expect((await confirm(gina.confirm)).json()).toEqual({ status: 'confirmed' });
    const ginaCancel = await token(t, gina.email, /Je doet mee/, 'cancel');
    expect((await cancel(ginaCancel)).statusCode).toBe(200);

    const again = await confirm(gina.confirm);
    expect([again.statusCode, again.json().error.code]).toEqual([410, 'signup_invalid']);
    expect(await statuses(id)).toEqual({ [gina.name]: 'cancelled' });
    expect((await call(t.app, null, 'GET', `/api/activities/${id}`)).json().placesLeft).toBe(2);
  });

  it('a double click on the confirmation link takes one place and sends one mail', async () => {
    const id = (await publish()).json().id;
    const first = await guestSignsUp(id);
    await confirm(first.confirm);
    const second = await guestSignsUp(id);
    const before = t.smtp.messages.filter((m) => m.to.includes(second.email)).length;
    const answers = await Promise.all([confirm(second.confirm), confirm(second.confirm)]);
    expect(answers.map((a) => a.json().status)).toEqual(['confirmed', 'confirmed']);
    await t.smtp.waitFor(second.email, /Je doet mee/);
    expect(t.smtp.messages.filter((m) => m.to.includes(second.email)).length - before).toBe(1);
    expect(await statuses(id)).toEqual({ [first.name]: 'confirmed', [second.name]: 'confirmed' });
  });

  it('two clicks on a cancellation link at once move one person up, not two', async () => {
    const id = (await publish()).json().id;
    const [a, b, c, d] = [
      await guestSignsUp(id),
      await guestSignsUp(id),
      await guestSignsUp(id),
      await guestSignsUp(id),
    ];
    for (const g of [a!, b!, c!, d!]) await confirm(g.confirm);
    const aCancel = await token(t, a!.email, /Je doet mee/, 'cancel');
    const answers = await Promise.all([cancel(aCancel), cancel(aCancel)]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 410]);
    expect(await statuses(id)).toEqual({
      [a!.name]: 'cancelled',
      [b!.name]: 'confirmed',
      [c!.name]: 'confirmed',
      [d!.name]: 'waiting',
    });
  });

  it('a sign-up confirmed after the activity was cancelled gets no place', async () => {
    const id = (await publish()).json().id;
    const late = await guestSignsUp(id);
    await call(t.app, provider, 'POST', `/api/activities/${id}/cancel`, {});
    const answer = await confirm(late.confirm);
    expect([answer.statusCode, answer.json().error.code]).toEqual([409, 'activity_cancelled']);
    expect(await statuses(id)).toEqual({});
  });

  it('a trajectory seats at most nine, so its group with the facilitator never has more than ten members', async () => {
    const tooMany = await publish({ capacity: 10 });
    expect([tooMany.statusCode, tooMany.json().error.issues[0].path]).toEqual([400, 'capacity']);
    // An open session becomes no group: ten places are fine there.
    expect((await publish({ kind: 'session', capacity: 10 })).statusCode).toBe(201);

    const id = (await publish({ capacity: 9 })).json().id;
    // Published with ten places before the rule held: the group still stops at ten.
    await t.database.db.update(activities).set({ capacity: 10 }).where(eq(activities.id, id));
    // Through the service: the public form allows a person ten tries a minute, and this is ten people.
    for (let i = 0; i < 10; i += 1) {
      const p = await person(t.app, `Deelnemer ${i}`);
      const who = { userId: p.id, name: p.name, email: p.email, locale: 'nl' as const };
      expect((await signUpFor(contextFrom(t.deps), id, who)).status).toBe('confirmed');
    }
    const made = await startDueTrajectories(contextFrom(t.deps), START);
    const groupId = made.at(-1)!;
    const members = (await call(t.app, provider, 'GET', `/api/groups/${groupId}/members`)).json().members;
    expect(members).toHaveLength(10);
    const names = members.map((m: { name: string }) => m.name);
    expect(names).toContain('Paula Praktijk');
    expect(names).not.toContain('Deelnemer 9');
  });
});
