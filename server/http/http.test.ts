import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/app';

describe('HTTP basics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
  });
  afterAll(() => t.close());

  it('reports health including the database', async () => {
    const res = await t.app.inject({ url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: 'pglite' });
  });

  it('sets strict security headers', async () => {
    const res = await t.app.inject({ url: '/healthz' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses input with a NUL character as invalid, not with a server error', async () => {
    const { signUp } = await import('../test/app');
    const { cookie } = await signUp(t.app, { email: `nul.${Date.now()}@example.nl`, name: 'Nina Nul' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/groups',
      headers: { cookie },
      payload: { name: 'Kring\u0000Noord', language: 'nl' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
  });

  it('answers an unknown API route with a JSON 404 in the user language', async () => {
    const nl = await t.app.inject({ url: '/api/does-not-exist' });
    expect(nl.statusCode).toBe(404);
    expect(nl.json().error).toEqual({ code: 'route_not_found', message: 'Deze API-route bestaat niet.' });
    const en = await t.app.inject({ url: '/api/does-not-exist', headers: { cookie: 'kring_lang=en' } });
    expect(en.json().error.message).toBe('This API route does not exist.');
  });

  it('answers malformed JSON, oversized bodies and wrong types with clear 4xx errors and keeps running', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('invalid_json');

    const big = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'a@b.nl', password: 'x'.repeat(300 * 1024) }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('body_too_large');

    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: 42, password: [] },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('validation_failed');
    expect(new Set(wrong.json().error.issues.map((i: { path: string }) => i.path))).toEqual(
      new Set(['email', 'password']),
    );

    const text = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: { 'content-type': 'text/xml' },
      payload: '<x/>',
    });
    expect(text.statusCode).toBe(415);

    expect((await t.app.inject({ url: '/healthz' })).statusCode).toBe(200);
  });
});
