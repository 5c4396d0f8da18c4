import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_CODES } from '../../../core/protocol';
import { MeetingConnection, type SocketLike, type WireEvent } from './connection';
import { outboxKey } from './outbox';

/** A stand-in for the browser WebSocket: the test plays the server. */
class FakeSocket implements SocketLike {
  readyState = 0;
  sent: Record<string, unknown>[] = [];
  onopen: SocketLike['onopen'] = null;
  onmessage: SocketLike['onmessage'] = null;
  onclose: SocketLike['onclose'] = null;
  onerror: SocketLike['onerror'] = null;
  open() {
    this.readyState = 1;
    this.onopen?.({});
  }
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.readyState = 3;
  }
  /** The network drops: the browser fires close with 1006. */
  drop(code = 1006) {
    this.readyState = 3;
    this.onclose?.({ code });
  }
  serve(message: Record<string, unknown>) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
  commands() {
    return this.sent.filter((m) => m.type === 'command');
  }
}

type View = { texts: string[] };
const applyEvent = (view: View, event: WireEvent): View => ({ texts: [...view.texts, String(event.text)] });

let sockets: FakeSocket[];
let ids: number;
function connect(storage: Storage = localStorage) {
  const c = new MeetingConnection<View>({
    meetingId: 'm1',
    url: 'ws://test/api/meetings/m1/live',
    applyEvent,
    storage,
    createSocket: () => {
      const s = new FakeSocket();
      sockets.push(s);
      return s;
    },
    newId: () => `cmd-000${++ids}`,
    backoff: [100, 200],
  });
  c.start();
  return c;
}
/** Opens the newest socket and lets the server welcome it with a snapshot at `seq`. */
function sync(seq = 0, texts: string[] = []) {
  const s = sockets.at(-1)!;
  s.open();
  s.serve({ type: 'welcome', protocolVersion: 1, actorId: 'u1', status: 'joined' });
  s.serve({ type: 'snapshot', view: { texts }, seq, serverNow: Date.now() + 5000 });
  return s;
}

beforeEach(() => {
  sockets = [];
  ids = 0;
  localStorage.clear();
  vi.useFakeTimers();
});

