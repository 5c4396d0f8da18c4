import type { NetworkInterfaceInfo } from 'node:os';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { joinAddresses } from '../http/lan';
import { createTestApp, type TestApp } from '../test/app';
import { describeEachDatabase } from '../test/databases';
import { seatedMeeting } from './test-meeting';

describeEachDatabase('join codes and guest names', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const post = (url: string, cookie?: string, payload?: object) =>
    t.app.inject({
      method: 'POST',
      url,
      headers: { ...(cookie ? { cookie } : {}), 'accept-language': 'en' },
      ...(payload ? { payload } : {}),
    });
  const guestJoin = (code: string, name: string) =>
    post('/api/guests/join', undefined, { code, name, acceptConfidentiality: true });

  test('MEDIUM-6: the chair rotates the join code, the old code stops working, and no one else may rotate it', async () => {
    const m = await seatedMeeting(t, 2);
    const [chair, member] = m.people as [(typeof m.people)[0], (typeof m.people)[0]];
    const old = (await post(`/api/meetings/${m.meetingId}/join-code`, member.cookie)).json().code as string;
    expect((await guestJoin(old, 'Gast Een')).statusCode).toBe(200);

    const notChair = await post(`/api/meetings/${m.meetingId}/join-code/rotate`, member.cookie);
    expect(notChair.statusCode).toBe(403);
    const rotated = await post(`/api/meetings/${m.meetingId}/join-code/rotate`, chair.cookie);
    expect(rotated.statusCode).toBe(200);
    const fresh = rotated.json().code as string;
    expect(fresh).not.toBe(old);
    expect(fresh).toMatch(/^[A-Z2-9]{8}$/);

    expect((await guestJoin(old, 'Gast Twee')).statusCode).toBe(404);
    expect((await guestJoin(fresh, 'Gast Twee')).statusCode).toBe(200);
    // Everyone who asks for the code (the projector) now gets the new one.
    expect((await post(`/api/meetings/${m.meetingId}/join-code`, member.cookie)).json().code).toBe(fresh);
  });

  test("MEDIUM-6: a guest cannot take a member's name, whatever its case or spacing", async () => {
    const m = await seatedMeeting(t, 2);
    const code = (await post(`/api/meetings/${m.meetingId}/join-code`, m.people[0]!.cookie)).json().code;
    const name = m.people[1]!.name;
    for (const taken of [name, name.toUpperCase(), ` ${name.toLowerCase().replace(/ /g, '  ')} `]) {
      const res = await guestJoin(code, taken);
      expect(res.statusCode, taken).toBe(409);
      expect(res.json().error.code).toBe('guest_name_taken');
      expect(res.json().error.message).toMatch(/already goes by this name/);
    }
    expect((await guestJoin(code, `${name} (gast)`)).statusCode).toBe(200);
  });

  test('ORIGIN: with PUBLIC_URL set, the join code points phones at PUBLIC_URL', async () => {
    const m = await seatedMeeting(t, 1);
    const res = await post(`/api/meetings/${m.meetingId}/join-code`, m.people[0]!.cookie);
    expect(res.json().addresses).toEqual(['http://localhost:3000']);
  });
});

describe('joinAddresses', () => {
  const nic = (address: string, internal = false, family: 'IPv4' | 'IPv6' = 'IPv4') =>
    ({ address, internal, family }) as NetworkInterfaceInfo;
  const interfaces = {
    lo: [nic('127.0.0.1', true), nic('::1', true, 'IPv6')],
    wlan0: [nic('192.168.1.20'), nic('fe80::1', false, 'IPv6')],
    eth0: [nic('10.0.0.5')],
  };
  const unset = { publicUrl: 'http://localhost:3000', publicUrlSet: false, host: '0.0.0.0' };

  test('ORIGIN: without PUBLIC_URL the projector gets the laptop LAN addresses, not localhost', () => {
    expect(joinAddresses(unset, 3000, interfaces)).toEqual([
      'http://192.168.1.20:3000',
      'http://10.0.0.5:3000',
    ]);
    expect(joinAddresses(unset, 80, interfaces)).toEqual(['http://192.168.1.20', 'http://10.0.0.5']);
    // Bound to one address, only that one; bound to loopback, none (the page's own address is used).
    expect(joinAddresses({ ...unset, host: '10.0.0.5' }, 3000, interfaces)).toEqual(['http://10.0.0.5:3000']);
    expect(joinAddresses({ ...unset, host: '127.0.0.1' }, 3000, interfaces)).toEqual([]);
    expect(joinAddresses({ ...unset, publicUrlSet: true }, 3000, interfaces)).toEqual([
      'http://localhost:3000',
    ]);
  });
});
