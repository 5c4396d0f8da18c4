import { eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import type { SignOffList } from '../../../core/api/register';
import { RECONNECT_GRACE_MS } from '../../../core/register/presence';
import { meetingConnections, meetings } from '../../db/schema/index';
import { useLiveApp } from '../../realtime/test-live-app';
import { describeEachDatabase } from '../../test/databases';
import { call, type Person } from '../groups/test-helpers';
import { play, reportMethod } from '../reports/test-meeting';
import { castGroup, planMeeting } from '../trajectories/test-trajectory';

const MIN = 60_000;

/** REG-1: a socket that dropped ends its person's time in the meeting, unless they were back within the grace. */
describeEachDatabase('register: a dropped connection', (kind) => {
  const live = useLiveApp(kind);
  const noted = (meetingId: string) =>
    live.t.database.db.select().from(meetingConnections).where(eq(meetingConnections.meetingId, meetingId));

  test('REG-1: the live room notes when each socket opened and when it dropped', async () => {
    const { meetingId, people, clients } = await live.seat(3);
    const [chair, , dropper] = clients;
    expect((await chair!.run({ type: 'openStage', stage: 'opening' })).type).toBe('ack');
    // The phone loses its network: no leave, the socket just ends.
    dropper!.socket.terminate();
    await expect
      .poll(async () => (await noted(meetingId)).find((r) => r.userId === people[2]!.id)?.closedAt ?? null)
      .not.toBeNull();
    const rows = await noted(meetingId);
    expect(rows.map((r) => r.userId).sort()).toEqual(people.map((p) => p.id).sort());
    for (const r of rows.filter((r) => r.userId !== people[2]!.id)) expect(r.closedAt).toBeNull();
    const dropped = rows.find((r) => r.userId === people[2]!.id)!;
    expect(dropped.closedAt!.getTime()).toBeGreaterThanOrEqual(dropped.openedAt.getTime());
    // Coming back is a new connection.
    const back = await live.join(meetingId, people[2]!.cookie);
    await expect.poll(async () => (await noted(meetingId)).length).toBe(4);
    back.socket.terminate();
  });

  test('REG-1: minutes count until the drop; a return within the grace closes the gap, a later one does not', async () => {
    const t = live.t;
    const c = await castGroup(t);
    const meetingId = await planMeeting(t, c, 5);
    const T0 = Date.UTC(2027, 2, 9, 18, 0);
    const at = (m: number) => T0 + m * MIN;
    const joins: [Person, Record<string, unknown>, number][] = [c.admin, c.facilitator, c.anna, c.bram].map(
      (p) => [p, { type: 'join' }, at(-2)],
    );
    await play(t, meetingId, [
      ...joins,
      [c.admin, { type: 'chooseMethod', method: reportMethod }, at(-1)],
      [c.admin, { type: 'assignRole', role: 'caseGiver', userId: c.anna.id }, at(-1)],
      [c.anna, { type: 'setCaseQuestion', text: 'Hoe zeg ik nee?' }, at(-1)],
      [c.admin, { type: 'startPhase', phaseId: 'ask' }, at(0)],
      [c.admin, { type: 'endMeeting' }, at(90)],
    ]);
    await t.database.db.update(meetings).set({ status: 'ended' }).where(eq(meetings.id, meetingId));
    const socket = (who: Person, from: number, to: number | null) => ({
      meetingId,
      userId: who.id,
      openedAt: new Date(at(from)),
      closedAt: to === null ? null : new Date(at(to)),
    });
    const grace = RECONNECT_GRACE_MS / MIN;
    await t.database.db.insert(meetingConnections).values([
      // The chair: connected throughout (the close came after the end).
      socket(c.admin, -3, 95),
      // Anna's phone dropped at 30 minutes and never came back.
      socket(c.anna, -3, 30),
      // Bram's dropped at 20 and was back within the grace: no gap.
      socket(c.bram, -3, 20),
      socket(c.bram, 20 + grace - 0.5, null),
      // The facilitator's dropped at 40 and came back at 55: those 15 minutes do not count.
      socket(c.facilitator, -3, 40),
      socket(c.facilitator, 55, 100),
    ]);
    const list = (
      await call(t.app, c.admin, 'GET', `/api/meetings/${meetingId}/sign-off`)
    ).json() as SignOffList;
    const line = (who: Person) => list.lines.find((l) => l.userId === who.id);
    expect(line(c.admin)).toMatchObject({ minutes: 90, earlyMinutes: 0 });
    expect(line(c.anna)).toMatchObject({ minutes: 30, lateMinutes: 0, earlyMinutes: 60 });
    expect(line(c.bram)).toMatchObject({ minutes: 90, earlyMinutes: 0 });
    expect(line(c.facilitator)).toMatchObject({ minutes: 75, earlyMinutes: 0 });
  });
});
