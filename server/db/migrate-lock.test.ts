import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { expect, inject, test } from 'vitest';
import { type Database, migrationsFolder, openDatabase } from './client';

// Several server processes started at once on a new database all migrate it (issue 15, defect 6).
test('MULTI-6: processes migrating a fresh PostgreSQL database at once all start, and migrate it once [postgres]', async () => {
  const serverUrl = inject('postgresUrl');
  const name = `kring_fresh_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = serverUrl.replace(/\/postgres$/, `/${name}`);
  const opened: Database[] = [];
  try {
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () =>
        openDatabase({ databaseUrl: url }).then((database) => opened.push(database)),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const result = await opened[0]!.db.execute(
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    const [row] = ((result as { rows?: unknown[] }).rows ?? result) as { n: number }[];
    expect(row!.n).toBe(readdirSync(migrationsFolder).filter((f) => f.endsWith('.sql')).length);
  } finally {
    for (const database of opened) await database.close();
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
});
