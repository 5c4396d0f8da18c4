import WebSocket from 'ws';

/**
 * One system under load, with its sockets open: `run` sends for a while (recording latencies when
 * `measured`) and returns once every send of that slice is answered or has timed out.
 */
export type Load = {
  latencies: Latencies;
  run(durationMs: number, measured: boolean): Promise<void>;
  close(): void;
};

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
 * Runs `send(meeting)` for every meeting at `rate` per second (phase-shifted so meetings do not fire
 * together) for durationMs. Bounded in time by construction.
 */
export async function drive(
  meetings: number,
  rate: number,
  durationMs: number,
  send: (meeting: number) => void,
) {
  const interval = 1000 / rate;
  const timers: NodeJS.Timeout[] = [];
  for (let m = 0; m < meetings; m++) {
    const offset = (m / meetings) * interval;
    timers.push(
      setTimeout(() => {
        send(m);
        timers.push(setInterval(() => send(m), interval));
      }, offset),
    );
  }
  await new Promise((resolve) => setTimeout(resolve, durationMs));
  for (const timer of timers) clearTimeout(timer);
}

/** Waits until `done()` or `timeoutMs`, checking every 5 ms. */
export async function until(done: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** The resident memory of a process in MB (Linux). */
export async function rssMb(pid: number): Promise<number> {
  const { readFileSync } = await import('node:fs');
  const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

/**
 * CPU time (user + system, all threads) a process used so far, in ms, from /proc (Linux ticks of 10 ms).
 * Unlike latency it hardly depends on what else runs on the machine: the cost of a command, not its wait.
 */
export async function cpuMs(pid: number): Promise<number> {
  const { readFileSync } = await import('node:fs');
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // Fields 14 and 15 of stat (utime, stime), counted after the ") " that ends the command name.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
