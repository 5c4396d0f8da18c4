import { Writable } from 'node:stream';
import pino from 'pino';
import { beforeAll, describe, expect, test } from 'vitest';
import type { WebSocket } from 'ws';
import { PROTOCOL_VERSION, RATE_BURST } from '../../core/protocol';
import type { TestApp } from '../test/app';
import { describeEachDatabase } from '../test/databases';
import { loadEvents } from './repo';
import { SOCKET_ERROR_LOG_MS, socketErrorHandler } from './socket-errors';
import { LiveClient } from './test-client';
import { useLiveApp } from './test-live-app';
import { seatedMeeting } from './test-meeting';

describeEachDatabase('commands over the live socket', (kind) => {
  const live = useLiveApp(kind);
  const join = live.join;
  let t: TestApp;
  let url: string;
  beforeAll(() => {
    ({ t, url } = live);
  });

  const readyEvents = async (meetingId: string) =>
    (await loadEvents(t.database.db, meetingId)).filter((e) => e.type === 'readyMarked');

  test('LOW-WS: a lone surrogate in a command is rejected as invalid_command, not an internal error', async () => {
    const m = await seatedMeeting(t, 1);
    const client = await join(m.meetingId, m.people[0]!.cookie);
    expect(await client.run({ type: 'join' })).toMatchObject({ type: 'ack' });
    // JSON.stringify writes a lone surrogate as the escape \ud800, which the server parses back into one.
    const reply = await client.run({ type: 'raiseFlag', reason: 'other', text: 'half \ud800 teken' });
    expect(reply).toMatchObject({ type: 'rejected', rejection: { code: 'invalid_command' } });
    expect(client.messages.some((x) => x.type === 'error')).toBe(false);
  });

  test('LOW-WS: a retried command that changed nothing is answered from the first decision', async () => {
    const m = await seatedMeeting(t, 1);
    const client = await join(m.meetingId, m.people[0]!.cookie);
    expect(await client.run({ type: 'join' })).toMatchObject({ type: 'ack' });
    expect(await client.run({ type: 'markReady', ready: true })).toMatchObject({ type: 'ack' });
    const again = await client.runWithId({ type: 'markReady', ready: true }, 'ready-again-1');
    expect(again).toMatchObject({ type: 'ack' });
    expect(await client.run({ type: 'markReady', ready: false })).toMatchObject({ type: 'ack' });
    // The reconnecting client resends what it never saw answered.
    await client.close();
    const back = await join(m.meetingId, m.people[0]!.cookie);
    const retried = await back.runWithId({ type: 'markReady', ready: true }, 'ready-again-1');
    expect(retried).toEqual(again);
    expect((await readyEvents(m.meetingId)).map((e) => (e.payload as { ready: boolean }).ready)).toEqual([
      true,
      false,
    ]);
  });

  test('LOW-WS: command ids are per sender: another member reusing an id has their own command applied', async () => {
    const m = await seatedMeeting(t, 2);
    const [anna, bram] = await Promise.all(m.people.map((p) => join(m.meetingId, p.cookie)));
    for (const c of [anna!, bram!]) expect(await c.run({ type: 'join' })).toMatchObject({ type: 'ack' });
    const first = await anna!.runWithId({ type: 'markReady', ready: true }, 'same-id-123');
    const second = await bram!.runWithId({ type: 'markReady', ready: true }, 'same-id-123');
    expect(second).toMatchObject({ type: 'ack' });
    expect((second as { seq: number }).seq).toBeGreaterThan((first as { seq: number }).seq);
    const ready = (await readyEvents(m.meetingId)).map((e) => (e.payload as { userId: string }).userId);
    expect(ready.sort()).toEqual([m.people[0]!.id, m.people[1]!.id].sort());
  });

  test(`LOW-WS: messages beyond the ${RATE_BURST} kept before authentication are answered, not lost`, async () => {
    const m = await seatedMeeting(t, 1);
    const client = await LiveClient.connect(url, m.meetingId, m.people[0]!.cookie);
    const total = RATE_BURST + 20;
    // All at once, before the server has checked the cookie.
    client.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION, meetingId: m.meetingId });
    for (let i = 0; i < total; i++) client.send({ type: 'ping' });
    const answers = () =>
      client.messages.filter((x) => x.type === 'pong' || (x.type === 'error' && x.code === 'rate_limited'));
    await client.waitFor((x): x is typeof x => answers().length >= total, 10_000);
    await client.next('welcome');
    expect(answers().length).toBe(total);
  });
});

describe('LOW-WS: socket errors are logged without a stack, at most once per period', () => {
  test('a burst of oversize frames writes one short line, the next period one more with the count', () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    let now = 1_000_000;
    const handle = socketErrorHandler(pino({ level: 'info' }, sink), () => now);
    const socket = { terminate: () => undefined } as unknown as WebSocket;
    const oversize = Object.assign(new RangeError('Max payload size exceeded'), {
      code: 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH',
    });
    for (let i = 0; i < 500; i++) handle(oversize, socket);
    now += SOCKET_ERROR_LOG_MS;
    handle(oversize, socket);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({ code: 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH', suppressed: 499 });
    expect(JSON.stringify(lines)).not.toContain('stack');
  });
});
