import { scryptSync } from 'node:crypto';
import { createServer, type Socket } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accounts } from '../../db/schema/index';
import { cookieHeader, createTestApp, signUp, type TestApp } from '../../test/app';
import { describeEachDatabase } from '../../test/databases';

describeEachDatabase('accounts', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    // Passwords hashed as the server hashes them; the other tests hash quickly (server/test/password.ts).
    t = await createTestApp(kind, {}, undefined, { realPasswords: true });
  });
  afterAll(() => t.close());

  const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload: payload as object, headers });

  it('signs a user up, shows them as signed in, and signs them out', async () => {
    const { cookie } = await signUp(t.app, { name: 'Sanne de Vries', email: 'sanne@example.nl' });
    const me = await t.app.inject({ url: '/api/me', headers: { cookie } });
    expect(me.json()).toMatchObject({ name: 'Sanne de Vries', email: 'sanne@example.nl', locale: 'nl' });
    const out = await post('/api/auth/sign-out', {}, { cookie });
    expect(out.statusCode).toBe(200);
    const after = await t.app.inject({ url: '/api/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
  });

  it('answers the web app’s session question with 200 and null when signed out, so no page logs a 401', async () => {
    const out = await t.app.inject({ url: '/api/session' });
    expect(out.statusCode).toBe(200);
    expect(out.json()).toEqual({ user: null });
    const { cookie } = await signUp(t.app, { name: 'Sem Jansen', email: 'sem@example.nl' });
    const me = await t.app.inject({ url: '/api/session', headers: { cookie } });
    expect(me.json().user).toMatchObject({ name: 'Sem Jansen', email: 'sem@example.nl' });
  });

  it('never hands the session token to page scripts', async () => {
    await signUp(t.app, { email: 'tok@example.nl', password: 'nog een wachtwoord 2' });
    const res = await post('/api/auth/sign-in/email', {
      email: 'tok@example.nl',
      password: 'nog een wachtwoord 2',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).not.toHaveProperty('token');
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly/i);
  });

  it('stores a password only as scrypt at full cost (N = 16384, r = 16) with a salt of its own', async () => {
    const { user } = await signUp(t.app, { email: 'hash@example.nl', password: 'een sterk wachtwoord 9' });
    const [row] = await t.database.db
      .select({ password: accounts.password })
      .from(accounts)
      .where(eq(accounts.userId, user.id));
    const [salt, key] = String(row?.password).split(':') as [string, string];
    expect(row?.password).not.toContain('een sterk wachtwoord 9');
    expect(salt).toMatch(/^[0-9a-f]{32}$/);
    const derived = scryptSync('een sterk wachtwoord 9', salt, 64, {
      N: 16384,
      r: 16,
      p: 1,
      maxmem: 64 * 1024 * 1024,
    });
    expect(derived.toString('hex')).toBe(key);
  });

  it('refuses a weak password with a translated, field-level error', async () => {
    const res = await post(
      '/api/auth/sign-up/email',
      { name: 'Weak', email: 'weak@example.nl', password: 'abc' },
      { 'accept-language': 'en' },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'weak_password', issues: [{ path: 'password' }] });
    expect(res.json().error.message).toMatch(/at least 10 characters/);
  });

  it('LOW sign-up: a new and a taken address get the same answer; the owner of the taken one is mailed', async () => {
    await signUp(t.app, { name: 'Dorien', email: 'dup@example.nl', password: 'het eigen wachtwoord 1' });
    const attempt = (email: string) =>
      post('/api/auth/sign-up/email', { name: 'Indringer', email, password: 'een ander wachtwoord 2' });
    const fresh = await attempt('fresh@example.nl');
    const taken = await attempt('DUP@example.nl');
    for (const res of [fresh, taken]) {
      expect(res.statusCode).toBe(200);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    expect(taken.body).toBe(fresh.body);

    // The owner hears of it and keeps their own password; the attempt got no account.
    const notice = await t.smtp.waitFor('dup@example.nl', /Iemand probeerde/);
    expect(notice.text).toContain('Hallo Dorien');
    expect(notice.text).toContain('http://localhost:3000/forgot-password');
    expect(notice.text).not.toMatch(/verify-email/);
    const intruder = await post('/api/auth/sign-in/email', {
      email: 'dup@example.nl',
      password: 'een ander wachtwoord 2',
    });
    expect(intruder.statusCode).toBe(401);
    const owner = await post('/api/auth/sign-in/email', {
      email: 'dup@example.nl',
      password: 'het eigen wachtwoord 1',
    });
    expect(owner.statusCode).toBe(200);

    // The new address is signed in only through the link in its mail.
    const early = await post('/api/auth/sign-in/email', {
      email: 'fresh@example.nl',
      password: 'een ander wachtwoord 2',
    });
    expect(early.statusCode).toBe(403);
    expect(early.json().error.code).toBe('email_not_verified');
    const mail = await t.smtp.waitFor('fresh@example.nl', /Bevestig/);
    const link = mail.text.match(/http:\/\/localhost:3000(\/api\/auth\/verify-email\?\S+)/)?.[1];
    expect(link).toBeDefined();
    const opened = await t.app.inject({ url: link! });
    expect(opened.statusCode).toBe(302);
    const me = await t.app.inject({
      url: '/api/me',
      headers: { cookie: cookieHeader(opened.headers['set-cookie']) },
    });
    expect(me.json()).toMatchObject({ email: 'fresh@example.nl', name: 'Indringer' });
    // Used once: opening it again signs nobody in.
    const again = await t.app.inject({ url: link! });
    expect(again.headers['set-cookie']).toBeUndefined();
  });

  it('signs in with the right password and refuses a wrong one', async () => {
    await signUp(t.app, { email: 'login@example.nl', password: 'juiste wachtwoord 3' });
    const bad = await post('/api/auth/sign-in/email', {
      email: 'login@example.nl',
      password: 'verkeerd wachtwoord',
    });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().error.code).toBe('invalid_credentials');
    const good = await post('/api/auth/sign-in/email', {
      email: 'Login@Example.nl',
      password: 'juiste wachtwoord 3',
    });
    expect(good.statusCode).toBe(200);
    expect(cookieHeader(good.headers['set-cookie'])).toMatch(/kring\.session_token=/);
  });

  it('resets a forgotten password through the link in a real e-mail', async () => {
    await signUp(t.app, { name: 'Mark', email: 'mark@example.nl', password: 'oud wachtwoord 44' });
    const req = await post('/api/auth/request-password-reset', {
      email: 'mark@example.nl',
      redirectTo: '/reset-password',
    });
    expect(req.statusCode).toBe(200);
    const mail = await t.smtp.waitFor('mark@example.nl', /wachtwoord/i);
    expect(mail.text).toContain('Hallo Mark');
    const link = mail.text.match(/http:\/\/localhost:3000\/reset-password\?token=(\S+)/);
    expect(link).not.toBeNull();
    const token = decodeURIComponent(link![1]!);
    const reset = await post('/api/auth/reset-password', { token, newPassword: 'nieuw wachtwoord 55' });
    expect(reset.statusCode).toBe(200);
    const oldLogin = await post('/api/auth/sign-in/email', {
      email: 'mark@example.nl',
      password: 'oud wachtwoord 44',
    });
    expect(oldLogin.statusCode).toBe(401);
    const newLogin = await post('/api/auth/sign-in/email', {
      email: 'mark@example.nl',
      password: 'nieuw wachtwoord 55',
    });
    expect(newLogin.statusCode).toBe(200);
    const reused = await post('/api/auth/reset-password', { token, newPassword: 'derde wachtwoord 66' });
    expect(reused.json().error.code).toBe('invalid_token');
  });

  it('changes display name and language', async () => {
    const { cookie } = await signUp(t.app, { name: 'Old Name', email: 'rename@example.nl' });
    const res = await post('/api/auth/update-user', { name: 'New Name', locale: 'en' }, { cookie });
    expect(res.statusCode).toBe(200);
    const me = await t.app.inject({ url: '/api/me', headers: { cookie } });
    expect(me.json()).toMatchObject({ name: 'New Name', locale: 'en' });
    const bad = await post('/api/auth/update-user', { locale: 'fr' }, { cookie });
    expect(bad.statusCode).toBe(400);
  });

  it('deletes the own account with its sessions after confirming the password', async () => {
    const { cookie, user } = await signUp(t.app, {
      email: 'leave@example.nl',
      password: 'vertrek wachtwoord 7',
    });
    const wrong = await post('/api/auth/delete-user', { password: 'niet het wachtwoord' }, { cookie });
    expect(wrong.statusCode).toBe(401);
    const res = await post('/api/auth/delete-user', { password: 'vertrek wachtwoord 7' }, { cookie });
    expect(res.statusCode).toBe(200);
    const login = await post('/api/auth/sign-in/email', {
      email: 'leave@example.nl',
      password: 'vertrek wachtwoord 7',
    });
    expect(login.statusCode).toBe(401);
    const { sessions } = await import('../../db/schema/index');
    const { eq } = await import('drizzle-orm');
    expect(await t.database.db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
  });

  it('rate-limits failed sign-ins per account, also for a correct password afterwards', async () => {
    await signUp(t.app, { email: 'target@example.nl', password: 'het echte wachtwoord 8' });
    const attempt = (password: string) =>
      post('/api/auth/sign-in/email', { email: 'target@example.nl', password });
    for (let i = 0; i < 5; i++) expect((await attempt(`gok nummer ${i}`)).statusCode).toBe(401);
    const blocked = await attempt('het echte wachtwoord 8');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('rate_limited');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describeEachDatabase('sign-up mail leaves after the reply', (kind) => {
  // An SMTP server that accepts the connection and never greets: a mail sent inside the request would
  // hold the reply for nodemailer's 30-second greeting timeout.
  const silent = createServer((socket) => sockets.add(socket));
  const sockets = new Set<Socket>();
  let t: TestApp;
  beforeAll(async () => {
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    t = await createTestApp(kind, { smtpUrl: `smtp://127.0.0.1:${port}` });
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    silent.close();
    await t.close();
  });

  it('LOW sign-up: a new and a taken address are answered while their mail is still undelivered', async () => {
    await signUp(t.app, { email: 'owner@example.nl' });
    for (const email of ['owner@example.nl', 'newcomer@example.nl']) {
      const started = Date.now();
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up/email',
        payload: { name: 'Iemand', email, password: 'een goed wachtwoord 1' },
      });
      expect(res.statusCode).toBe(200);
      expect(Date.now() - started).toBeLessThan(10_000);
    }
    expect(sockets.size).toBeGreaterThan(0);
  });
});
