import { fdatasync } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** What an acknowledged meeting event survives (README "Configuration", docs/PROTOCOL.md). */
export type Durability = 'write' | 'fsync';

/**
 * Group commit for `DURABILITY=fsync`: every append waits for an fdatasync of the journal that started
 * after its line was written. Appends that arrive while one sync runs share the next, so a busy server
 * pays one sync per batch of commands instead of one per command, and the event loop never waits: the
 * sync runs on libuv's thread pool.
 */
export class GroupSync {
  private waiting: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  private running = false;

  constructor(
    private readonly fd: () => number | null,
    private readonly sync: typeof fdatasync = fdatasync,
  ) {}

  /** Resolves once everything written to the file before this call is on the disk. */
  synced(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      if (!this.running) this.flush();
    });
  }

  private flush(): void {
    const batch = this.waiting.splice(0);
    const fd = this.fd();
    if (fd === null) {
      settle(batch, new Error('the event journal is closed'));
      return;
    }
    this.running = true;
    this.sync(fd, (error) => {
      this.running = false;
      settle(batch, error);
      if (this.waiting.length > 0) this.flush();
    });
  }
}

function settle(batch: { resolve: () => void; reject: (error: unknown) => void }[], error: unknown) {
  for (const w of batch) {
    if (error) w.reject(error);
    else w.resolve();
  }
}

/**
 * Flushes every file and folder under `dir` to the disk, except `skip`. PGlite runs with fsync off, so
 * before the journal may forget lines PGlite holds, PGlite's own files (its write-ahead log first of all,
 * written at each commit) must be made durable this way.
 */
export async function syncTree(dir: string, skip: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const paths = entries
    .filter((e) => e.isFile() || e.isDirectory())
    .map((e) => join(e.parentPath, e.name))
    .filter((p) => p !== skip);
  // A few at a time: libuv's thread pool runs them side by side (one by one took over a second).
  for (let i = 0; i < paths.length; i += 16) await Promise.all(paths.slice(i, i + 16).map(syncOne));
  await syncOne(dir);
}

async function syncOne(path: string): Promise<void> {
  const handle = await open(path, 'r').catch(() => null); // a file PGlite removed meanwhile
  if (!handle) return;
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
