import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerErrorHandling } from '../../http/errors';
import { createTestApp, signUp, type TestApp } from '../../test/app';
import { describeEachDatabase } from '../../test/databases';
import { ipDelayMs } from './login-throttle';
import { accountRoutes } from './routes';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeEachDatabase('accounts (audit findings)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload: payload as object, headers });
  const resetMails = (to: string) =>
    t.smtp.messages.filter((m) => m.to.includes(to) && /wachtwoord/i.test(m.subject));
  const tokenOf = (text: string) => decodeURIComponent(text.match(/\/reset-password\?token=(\S+)/)![1]!);
  async function mailsFor(to: string, count: number) {
    for (let i = 0; i < 100 && resetMails(to).length < count; i++) await wait(50);
    return resetMails(to);
  }

  it('LOW: change-password applies the password rules', async () => {
    const { cookie } = await signUp(t.app, { email: 'wissel@example.nl', password: 'eerste wachtwoord 1' });
    const change = (newPassword: string) =>
      post('/api/auth/change-password', { currentPassword: 'eerste wachtwoord 1', newPassword }, { cookie });
    const weak = await change('abc');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe('weak_password');
    expect((await change('aaaaaaaaaaaa')).json().error.code).toBe('weak_password');
    expect((await change('Password123')).json().error.code).toBe('password_too_common');
    expect((await change('tweede wachtwoord 2')).statusCode).toBe(200);
  });

  it('LOW: session tokens appear neither in get-session nor in list-sessions', async () => {
    const { cookie } = await signUp(t.app, { email: 'sessies@example.nl' });
    const token = decodeURIComponent(cookie.match(/kring\.session_token=([^;.]+)/)![1]!);
    for (const url of ['/api/auth/get-session', '/api/auth/list-sessions']) {
      const res = await t.app.inject({ url, headers: { cookie } });
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).not.toContain(token);
      expect(res.body, url).not.toMatch(/"token"/);
    }
  });

  it('LOW: an older reset link stops working once a newer one is sent, and every link once a reset is done', async () => {
    const email = 'vergeten@example.nl';
    await signUp(t.app, { name: 'Vera', email, password: 'oud wachtwoord 12' });
    await post('/api/auth/request-password-reset', { email });
    await mailsFor(email, 1);
    await post('/api/auth/request-password-reset', { email });
    const [first, second] = (await mailsFor(email, 2)).map((m) => tokenOf(m.text));
    const old = await post('/api/auth/reset-password', { token: first, newPassword: 'nieuw wachtwoord 34' });
    expect(old.json().error.code).toBe('invalid_token');
    const done = await post('/api/auth/reset-password', {
      token: second,
      newPassword: 'nieuw wachtwoord 34',
    });
    expect(done.statusCode).toBe(200);
    const again = await post('/api/auth/reset-password', {
      token: second,
      newPassword: 'derde wachtwoord 56',
    });
    expect(again.json().error.code).toBe('invalid_token');
  });

  it('LOW: reset requests answer alike for known and unknown addresses, mail later, and at most 3 an hour', async () => {
    const known = 'bekend@example.nl';
    await signUp(t.app, { email: known });
    const unknown = await post('/api/auth/request-password-reset', { email: 'onbekend@example.nl' });
    const first = await post('/api/auth/request-password-reset', { email: known });
    // The reply does not wait for the lookup or the mail: nothing has reached the mail server yet.
    expect(resetMails(known)).toHaveLength(0);
    expect([first.statusCode, first.body]).toEqual([unknown.statusCode, unknown.body]);
    for (let i = 0; i < 4; i++) {
      const res = await post('/api/auth/request-password-reset', { email: known });
      expect([res.statusCode, res.body]).toEqual([unknown.statusCode, unknown.body]);
    }
    await mailsFor(known, 3);
    await wait(500);
    expect(resetMails(known)).toHaveLength(3);
  });
});

describeEachDatabase('sign-in throttle (audit finding)', (kind) => {
  let t: TestApp;
  let app: ReturnType<typeof Fastify>;
  beforeAll(async () => {
    t = await createTestApp(kind);
    // The same routes with a low threshold per address, so the test needs few failures.
    app = Fastify();
    registerErrorHandling(app);
    await accountRoutes(app, {
      auth: t.deps.auth,
      publicUrl: 'http://localhost:3000',
      logger: app.log,
      throttle: { perAccount: 5, perIp: 3, windowMs: 60_000 },
    });
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  it('LOW: failed sign-ins from one address slow it down but never lock out a correct password', async () => {
    await signUp(t.app, { email: 'collega@example.nl', password: 'mijn eigen wachtwoord 9' });
    const signIn = (email: string, password: string) =>
      app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email, password } });
    // Five failures on five different accounts from the same address (one NAT, one proxy).
    for (let i = 0; i < 5; i++) {
      expect((await signIn(`ander.${i}@example.nl`, 'fout wachtwoord')).statusCode).toBe(401);
    }
    const started = Date.now();
    const ok = await signIn('collega@example.nl', 'mijn eigen wachtwoord 9');
    expect(ok.statusCode).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });
});

describe('ipDelayMs', () => {
  it('LOW: an address is slowed progressively, up to 8 s', () => {
    expect([0, 9, 10, 11, 12, 20, 40].map((n) => ipDelayMs(n, 10))).toEqual([
      0, 0, 250, 500, 1000, 8000, 8000,
    ]);
  });
});
