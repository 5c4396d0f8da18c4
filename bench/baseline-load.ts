import type WebSocket from 'ws';
import { connect, drive, Latencies, type Load, openAll, until } from './load';

/** The same shape of traffic against the plain broadcast server: rooms of `participants` sockets. */
export async function openBaseline(
  port: number,
  meetings: number,
  participants: number,
  rate: number,
): Promise<Load> {
  const latencies = new Latencies();
  const rooms: WebSocket[][] = Array.from({ length: meetings }, () => []);
  const counters = rooms.map(() => 0);
  const inFlight = new Map<string, { sentAt: number; measured: boolean; seen: number }>();
  const seats = rooms.flatMap((_, r) => Array.from({ length: participants }, (_, i) => ({ r, i })));
  await openAll(seats, 40, async ({ r, i }) => {
    const socket = await connect(`ws://127.0.0.1:${port}/room/${r}`);
    rooms[r]![i] = socket;
    socket.on('message', (data) => {
      const { id } = JSON.parse(String(data)) as { id: string };
      const entry = inFlight.get(id);
      if (!entry) return;
      entry.seen += 1;
      if (entry.seen === participants) {
        inFlight.delete(id);
        latencies.record(entry.sentAt, entry.measured);
      }
    });
  });
  const send = (r: number, measured: boolean) => {
    const room = rooms[r]!;
    const n = counters[r]!++;
    const id = `${r}x${n}`;
    inFlight.set(id, { sentAt: performance.now(), measured, seen: 0 });
    latencies.sent += 1;
    // The same bytes as Kring's events frame for one contribution (the id rides along for matching).
    const text = `Bijdrage ${n} ${'.'.repeat(120)}`;
    const contribution = {
      id: `c${n}`,
      authorId: 'x'.repeat(32),
      kind: 'question',
      text,
      phaseId: 'ask',
      createdAt: Date.now(),
      editedAt: null,
      private: false,
      revealed: false,
      tag: null,
      force: null,
      answer: null,
      rating: null,
      weights: {},
    };
    const sender = n % 10 === 9 ? room[0]! : room.filter((_, i) => i !== 1)[n % (participants - 1)]!;
    const event = { type: 'contributionAdded', seq: n, at: Date.now(), contribution };
    sender.send(JSON.stringify({ id, type: 'events', events: [event] }));
  };
  return {
    latencies,
    async run(durationMs, measured) {
      await drive(meetings, rate, durationMs, (r) => send(r, measured));
      await until(() => inFlight.size === 0, 15_000);
    },
    close() {
      for (const room of rooms) for (const socket of room) socket.terminate();
    },
  };
}
