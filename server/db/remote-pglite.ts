import { once } from 'node:events';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { QueryOptions, Results } from '@electric-sql/pglite';
import { appRoot } from '../paths';

type Request = {
  op: 'query' | 'exec' | 'each' | 'begin' | 'commit' | 'rollback' | 'close';
  txId?: number;
  text?: string;
  statements?: string[];
  params?: unknown[] | undefined;
  rowMode?: 'array' | 'object' | undefined;
  textTypes?: number[];
};
/** An error as it crosses from the worker: its message, code, constraint and detail. */
export type StatementError = Record<string, unknown> & { message: string };
type Reply = { id: number; result?: unknown; error?: StatementError };

const WORKER_YOUNG_GENERATION_MB = 3;

/** What Drizzle's PGlite driver and the realtime append ask of a client, inside a transaction or not. */
export type PgliteClient = {
  query<T>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
  exec(text: string): Promise<Results[]>;
};

/**
 * PGlite on a worker thread (server/db/pglite-worker.mjs), used like PGlite itself: its WebAssembly
 * runs beside the event loop instead of on it, so a query no longer stalls every live meeting.
 * PGlite is one session, so the worker keeps PGlite's own lock: a transaction holds it until it ends.
 */
export class RemotePGlite implements PgliteClient {
  private nextId = 1;
  private nextTx = 1;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private stopped: Error | null = null;
  /** Runs before any message goes to the worker: the event journal hands over its batch first. */
  beforeEachCall: (() => void) | null = null;
  /** Whether this data folder was new and started as a copy of the template. */
  seededFromTemplate = false;
  /** Milliseconds the worker spent opening: the template check (and copy), PGlite's own start. */
  openSteps: Record<string, number> = {};

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: Reply) => this.settle(reply));
    worker.on('error', (error) => this.stop(error));
    worker.on('exit', (code) => this.stop(new Error(`the embedded database stopped (exit code ${code})`)));
  }

  /** Starts the worker and opens PGlite in dataDir (a folder, or memory://). */
  static async open(dataDir: string): Promise<RemotePGlite> {
    const worker = new Worker(join(appRoot, 'server/db/pglite-worker.mjs'), {
      // root: a new data folder starts as a copy of the install's template (server/db/pglite-template.mjs).
      workerData: { dataDir, root: appRoot },
      // A small young generation: shorter, more frequent scavenges instead of a few 3–6 ms pauses that
      // hold every append in flight (bench/README.md, "Garbage collection").
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    const [first] = (await once(worker, 'message')) as [
      { ready: boolean; seeded?: boolean; steps?: Record<string, number>; error?: { message: string } },
    ];
    if (!first.ready) {
      await worker.terminate();
      throw new Error(`the embedded database did not open in ${dataDir}: ${first.error?.message}`);
    }
    const client = new RemotePGlite(worker);
    client.seededFromTemplate = first.seeded ?? false;
    client.openSteps = first.steps ?? {};
    worker.unref();
    return client;
  }

  query<T>(text: string, params?: unknown[], options?: QueryOptions, txId?: number): Promise<Results<T>> {
    // Drizzle's parsers only keep some types as text; functions cannot cross threads, so send their types.
    const textTypes = Object.keys(options?.parsers ?? {}).map(Number);
    return this.call({ op: 'query', text, params, rowMode: options?.rowMode, textTypes, txId }) as Promise<
      Results<T>
    >;
  }

  exec(text: string, txId?: number): Promise<Results[]> {
    return this.call({ op: 'exec', text, txId }) as Promise<Results[]>;
  }

  /**
   * Runs statements that each stand alone, in one message and one transaction: a statement PGlite
   * refuses is rolled back alone (a savepoint each) and its error returned in its place; null for the rest.
   */
  execEach(statements: string[]): Promise<(StatementError | null)[]> {
    return this.call({ op: 'each', statements }) as Promise<(StatementError | null)[]>;
  }

  /** Runs fn in one transaction: committed when it resolves, rolled back when it throws. */
  async transaction<T>(fn: (tx: PgliteClient) => Promise<T>): Promise<T> {
    const txId = this.nextTx++;
    await this.call({ op: 'begin', txId });
    const tx: PgliteClient = {
      query: (text, params, options) => this.query(text, params, options, txId),
      exec: (text) => this.exec(text, txId),
    };
    let result: T;
    try {
      result = await fn(tx);
    } catch (error) {
      await this.call({ op: 'rollback', txId }).catch(() => undefined);
      throw error;
    }
    await this.call({ op: 'commit', txId });
    return result;
  }

  async close(): Promise<void> {
    if (this.stopped) return;
    await this.call({ op: 'close' });
    this.stop(new Error('the embedded database stopped (closed)'));
    await this.worker.terminate();
  }

  private call(request: Request): Promise<unknown> {
    if (this.stopped) return Promise.reject(this.stopped);
    this.beforeEachCall?.();
    const id = this.nextId++;
    // Keep the process alive while an answer is due, and only then.
    if (this.pending.size === 0) this.worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id });
    });
  }

  private settle({ id, result, error }: Reply): void {
    const waiting = this.pending.get(id);
    if (!waiting) return;
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker.unref();
    if (error) waiting.reject(Object.assign(new Error(error.message), error));
    else waiting.resolve(result);
  }

  private stop(error: Error): void {
    this.stopped ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
