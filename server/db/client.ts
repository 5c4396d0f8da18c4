import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { appRoot } from '../paths';
import { EventJournal } from './event-journal';
import type { Durability } from './journal-sync';
import { RemotePGlite } from './remote-pglite';
import * as schema from './schema/index';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** The postgres-js client when running on a real server (for LISTEN/NOTIFY); absent on PGlite. */
  pg?: postgres.Sql;
  close(): Promise<void>;
  /** Milliseconds per step of opening it (PGlite: template, open, migrations, journal), for the start-up log. */
  startupSteps?: Record<string, number>;
};

/** The raw PGlite client under a Drizzle database, for the few hot paths that skip the query builder. */
export function pgliteOf(db: Db): RemotePGlite | undefined {
  const client = (db as { $client?: unknown }).$client;
  return client instanceof RemotePGlite ? client : undefined;
}

const journals = new WeakMap<Db, EventJournal>();

/** The journal that makes meeting events durable on the embedded database; absent on PostgreSQL. */
export function journalOf(db: Db): EventJournal | undefined {
  return journals.get(db);
}

export const migrationsFolder = join(appRoot, 'server/db/migrations');

export type OpenOptions = {
  databaseUrl?: string | undefined;
  dataDir?: string;
  migrate?: boolean;
  /** PGlite refused acknowledged events (they stay in the journal for the next start). */
  onStoreError?: (error: unknown, meetingId: string) => void;
  /** Past this size the journal is emptied whenever PGlite has caught up (default 1 MB). */
  journalLimitBytes?: number;
  /** `fsync`: an event is acknowledged only once its journal line is on the disk (default `write`). */
  durability?: Durability;
};

/** Opens PGlite in dataDir, or PostgreSQL when databaseUrl is given, and applies migrations. */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  const runMigrations = options.migrate ?? true;
  if (options.databaseUrl) {
    const pg = postgres(options.databaseUrl, { max: 10, onnotice: () => {} });
    const db = drizzlePostgres(pg, { schema });
    if (runMigrations) await migrateLocked(pg, () => migratePostgres(db, { migrationsFolder }));
    return { db: db as unknown as Db, kind: 'postgres', pg, close: () => pg.end({ timeout: 5 }) };
  }
  const dataDir = options.dataDir ?? 'memory://';
  const client = await RemotePGlite.open(dataDir);
  // Drizzle's PGlite driver asks only query() and transaction() of its client, which RemotePGlite answers.
  const pglite = drizzlePglite({ client: client as unknown as PGlite, schema });
  const db = pglite as unknown as Db;
  let journal: EventJournal;
  const startupSteps = { ...client.openSteps };
  try {
    let started = performance.now();
    if (runMigrations) await migratePglite(pglite, { migrationsFolder });
    startupSteps.migrations = performance.now() - started;
    started = performance.now();
    journal = await EventJournal.open(
      client,
      dataDir.includes('://') ? null : dataDir,
      options.onStoreError ?? ((error, meetingId) => console.error(meetingId, error)),
      options.journalLimitBytes,
      options.durability,
    );
    startupSteps.journal = performance.now() - started;
  } catch (error) {
    await client.close();
    throw error;
  }
  // Appends wait for the end of the event loop's turn to go to PGlite together; a later query must not
  // overtake them (event-journal.ts, flush).
  client.beforeEachCall = () => journal.flush();
  journals.set(db, journal);
  const close = async () => {
    await journal.close();
    await client.close();
  };
  return { db, kind: 'pglite', close, startupSteps };
}

/** Any fixed number; processes of Kring on one database agree on it (pg_advisory_lock). */
const MIGRATION_LOCK = 0x6b72696e67; // "kring"

/**
 * Runs the migrations holding a session advisory lock on a connection of its own: processes started
 * together on a fresh database would otherwise create the same tables at once, and all but one fail.
 * The next one waits, then finds every migration applied.
 */
async function migrateLocked(pg: postgres.Sql, migrate: () => Promise<void>): Promise<void> {
  const lock = await pg.reserve();
  try {
    await lock`select pg_advisory_lock(${MIGRATION_LOCK})`;
    try {
      await migrate();
    } finally {
      await lock`select pg_advisory_unlock(${MIGRATION_LOCK})`;
    }
  } finally {
    lock.release();
  }
}
