import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

const root = new URL('../../', import.meta.url).pathname;

/** A real Kring server in its own process (tsx server/main.ts), for crash tests and benchmarks. */
export type ChildServer = {
  url: string;
  proc: ChildProcess;
  exited: Promise<number | null>;
  stop(): Promise<void>;
};

/** A port nobody listens on right now, on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** The node flags `npm start` runs the server with (package.json): a small young generation (bench/README.md). */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=4'];

/** Starts the server on DATA_DIR (PGlite) and resolves once /healthz answers; fails after timeoutMs. */
export async function startChildServer(options: {
  dataDir: string;
  port?: number;
  env?: Record<string, string>;
  /** Extra node flags, e.g. --cpu-prof for profiling. */
  nodeArgs?: string[];
  timeoutMs?: number;
}): Promise<ChildServer> {
  const port = options.port ?? (await freePort());
  // The child always runs on its own embedded database and logs mail instead of sending it.
  const { DATABASE_URL: _db, SMTP_URL: _smtp, ...inherited } = process.env;
  const args = [...SERVER_NODE_FLAGS, ...(options.nodeArgs ?? []), '--import', 'tsx', 'server/main.ts'];
  const proc = spawn(process.execPath, args, {
    cwd: root,
    env: {
      ...inherited,
      DATA_DIR: options.dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      ...options.env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  // Generous by default: on a loaded 2-core machine a start took over 60 s (bench/README.md, "Start-up").
  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  for (;;) {
    if (proc.exitCode !== null || proc.signalCode !== null) throw new Error('server exited while starting');
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      proc.kill('SIGKILL');
      throw new Error('server did not start in time');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    proc,
    exited,
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
      await exited;
    },
  };
}
