import type WebSocket from 'ws';
import { PROTOCOL_VERSION } from '../core/protocol';
import type { SeededMeeting } from '../server/realtime/offline-seed';
import { connect, drive, Latencies, type Load, nextMessage, openAll, until } from './load';

/** A command in flight: `seat` sent it; `remote` once every seat on another process has its seq. */
type Sent = { seq: number; sentAt: number; measured: boolean; phase: boolean; seat: number; remote: boolean };

type Room = {
  meetingId: string;
  sockets: WebSocket[];
  maxSeq: number[];
  /** Acknowledged commands waiting for every participant to see their seq. */
  pending: Sent[];
  sent: Map<string, Omit<Sent, 'seq'>>;
  phase: 'ask' | 'write';
  sends: number;
};

export type KringLoad = Load & {
  contributions: Latencies;
  phaseChanges: Latencies;
  /** Send → ack to the sender. */
  acks: Latencies;
  /** Send → every participant connected to another server process has it (several processes only). */
  remote: Latencies;
  rejected(): number;
  /** Per meeting, the highest seq any of its participants has seen. */
  seqs(): number[];
};

const seqOf = (m: { type: string; seq?: number; events?: { seq: number }[] }): number | undefined => {
  if (m.type === 'snapshot') return m.seq;
  if (m.type === 'events' && m.events?.length) return m.events.at(-1)!.seq;
  return undefined;
};

/**
 * Opens every participant's socket on running Kring servers (participant i of each meeting on server
 * i mod the number of servers), sets each meeting up (method, case-giver, first phase) and returns the
 * load: each `run` sends commands and measures send → everyone-has-it.
 */
export async function openKring(
  baseUrls: string[],
  seeded: SeededMeeting[],
  rate: number,
): Promise<KringLoad> {
  const latencies = new Latencies();
  const contributions = new Latencies();
  const phaseChanges = new Latencies();
  const acks = new Latencies();
  const remote = new Latencies();
  const processOf = (seat: number) => seat % baseUrls.length;
  let rejected = 0;
  const rooms: Room[] = seeded.map((m) => ({
    meetingId: m.meetingId,
    sockets: [],
    maxSeq: m.people.map(() => 0),
    pending: [],
    sent: new Map(),
    phase: 'ask',
    sends: 0,
  }));
  // Runs on every message the client gets, so it stays as cheap as the baseline client's bookkeeping.
  const settle = (room: Room) => {
    if (room.pending.length === 0) return;
    let everyone = Number.POSITIVE_INFINITY;
    for (const seq of room.maxSeq) if (seq < everyone) everyone = seq;
    if (baseUrls.length > 1) {
      for (const p of room.pending) {
        if (p.remote || !room.maxSeq.every((seq, i) => seq >= p.seq || processOf(i) === processOf(p.seat)))
          continue;
        p.remote = true;
        remote.record(p.sentAt, p.measured);
      }
    }
    if (!room.pending.some((p) => p.seq <= everyone)) return;
    for (const p of room.pending) {
      if (p.seq > everyone) continue;
      latencies.record(p.sentAt, p.measured);
      (p.phase ? phaseChanges : contributions).record(p.sentAt, p.measured);
    }
    room.pending = room.pending.filter((p) => p.seq > everyone);
  };
  const wsBases = baseUrls.map((url) => url.replace(/^http/, 'ws'));
  const seats = seeded.flatMap((m, r) => m.people.map((person, i) => ({ r, i, cookie: person.cookie })));
  await openAll(seats, 40, async ({ r, i, cookie }) => {
    const room = rooms[r]!;
    const socket = await connect(`${wsBases[processOf(i)]}/api/meetings/${room.meetingId}/live`, { cookie });
    room.sockets[i] = socket;
    const snapshot = nextMessage(socket, (m) =>
      (m as { type: string }).type === 'snapshot' ? m : undefined,
    );
    socket.send(
      JSON.stringify({ type: 'hello', protocolVersion: PROTOCOL_VERSION, meetingId: room.meetingId }),
    );
    await snapshot;
    socket.on('message', (data) => {
      const m = JSON.parse(String(data));
      const seq = seqOf(m);
      if (seq !== undefined) room.maxSeq[i] = Math.max(room.maxSeq[i]!, seq);
      if (m.type === 'ack') {
        const sent = room.sent.get(m.commandId);
        room.sent.delete(m.commandId);
        if (sent) {
          acks.record(sent.sentAt, sent.measured);
          room.pending.push({ seq: m.seq, ...sent });
        }
      }
      if (m.type === 'rejected') rejected += 1;
      settle(room);
    });
    await command(socket, { type: 'join' });
  });
  for (const [r, room] of rooms.entries()) {
    const chair = room.sockets[0]!;
    await command(chair, { type: 'chooseMethod', versionId: seeded[r]!.versionId });
    await command(chair, { type: 'assignRole', role: 'caseGiver', userId: seeded[r]!.people[1]!.id });
    await command(chair, { type: 'startPhase', phaseId: 'ask' });
  }
  const send = (r: number, measured: boolean) => {
    const room = rooms[r]!;
    const n = room.sends++;
    const sendCommand = (seat: number, cmd: unknown) => {
      const commandId = `bench-${r}x${n}`;
      const sent = { sentAt: performance.now(), measured, phase: n % 10 === 9, seat, remote: false };
      room.sent.set(commandId, sent);
      latencies.sent += 1;
      room.sockets[seat]!.send(JSON.stringify({ type: 'command', commandId, command: cmd }));
    };
    // Every tenth send is the chair moving between an open round and a private-writing phase.
    if (n % 10 === 9) {
      room.phase = room.phase === 'ask' ? 'write' : 'ask';
      return sendCommand(0, { type: 'startPhase', phaseId: room.phase });
    }
    const helpers = room.sockets.map((_, i) => i).filter((i) => i !== 1);
    const kind = room.phase === 'ask' ? 'question' : 'association';
    sendCommand(helpers[n % helpers.length]!, {
      type: 'contribute',
      kind,
      text: `Bijdrage ${n} ${'.'.repeat(120)}`,
    });
  };
  return {
    latencies,
    contributions,
    phaseChanges,
    acks,
    remote,
    rejected: () => rejected,
    seqs: () => rooms.map((room) => Math.max(...room.maxSeq)),
    async run(durationMs, measured) {
      await drive(rooms.length, rate, durationMs, (r) => send(r, measured));
      await until(() => latencies.completed >= latencies.sent - rejected, 15_000);
    },
    close() {
      for (const room of rooms) for (const socket of room.sockets) socket.terminate();
    },
  };
}

let counter = 0;
async function command(socket: WebSocket, cmd: unknown): Promise<void> {
  const commandId = `bench-setup-${counter++}`;
  const reply = nextMessage(socket, (m) => {
    const x = m as { type: string; commandId?: string };
    return x.commandId === commandId ? x : undefined;
  });
  socket.send(JSON.stringify({ type: 'command', commandId, command: cmd }));
  const answer = await reply.catch((error) => {
    throw new Error(`no answer to ${JSON.stringify(cmd).slice(0, 60)}: ${error}`);
  });
  if (answer.type !== 'ack') throw new Error(`setup command refused: ${JSON.stringify(answer)}`);
}
