import { describe, expect, test } from 'vitest';
import { loadEvents } from './repo';
import type { LiveClient } from './test-client';
import { useServers } from './test-servers';

// Two server processes on one PostgreSQL database, B's NOTIFYs held back where a test needs B stale.
describe('several servers with late NOTIFY [postgres]', () => {
  const s = useServers(2);

  /** Chair on A; the helper (third member) on A and on B; the ask phase runs. */
  async function askPhase() {
    const m = await s.askPhase([0, 1]);
    const [helperA, helperB] = m.helpers as [LiveClient, LiveClient];
    return { ...m, helperA, helperB };
  }

  test('MULTI-1: a command that changes nothing on a stale server is decided on the latest log, and stored', async () => {
    const m = await askPhase();
    expect(await m.helperB.run({ type: 'markReady' })).toMatchObject({ type: 'ack' });
    s.servers[1]!.gate.hold();
    try {
      // The next phase clears everyone's ready; B has not heard of it.
      const advanced = await m.chair.run({ type: 'advancePhase' });
      expect(advanced).toMatchObject({ type: 'ack' });
      const again = await m.helperB.run({ type: 'markReady' });
      const log = await loadEvents(s.first.database.db, m.meetingId);
      const last = log.at(-1)!;
      expect(last).toMatchObject({ type: 'readyMarked', payload: { userId: m.helperId, ready: true } });
      expect(again).toEqual({ type: 'ack', commandId: expect.any(String), seq: last.seq });
      expect(last.seq).toBeGreaterThan((advanced as { seq: number }).seq);
    } finally {
      s.servers[1]!.gate.release();
    }
  });

  test('MULTI-2: a retry through the other server gets the same seq, also while its NOTIFY is late', async () => {
    const m = await askPhase();
    s.servers[1]!.gate.hold();
    try {
      const first = await m.helperA.runWithId({ type: 'markReady' }, 'ready-once');
      // Something else happens after it, so "the current seq" is not the command's seq.
      expect(
        await m.chair.run({ type: 'contribute', kind: 'question', text: 'Wat speelt er?' }),
      ).toMatchObject({
        type: 'ack',
      });
      expect(await m.helperB.runWithId({ type: 'markReady' }, 'ready-once')).toEqual(first);
    } finally {
      s.servers[1]!.gate.release();
    }
  });

  test('MULTI-2: the same command sent through both servers at once gets one answer, stored once', async () => {
    const m = await askPhase();
    for (let i = 0; i < 4; i++) {
      const command = { type: 'markReady', ready: i % 2 === 0 };
      const [a, b] = await Promise.all([
        m.helperA.runWithId(command, `both-time-${i}`),
        m.helperB.runWithId(command, `both-time-${i}`),
      ]);
      expect(b).toEqual(a);
      expect(a).toMatchObject({ type: 'ack' });
    }
    const log = await loadEvents(s.first.database.db, m.meetingId);
    expect(log.filter((e) => e.type === 'readyMarked')).toHaveLength(4);
  });

  test('MULTI: while the database cannot be reached, a command is rejected as unavailable, with its commandId', async () => {
    const m = await askPhase();
    const cut = await s.serve();
    const helper = await s.join(s.servers.indexOf(cut), m.meetingId, m.helperCookie);
    await cut.database.pg!.end();
    const commandId = helper.command({ type: 'contribute', kind: 'question', text: 'Nog één vraag?' });
    expect(await helper.next('rejected')).toEqual({
      type: 'rejected',
      commandId,
      rejection: { code: 'unavailable' },
    });
  });
});
