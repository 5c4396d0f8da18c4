import { describe, expect, test } from 'vitest';
import { CLOSE_CODES } from '../../core/protocol';
import { useServers } from './test-servers';

// Two server processes on one PostgreSQL database: missed NOTIFYs, presence and guests across them.
describe('several servers: delivery, presence and guests [postgres]', () => {
  const s = useServers(2);
  const [A, B] = [0, 1];
  const gateOf = (i: number) => s.servers[i]!.gate;
  const health = async (i: number) => {
    const res = await fetch(`${s.servers[i]!.url}/healthz`);
    return { status: res.status, body: (await res.json()) as { status: string } };
  };

  /** The chair (and case-giver) on A, a member on B, all joined; the ask phase runs. */
  async function split() {
    const m = await s.askPhase([B]);
    return { ...m, member: m.helpers[0]!, memberId: m.helperId };
  }

  test('MULTI-3: an event stored while B heard no NOTIFY reaches B’s clients once B listens again, and /healthz says degraded meanwhile', async () => {
    const m = await split();
    gateOf(B).deafen();
    try {
      const ack = await m.chair.run({
        type: 'contribute',
        kind: 'question',
        text: 'Wat heb je al geprobeerd?',
      });
      expect(ack).toMatchObject({ type: 'ack' });
      await expect
        .poll(() => health(B), { timeout: 5000 })
        .toMatchObject({
          status: 503,
          body: { status: 'degraded' },
        });
      expect((await health(A)).status).toBe(200);
      gateOf(B).restore();
      const seq = (ack as { seq: number }).seq;
      await m.member.waitFor((x): x is typeof x => m.member.lastSeq() >= seq, 5000);
      expect(m.member.events().some((e) => e.type === 'contributionAdded')).toBe(true);
      await expect.poll(() => health(B), { timeout: 5000 }).toMatchObject({ status: 200 });
    } finally {
      gateOf(B).restore();
    }
  });

  test('MULTI-4: presence is the meeting’s: each side sees who is connected to the other server, and who left it', async () => {
    const m = await split();
    const both = [m.chairId, m.members[1]!.id, m.memberId].sort();
    await m.chair.next('presence', (p) => p.online.join() === both.join());
    await m.member.next('presence', (p) => p.online.join() === both.join());
    await m.member.close();
    const left = [m.chairId, m.members[1]!.id].sort();
    await m.chair.next('presence', (p) => p.online.join() === left.join());
  });

  test('MULTI-5: the chair on A hears of a guest waiting on B, and refusing them through A closes the guest’s socket on B with 4003', async () => {
    const m = await split();
    const post = (url: string, payload?: object) =>
      s.first.app.inject({
        method: 'POST',
        url,
        headers: { cookie: m.members[0]!.cookie },
        ...(payload ? { payload } : {}),
      });
    const { code } = (await post(`/api/meetings/${m.meetingId}/join-code`)).json() as { code: string };
    const joined = await post('/api/guests/join', { code, name: 'Gast op B', acceptConfidentiality: true });
    const guestCookie = String(joined.headers['set-cookie']).split(';')[0]!;
    const { userId } = joined.json() as { userId: string };
    const guest = await s.join(B, m.meetingId, guestCookie);
    expect(guest.messages[0]).toMatchObject({ type: 'welcome', status: 'waiting' });
    await m.chair.next('guests', (g) => g.waiting.some((w) => w.userId === userId && w.name === 'Gast op B'));
    expect(await m.chair.run({ type: 'refuseGuest', userId })).toMatchObject({ type: 'ack' });
    expect(await guest.closed).toBe(CLOSE_CODES.forbidden);
    await m.chair.next('guests', (g) => g.waiting.length === 0);
  });
});
