import WebSocket from 'ws';

/** Sends per meeting per second, how long, and which sends count (after the warm-up). */
export type Schedule = { rate: number; durationMs: number; warmupMs: number };

/** Latency samples (ms) of "send → the last participant of the room received it". */
export class Latencies {
  readonly samples: number[] = [];
  completed = 0;
  sent = 0;

  record(sentAt: number, measured: boolean): void {
    this.completed += 1;
    if (measured) this.samples.push(performance.now() - sentAt);
  }

  percentile(p: number): number {
    const sorted = [...this.samples].sort((a, b) => a - b);
    if (sorted.length === 0) return Number.NaN;
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  }
}

/** Opens sockets `concurrency` at a time; each `open` resolves when that socket is ready for traffic. */
export async function openAll<T>(items: T[], concurrency: number, open: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await open(items[next++]!);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** Resolves with the first message the predicate accepts; rejects after timeoutMs. */
export function nextMessage<T>(socket: WebSocket, pick: (m: unknown) => T | undefined, timeoutMs = 20_000) {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => done(new Error('timed out waiting for a message')), timeoutMs);
    const onMessage = (data: WebSocket.RawData) => {
      const picked = pick(JSON.parse(String(data)));
      if (picked !== undefined) done(null, picked);
    };
    const done = (error: Error | null, value?: T) => {
      clearTimeout(timer);
      socket.off('message', onMessage);
      if (error) reject(error);
      else resolve(value as T);
    };
    socket.on('message', onMessage);
  });
}

export function connect(url: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers, perMessageDeflate: false });
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

/**
 * Runs `send(meeting, n)` for every meeting at `rate` per second (phase-shifted so meetings do not
 * fire together) until the duration is over. Bounded in time by construction.
 */
export async function drive(
  meetings: number,
  schedule: Schedule,
  send: (meeting: number, n: number) => void,
) {
  const interval = 1000 / schedule.rate;
  const start = performance.now();
  const timers: NodeJS.Timeout[] = [];
  for (let m = 0; m < meetings; m++) {
    let n = 0;
    const offset = (m / meetings) * interval;
    timers.push(
      setTimeout(() => {
        send(m, n++);
        timers.push(setInterval(() => send(m, n++), interval));
      }, offset),
    );
  }
  await new Promise((resolve) => setTimeout(resolve, schedule.durationMs));
  for (const timer of timers) clearTimeout(timer);
  return performance.now() - start;
}

/** The resident memory of a process in MB (Linux). */
export async function rssMb(pid: number): Promise<number> {
  const { readFileSync } = await import('node:fs');
  const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return match ? Number(match[1]) / 1024 : Number.NaN;
}