describe('connection', () => {
  it('says hello with the meeting id, then shows the snapshot and corrects for the server clock', () => {
    const c = connect();
    sync(3, ['a']);
    expect(sockets[0]!.sent[0]).toMatchObject({ type: 'hello', meetingId: 'm1', protocolVersion: 1 });
    expect(sockets[0]!.sent[0]).not.toHaveProperty('lastSeq');
    expect(c.getSnapshot()).toMatchObject({ status: 'open', seq: 3, view: { texts: ['a'] }, actorId: 'u1' });
    expect(c.getSnapshot().offsetMs).toBeGreaterThan(4900);
  });

  it('keeps its clock offset when the server resyncs the view mid-session', () => {
    const c = connect();
    const s = sync(3, ['a']);
    const offset = c.getSnapshot().offsetMs;
    // Some time later a reveal makes the server send a fresh view; neither clock changed its pace.
    vi.advanceTimersByTime(25_000);
    s.serve({ type: 'snapshot', view: { texts: ['a', 'b'] }, seq: 9, serverNow: Date.now() + 5000 });
    expect(c.getSnapshot()).toMatchObject({ seq: 9, view: { texts: ['a', 'b'] } });
    expect(Math.abs(c.getSnapshot().offsetMs - offset)).toBeLessThan(100);
  });

  it('applies events in seq order and ignores ones it already has', () => {
    const c = connect();
    const s = sync(1, []);
    s.serve({
      type: 'events',
      events: [
        { seq: 1, type: 'x', text: 'old' },
        { seq: 2, type: 'x', text: 'b' },
      ],
    });
    s.serve({ type: 'events', events: [{ seq: 3, type: 'x', text: 'c' }] });
    expect(c.getSnapshot().view?.texts).toEqual(['b', 'c']);
    expect(c.getSnapshot().seq).toBe(3);
  });

  it('keeps a command typed while offline and sends it once the connection is back', () => {
    const c = connect();
    const first = sync(0);
    first.drop();
    expect(c.getSnapshot().status).toBe('reconnecting');
    c.send({ type: 'contribute', text: 'written on the train' });
    expect(JSON.parse(localStorage.getItem(outboxKey('m1'))!)).toHaveLength(1);
    vi.advanceTimersByTime(200);
    const second = sockets[1]!;
    second.open();
    expect(second.sent[0]).toMatchObject({ type: 'hello', lastSeq: 0 });
    expect(second.commands()).toHaveLength(0); // not before the server caught us up
    second.serve({ type: 'events', events: [] });
    expect(second.commands()).toEqual([
      {
        type: 'command',
        commandId: 'cmd-0001',
        command: { type: 'contribute', text: 'written on the train' },
      },
    ]);
    second.serve({ type: 'ack', commandId: 'cmd-0001', seq: 1 });
    expect(c.getSnapshot().pending).toEqual([]);
    expect(localStorage.getItem(outboxKey('m1'))).toBeNull();
  });

  it('resends a sent but unacknowledged command with the same commandId after a reconnect', () => {
    const c = connect();
    const first = sync(0);
    c.send({ type: 'contribute', text: 'q1' });
    expect(first.commands()).toHaveLength(1);
    first.drop();
    vi.advanceTimersByTime(200);
    const second = sync(0);
    expect(second.commands().map((m) => m.commandId)).toEqual(['cmd-0001']);
  });

  it('survives a reload: a new page sends what the old one could not', () => {
    const c = connect();
    sockets[0]!.drop();
    c.send({ type: 'contribute', text: 'before reload' });
    c.stop();
    const again = connect();
    const s = sync(0);
    expect(again.getSnapshot().pending).toHaveLength(1);
    expect(s.commands()[0]).toMatchObject({ commandId: 'cmd-0001' });
  });

  it('reports a rejection to the user and drops the command from the outbox', () => {
    const c = connect();
    const s = sync(0);
    const id = c.send({ type: 'contribute', text: 'not now' });
    s.serve({ type: 'rejected', commandId: id, rejection: { code: 'not_your_turn' } });
    expect(c.getSnapshot().pending).toEqual([]);
    expect(c.getSnapshot().rejections[0]).toMatchObject({ rejection: { code: 'not_your_turn' } });
  });

  it('backs off between attempts and counts them for the banner', () => {
    const c = connect();
    sockets[0]!.drop();
    vi.advanceTimersByTime(140);
    expect(sockets).toHaveLength(2);
    sockets[1]!.drop();
    expect(c.getSnapshot().attempts).toBe(2);
    vi.advanceTimersByTime(150);
    expect(sockets).toHaveLength(2);
    vi.advanceTimersByTime(200);
    expect(sockets).toHaveLength(3);
    sync(0);
    expect(c.getSnapshot()).toMatchObject({ status: 'open', attempts: 0 });
  });

  it('stops and explains when access is lost, instead of retrying', () => {
    const c = connect();
    sync(0);
    sockets[0]!.drop(CLOSE_CODES.forbidden);
    vi.advanceTimersByTime(10_000);
    expect(sockets).toHaveLength(1);
    expect(c.getSnapshot()).toMatchObject({ status: 'closed', lostAccess: 'forbidden' });
  });

  it('reconnects after a restart (going away) and asks for what it missed', () => {
    const c = connect();
    const s = sync(4, ['x']);
    s.drop(CLOSE_CODES.goingAway);
    vi.advanceTimersByTime(200);
    const next = sockets[1]!;
    next.open();
    expect(next.sent[0]).toMatchObject({ type: 'hello', lastSeq: 4 });
    next.serve({ type: 'events', events: [{ seq: 5, type: 'x', text: 'y' }] });
    expect(c.getSnapshot().view?.texts).toEqual(['x', 'y']);
  });

  it('accepts a jump in seq: events hidden from this person are simply not sent', () => {
    const c = connect();
    const s = sync(1);
    s.serve({ type: 'events', events: [{ seq: 3, type: 'x', text: 'after a hidden one' }] });
    expect(sockets).toHaveLength(1);
    expect(c.getSnapshot()).toMatchObject({ seq: 3, view: { texts: ['after a hidden one'] } });
  });

  it('treats a silent socket as lost (a phone that slept) and reconnects', () => {
    connect();
    sync(0);
    vi.advanceTimersByTime(15_000 * 3 + 500);
    expect(sockets.length).toBeGreaterThan(1);
  });

  it('waits in the lobby as a guest until admitted', () => {
    const c = connect();
    const s = sockets[0]!;
    s.open();
    s.serve({ type: 'welcome', protocolVersion: 1, actorId: 'guest:g1', status: 'waiting' });
    expect(c.getSnapshot().status).toBe('waiting');
    s.serve({ type: 'snapshot', view: { texts: [] }, seq: 7, serverNow: Date.now() });
    expect(c.getSnapshot().status).toBe('open');
  });

  it('tells a waiting guest the chair did not admit them, rather than blaming the ground rules', () => {
    const c = connect();
    const s = sockets[0]!;
    s.open();
    s.serve({ type: 'welcome', protocolVersion: 1, actorId: 'guest:g1', status: 'waiting' });
    s.drop(CLOSE_CODES.forbidden);
    expect(c.getSnapshot()).toMatchObject({ status: 'closed', lostAccess: 'refused' });
  });

  it('ignores malformed frames without losing state', () => {
    const c = connect();
    const s = sync(2, ['k']);
    s.onmessage?.({ data: 'not json' });
    s.serve({ type: 'mystery' });
    expect(c.getSnapshot()).toMatchObject({ status: 'open', seq: 2 });
  });
});
