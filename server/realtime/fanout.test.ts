import { describe, expect, test } from 'vitest';
import { CLOSE_CODES } from '../../core/protocol';
import { ACCESS_CHANNEL } from './registry';
import { loadEvents } from './repo';
import { LiveClient } from './test-client';
import { useServers } from './test-servers';

// Two server processes on one PostgreSQL database (test-servers.ts), and a third that never hears
// another's NOTIFY, as when one is late: it only knows what it reads.
describe('several servers on one PostgreSQL database [postgres]', () => {
  const s = useServers(3);
  const deaf = () => s.servers[2]!.gate.deafen();

  /** Chair and case-giver on the first server, the helper on server `helperOn`; the ask phase runs. */
  async function meetingOnBoth(helperOn = 1) {
    deaf();
    const m = await s.meeting(3);
    const people = m.members;
    const joined = await Promise.all(
      people.map((p, i) => s.join(i === 2 ? helperOn : 0, m.meetingId, p.cookie)),
    );
    for (const c of joined) expect(await c.run({ type: 'join' })).toMatchObject({ type: 'ack' });
    for (const command of [
      { type: 'chooseMethod', versionId: m.versionId },
      { type: 'assignRole', role: 'caseGiver', userId: people[1]!.id },
      { type: 'startPhase', phaseId: 'ask' },
    ]) {
      expect(await joined[0]!.run(command)).toMatchObject({ type: 'ack' });
    }
    return { ...m, people, clients: joined as [LiveClient, LiveClient, LiveClient] };
  }

  test('MULTI: commands racing on two servers are all stored once, gapless, and everyone sees all of them', async () => {
    const m = await meetingOnBoth();
    const [chair, , helper] = m.clients;
    const texts = Array.from({ length: 10 }, (_, i) => [`eerste ${i}`, `tweede ${i}`]).flat();
    const replies = await Promise.all(
      texts.map((text, i) => (i % 2 ? helper : chair).run({ type: 'contribute', kind: 'question', text })),
    );
    expect(replies.filter((r) => r.type !== 'ack')).toEqual([]);
    const stored = await loadEvents(s.first.database.db, m.meetingId);
    expect(stored.map((e) => e.seq)).toEqual(stored.map((_, i) => i + 1));
    expect(stored.filter((e) => e.type === 'contributionAdded')).toHaveLength(texts.length);
    const last = stored.at(-1)!.seq;
    for (const c of m.clients) {
      await c.waitFor((x): x is typeof x => c.lastSeq() >= last, 10_000);
      const { view } = LiveClient.foldedView([c]);
      expect(view.contributions.map((x) => x.text).sort()).toEqual([...texts].sort());
    }
  });

  test('MULTI: a command is refused only on the latest log, not on what this server last heard', async () => {
    const m = await meetingOnBoth(2);
    const helper = m.clients[2];
    // The deaf server heard nothing of the phase the chair started elsewhere; the question still lands.
    expect(
      await helper.run({ type: 'contribute', kind: 'question', text: 'Wat wil je bereiken?' }),
    ).toMatchObject({
      type: 'ack',
    });
    // A command that is wrong on the latest log is still refused.
    expect(await helper.run({ type: 'contribute', kind: 'advice', text: 'Doe het zo' })).toMatchObject({
      type: 'rejected',
      rejection: { code: 'kind_not_allowed' },
    });
  });

  test('ACCESS: a lost-access notice from another server closes the member’s socket here', async () => {
    const m = await meetingOnBoth();
    // What closeAccess in another process sends; both apps here share this process, so say it directly.
    await s.first.database.pg!.notify(ACCESS_CHANNEL, `${m.groupId}:${m.people[2]!.id}`);
    expect(await m.clients[2].closed).toBe(CLOSE_CODES.forbidden);
  });
});
