import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { users } from '../../db/schema/index';
import { createTestApp, signUp, type TestApp } from '../../test/app';
import { describeEachDatabase } from '../../test/databases';
import { removeUnconfirmedAccounts, UNCONFIRMED_DAYS } from './service';

const DAY = 86_400_000;

describeEachDatabase('accounts never confirmed', (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const signUpOnly = (email: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      remoteAddress: '192.0.2.77',
      payload: { name: 'Nooit Bevestigd', email, password: 'een goed wachtwoord 1' },
    });
  const exists = async (email: string) =>
    (await t.database.db.select().from(users).where(eq(users.email, email))).length === 1;

  test(`are deleted after ${UNCONFIRMED_DAYS} days, so the address can sign up afresh; confirmed ones stay`, async () => {
    expect((await signUpOnly('vergeten@example.nl')).statusCode).toBe(200);
    await t.smtp.waitFor('vergeten@example.nl', /Bevestig/);
    await signUp(t.app, { email: 'bevestigd@example.nl' });

    const daysOn = (days: number) => new Date(Date.now() + days * DAY);
    expect(await removeUnconfirmedAccounts(t.database.db, daysOn(UNCONFIRMED_DAYS - 1))).toBe(0);
    expect(await exists('vergeten@example.nl')).toBe(true);

    expect(await removeUnconfirmedAccounts(t.database.db, daysOn(UNCONFIRMED_DAYS + 1))).toBe(1);
    expect(await exists('vergeten@example.nl')).toBe(false);
    expect(await exists('bevestigd@example.nl')).toBe(true);

    // The address is free again: a new sign-up gets a new confirmation link, not the "someone tried" notice.
    const before = t.smtp.messages.length;
    expect((await signUpOnly('vergeten@example.nl')).statusCode).toBe(200);
    const since = () => t.smtp.messages.slice(before).map((m) => m.subject);
    await expect.poll(since, { timeout: 10_000 }).toEqual([expect.stringMatching(/Bevestig/)]);
  });
});
