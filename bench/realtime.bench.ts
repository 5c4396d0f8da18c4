import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import postgresClient from 'postgres';
import { openDatabase } from '../server/db/client';
import { freePort, startChildServer } from '../server/realtime/child-server';
import { seedDataDir } from '../server/realtime/offline-seed';
import { startPostgres } from '../server/test/postgres-server';
import { openBaseline } from './baseline-load';
import { openKring } from './kring-load';
import { cpuMs, type Latencies, type Load, rssMb } from './load';

/**
 * npm run bench:realtime -- [--meetings 250] [--participants 8] [--duration 20] [--rate 1] [--slice 2]
 *   [--durability write|fsync] [--postgres [--processes 2]]
 * Kring in a child process on PGlite and a plain ws broadcast server of the same shape, loaded in turns
 * of --slice seconds so both meet the same machine; all traffic on 127.0.0.1. With --postgres Kring runs
 * on a throwaway PostgreSQL (as the tests start it), as --processes server processes; the participants
 * of each meeting are spread over them. The last line printed is one JSON object (see bench/README.md).
 */
const { values } = parseArgs({
  options: {
    meetings: { type: 'string', default: '250' },
    participants: { type: 'string', default: '8' },
    duration: { type: 'string', default: '20' },
    rate: { type: 'string', default: '1' },
    slice: { type: 'string', default: '2' },
    durability: { type: 'string', default: 'write' },
    postgres: { type: 'boolean', default: false },
    processes: { type: 'string', default: '1' },
  },
});
const processes = Math.min(8, Math.max(1, Number(values.processes)));
if (processes > 1 && !values.postgres) throw new Error('several processes share a database: add --postgres');
const durability = values.durability === 'fsync' ? 'fsync' : 'write';
const meetings = Math.min(2000, Math.max(1, Number(values.meetings)));
const participants = Math.min(10, Math.max(3, Number(values.participants)));
const durationMs = Math.min(600, Math.max(3, Number(values.duration))) * 1000;
const rate = Math.min(20, Math.max(0.1, Number(values.rate)));
const sliceMs = Math.min(durationMs, Math.max(500, Number(values.slice) * 1000));
const WARMUP_MS = 2000;
const log = (line: string) => console.log(line);
const round = (n: number) => Math.round(n * 100) / 100;
const summary = (name: string, l: Latencies) =>
  `${name}: p50 ${round(l.percentile(50))} ms, p99 ${round(l.percentile(99))} ms, ${l.samples.length} samples${l.sent ? `, ${l.completed}/${l.sent} complete` : ''}`;

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'kring-bench-'));
  const postgres = values.postgres ? await startPostgres() : null;
  try {
    const databaseUrl = postgres ? await createDatabase(postgres.url) : undefined;
    log(`seeding ${meetings} meetings × ${participants} participants …`);
    const poolSize = participants * 8;
    const seeded = await seedDataDir({
      dataDir,
      databaseUrl,
      meetings,
      peoplePerMeeting: participants,
      poolSize,
    });

    const servers = await Promise.all(
      Array.from({ length: processes }, () =>
        startChildServer({
          dataDir,
          env: {
            LOG_LEVEL: 'error',
            DURABILITY: durability,
            ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
          },
          nodeArgs: [
            ...(process.env.KRING_BENCH_PROFILE
              ? ['--cpu-prof', `--cpu-prof-dir=${process.env.KRING_BENCH_PROFILE}`]
              : []),
            // More node flags for Kring's processes, e.g. `--trace-gc` (bench/README.md).
            ...(process.env.KRING_BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
          ],
        }),
      ),
    );
    const allRss = async () =>
      (await Promise.all(servers.map((s) => rssMb(s.proc.pid!)))).reduce((a, b) => a + b, 0);
    const idleRss = await allRss();
    const allCpu = async () =>
      (await Promise.all(servers.map((s) => cpuMs(s.proc.pid!)))).reduce((a, b) => a + b, 0);
    const port = await freePort();
    const baselineProc = await startBaseline(port);
    log(
      `kring and baseline: ${meetings * participants} sockets each, ${rate} command/s per meeting, ` +
        `${durationMs / 1000} s each in turns of ${sliceMs / 1000} s after a ${WARMUP_MS / 1000} s warm-up, ` +
        `durability ${durability}, ${postgres ? `PostgreSQL, ${processes} process(es)` : 'PGlite'}`,
    );
    const kring = await openKring(
      servers.map((s) => s.url),
      seeded,
      rate,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const seqBefore = kring.seqs();
    const baseline = await openBaseline(port, meetings, participants, rate);

    const cpuBefore = await allCpu();
    await kring.run(WARMUP_MS, false);
    await baseline.run(WARMUP_MS, false);
    // Turns in the order K B B K K B …, so neither system always follows the other.
    const slices = Math.ceil(durationMs / sliceMs);
    for (let i = 0; i < slices; i++) {
      const turn: Load[] = i % 2 === 0 ? [kring, baseline] : [baseline, kring];
      for (const load of turn) {
        // The bench client's own full collection happens here, between turns, not inside one; its
        // sweeping on helper threads is left to finish before the next turn.
        globalThis.gc?.();
        await new Promise((resolve) => setTimeout(resolve, 250));
        await load.run(sliceMs, true);
      }
    }
    const loadedRss = await allRss();
    const serverCpuMs = (await allCpu()) - cpuBefore;
    const seqAfter = kring.seqs();
    kring.close();
    baseline.close();
    await Promise.all(servers.map((s) => s.stop()));
    baselineProc.kill('SIGTERM');
    log(summary('kring', kring.latencies));
    log(summary('  contributions', kring.contributions));
    log(summary('  phase changes', kring.phaseChanges));
    log(summary('  command → ack', kring.acks));
    if (processes > 1) log(summary('  command → everyone on other processes', kring.remote));
    log(summary('baseline', baseline.latencies));

    const durable = await verifyStored(
      { dataDir, databaseUrl },
      seeded.map((m) => m.meetingId),
      seqAfter,
    );
    const eventsDuringLoad = seqAfter.reduce((sum, seq, i) => sum + seq - seqBefore[i]!, 0);
    log(
      `stored events ${durable.stored}, gapless ${durable.gapless}, acknowledged-but-missing ${durable.missing}`,
    );

    const p99Ms = round(kring.latencies.percentile(99));
    const baselineP99Ms = round(baseline.latencies.percentile(99));
    log(
      JSON.stringify({
        meetings,
        participants,
        durationS: durationMs / 1000,
        sliceS: sliceMs / 1000,
        commandsPerMeetingPerS: rate,
        p50Ms: round(kring.latencies.percentile(50)),
        p99Ms,
        baselineP50Ms: round(baseline.latencies.percentile(50)),
        baselineP99Ms,
        ratio: round(p99Ms / baselineP99Ms),
        eventsPerSecond: round(eventsDuringLoad / ((WARMUP_MS + slices * sliceMs) / 1000)),
        rejected: kring.rejected(),
        storedEvents: durable.stored,
        missingEvents: durable.missing,
        serverCpuMsPerCommand: round(serverCpuMs / kring.latencies.completed),
        loadAverage: round(loadavg()[0]!),
        rssMb: round(loadedRss),
        rssIdleMb: round(idleRss),
        rssPerMeetingMb: round((loadedRss - idleRss) / meetings),
        durability,
        database: postgres ? 'postgres' : 'pglite',
        processes,
        ackP50Ms: round(kring.acks.percentile(50)),
        ackP99Ms: round(kring.acks.percentile(99)),
        otherProcessP50Ms: processes > 1 ? round(kring.remote.percentile(50)) : null,
        otherProcessP99Ms: processes > 1 ? round(kring.remote.percentile(99)) : null,
      }),
    );
  } finally {
    postgres?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A database of its own on the throwaway server; the seeding migrates it. */
async function createDatabase(serverUrl: string): Promise<string> {
  const admin = postgresClient(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe('CREATE DATABASE kring_bench');
  await admin.end();
  return serverUrl.replace(/\/postgres$/, '/kring_bench');
}

/** After the server stopped: every seq a client saw is in the log, and each log is gapless. */
async function verifyStored(
  where: { dataDir: string; databaseUrl: string | undefined },
  meetingIds: string[],
  seen: number[],
) {
  const database = await openDatabase({ ...where, migrate: false });
  try {
    const result = await database.db.execute(
      sql`select meeting_id, count(*)::int as n, max(seq)::int as last from meeting_events where seq > 0 group by meeting_id`,
    );
    const rows = (result as unknown as { rows?: unknown[] }).rows ?? (result as unknown as unknown[]);
    const byMeeting = new Map(
      (rows as { meeting_id: string; n: number; last: number }[]).map((r) => [r.meeting_id, r]),
    );
    let stored = 0;
    let missing = 0;
    let gapless = true;
    for (const [i, id] of meetingIds.entries()) {
      const row = byMeeting.get(id);
      stored += row?.n ?? 0;
      missing += Math.max(0, seen[i]! - (row?.n ?? 0));
      if (row && row.n !== row.last) gapless = false;
    }
    return { stored, missing, gapless };
  } finally {
    await database.close();
  }
}

function startBaseline(port: number): Promise<ChildProcess> {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', new URL('./baseline-server.ts', import.meta.url).pathname, String(port)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('baseline server did not start')), 30_000);
    proc.stdout?.once('data', () => {
      clearTimeout(timer);
      resolve(proc);
    });
    proc.once('exit', () => reject(new Error('baseline server exited')));
  });
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
