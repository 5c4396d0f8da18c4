import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import WebSocket from 'ws';
import { PROTOCOL_VERSION } from '../../core/protocol';
import { LiveClient } from '../realtime/test-client';
import { seatedMeeting } from '../realtime/test-meeting';
import { cookieHeader, createTestApp, type TestApp } from '../test/app';
import { describeEachDatabase } from '../test/databases';
import { originAllowed } from './origin';

/** Opens the live socket with an Origin header; resolves with the HTTP status of a refused upgrade, or 101. */
function upgradeStatus(baseUrl: string, meetingId: string, cookie: string, origin: string): Promise<number> {
  const url = `${baseUrl.replace(/^http/, 'ws')}/api/meetings/${meetingId}/live`;
  const socket = new WebSocket(url, { headers: { cookie, origin } });
  return new Promise((resolve, reject) => {
    socket.once('open', () => {
      resolve(101);
      socket.close();
    });
    socket.once('unexpected-response', (req, res) => {
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    socket.once('error', reject);
  });
}

describeEachDatabase('origins (PUBLIC_URL set)', (kind) => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => t.close());

  test('MEDIUM-8: a page on another port of the same host cannot open a member live meeting (403 at the upgrade)', async () => {
    const { meetingId, people } = await seatedMeeting(t, 1);
    const cookie = people[0]!.cookie;
    expect(await upgradeStatus(url, meetingId, cookie, 'http://localhost:3001')).toBe(403);
    expect(await upgradeStatus(url, meetingId, cookie, 'null')).toBe(403);
    expect(await upgradeStatus(url, meetingId, cookie, 'http://localhost:3000')).toBe(101);
    // Without an Origin (no browser page involved) the socket works as before.
    const client = await LiveClient.join(url, meetingId, cookie);
    expect(client.messages[0]).toMatchObject({ type: 'welcome', protocolVersion: PROTOCOL_VERSION });
    client.socket.terminate();
  });

  test('MEDIUM-8: a body-less POST from another port cannot rotate the member calendar feed', async () => {
    const { people } = await seatedMeeting(t, 1);
    const cookie = people[0]!.cookie;
    const rotate = (origin: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/me/calendar-feed',
        headers: { cookie, origin, 'accept-language': 'en' },
      });
    const foreign = await rotate('http://localhost:3001');
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('forbidden_origin');
    expect(foreign.json().error.message).toMatch(/address Kring runs at/);
    const status = await t.app.inject({ url: '/api/me/calendar-feed', headers: { cookie } });
    expect(status.json()).toMatchObject({ active: false });
    expect((await rotate('http://localhost:3000')).statusCode).toBe(201);
  });

  test('ORIGIN: with PUBLIC_URL set, the laptop address is not trusted even when it names its own host', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      headers: { origin: 'http://192.168.1.20:3000', host: '192.168.1.20:3000' },
      payload: { name: 'Lan', email: 'lan.set@example.nl', password: 'een goed wachtwoord 1' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden_origin');
  });
});

describeEachDatabase('origins (PUBLIC_URL unset)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { publicUrlSet: false });
  });
  afterAll(() => t.close());

  const signUpAt = (address: string, origin: string, email: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      headers: { origin, host: address },
      payload: { name: 'Telefoon', email, password: 'een goed wachtwoord 1' },
    });

  test('ORIGIN: at 127.0.0.1 or the laptop LAN address sign-up and sign-in work (Origin equals Host)', async () => {
    for (const [address, email] of [
      ['127.0.0.1:3000', 'loopback@example.nl'],
      ['192.168.1.20:3000', 'lan@example.nl'],
    ] as const) {
      const up = await signUpAt(address, `http://${address}`, email);
      expect(up.statusCode, up.body).toBe(200);
      // The confirmation link points at the address the phone used, not at localhost.
      const mail = await t.smtp.waitFor(email, /Bevestig/);
      const link = mail.text.match(new RegExp(`http://${address}(/api/auth/verify-email\\?\\S+)`))?.[1];
      expect(link, mail.text).toBeDefined();
      expect((await t.app.inject({ url: link!, headers: { host: address } })).statusCode).toBe(302);
      const signIn = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in/email',
        headers: { origin: `http://${address}`, host: address },
        payload: { email, password: 'een goed wachtwoord 1' },
      });
      expect(signIn.statusCode, signIn.body).toBe(200);
      const cookie = cookieHeader(signIn.headers['set-cookie']);
      const me = await t.app.inject({ url: '/api/me', headers: { cookie } });
      expect(me.json()).toMatchObject({ email });
    }
  });

  test('ORIGIN: a foreign origin gets a clear forbidden_origin, not "Controleer de ingevulde gegevens"', async () => {
    const res = await signUpAt('192.168.1.20:3000', 'http://192.168.1.20:3001', 'foreign@example.nl');
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({ code: 'forbidden_origin' });
    expect(res.json().error.message).not.toMatch(/Controleer de ingevulde gegevens/);
    expect(res.json().error.message).toMatch(/adres waarop Kring draait/);
  });
});

describe('originAllowed', () => {
  const unset = { publicUrl: 'http://localhost:3000', publicUrlSet: false };
  const set = { publicUrl: 'https://kring.example.org', publicUrlSet: true };
  test('ORIGIN: only the own host without PUBLIC_URL, only PUBLIC_URL with it', () => {
    expect(originAllowed(unset, undefined, 'x:1')).toBe(true);
    expect(originAllowed(unset, 'http://10.0.0.5:3000', '10.0.0.5:3000')).toBe(true);
    expect(originAllowed(unset, 'http://LOCALHOST:3000', '127.0.0.1:3000')).toBe(true);
    expect(originAllowed(unset, 'http://10.0.0.5:3001', '10.0.0.5:3000')).toBe(false);
    expect(originAllowed(unset, 'http://evil.example', 'evil.example:3000')).toBe(false);
    expect(originAllowed(unset, 'null', '10.0.0.5:3000')).toBe(false);
    expect(originAllowed(set, 'https://kring.example.org', 'kring.example.org')).toBe(true);
    expect(originAllowed(set, 'http://10.0.0.5:3000', '10.0.0.5:3000')).toBe(false);
  });
});
